package vn.tinhso.workflow.engine;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tinhso.dossier.DossierReceived;

/**
 * Starts the processes of received dossiers after their intake has committed: an intake answers the applicant as
 * soon as the dossier, its code and the queue entry are stored, and the process engine's twenty-odd rows are written
 * here, by a few worker threads (ADR 0017). A commit wakes the workers; a poll catches whatever a wake-up missed —
 * entries left by a crash, by another node, or due again after a failure.
 */
@Component
class ProcessStarter {

    private static final Logger log = LoggerFactory.getLogger(ProcessStarter.class);

    private final ProcessStarts starts;
    private final DossierProcesses processes;
    private final TransactionTemplate transactions;
    private final ThreadPoolExecutor workers;
    /** Processes started per transaction. */
    private final int batch;
    /** How long a woken worker waits for more commits before it claims, so that a burst fills its batches. */
    private final Duration linger;

    ProcessStarter(ProcessStarts starts, DossierProcesses processes, TransactionTemplate transactions,
            MeterRegistry meters, @Value("${tinhso.workflow.start-workers:2}") int workerCount,
            @Value("${tinhso.workflow.start-batch:10}") int batch,
            @Value("${tinhso.workflow.start-linger:20ms}") Duration linger) {
        this.batch = batch;
        this.linger = linger;
        this.starts = starts;
        this.processes = processes;
        this.transactions = transactions;
        // As many pending wake-ups as workers: more would only find the queue already being drained.
        this.workers = new ThreadPoolExecutor(workerCount, workerCount, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(workerCount), Thread.ofPlatform().name("process-starter-", 0).factory(),
                new ThreadPoolExecutor.DiscardPolicy());
        Gauge.builder("tinhso.workflow.starts.waiting", starts, ProcessStarts::size)
                .description("Received dossiers whose process has not started yet").register(meters);
    }

    /** Queues the dossier's process in the intake's transaction and wakes a worker once that commits. */
    @EventListener
    void received(DossierReceived received) {
        starts.add(received.code());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
    }

    @Scheduled(fixedDelayString = "${tinhso.workflow.start-poll-interval:2s}",
            initialDelayString = "${tinhso.workflow.start-poll-interval:2s}")
    void poll() {
        wake();
    }

    private void wake() {
        workers.execute(this::drain);
    }

    /** Starts queued processes until none is due. */
    void drain() {
        try {
            Thread.sleep(linger);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return;
        }
        while (startNext()) {
            // a batch per transaction; a failed batch is retried one dossier per transaction
        }
    }

    /**
     * Claims up to a batch of entries and starts their processes in one transaction: the claim, the commit and the
     * queue's delete are shared (a tenth of a start's statements, docs/benchmarks.md). If the batch fails, each of its
     * dossiers is started on its own, so a failure holds back only the dossier that caused it.
     */
    private boolean startNext() {
        List<String> claimed = new ArrayList<>();
        try {
            transactions.executeWithoutResult(status -> {
                claimed.addAll(starts.claimNext(batch));
                claimed.forEach(processes::startNow);
                if (!claimed.isEmpty()) {
                    starts.remove(claimed);
                }
            });
            return !claimed.isEmpty();
        } catch (RuntimeException failure) {
            if (claimed.isEmpty()) {
                log.warn("Cannot read the process start queue", failure);
                return false;
            }
            claimed.forEach(this::startAlone);
            return true;
        }
    }

    private void startAlone(String code) {
        try {
            transactions.executeWithoutResult(status -> {
                // Claimed again: another worker may have taken it since the batch rolled back.
                if (starts.claim(code)) {
                    processes.startNow(code);
                    starts.remove(List.of(code));
                }
            });
        } catch (RuntimeException failure) {
            log.warn("Starting the process of dossier {} failed; it will be tried again", code, failure);
            transactions.executeWithoutResult(status -> starts.postpone(code, String.valueOf(failure)));
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }
}
