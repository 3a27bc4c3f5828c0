package vn.tinhso.integration.log;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tinhso.integration.IntegrationProperties;

/**
 * Writes the message log off the hot path: the gateway hands each line to a bounded in-memory queue (a
 * microsecond) before it answers, and one writer thread chains and inserts lines in batches, one transaction and
 * one lock of the chain head per batch. A full queue holds callers back rather than dropping lines. On an orderly
 * shutdown the writer stops only after the web server has finished its requests and the queue is empty, so no
 * line a caller was answered for is lost (ADR 0011).
 */
@Component
public class ExchangeLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExchangeLog.class);
    /** After the web server's graceful shutdown (high phases stop first), before the data source closes. */
    private static final int PHASE = 0;

    private final BlockingQueue<ExchangeRecord> queue;
    private final int batchSize;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AtomicLong appended = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private volatile boolean running;
    private Thread writer;

    ExchangeLog(IntegrationProperties properties, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.queue = new ArrayBlockingQueue<>(properties.log().capacity());
        this.batchSize = properties.log().batchSize();
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Accepts one line; waits only when the queue is full. */
    public void append(ExchangeRecord record) {
        appended.incrementAndGet();
        if (!queue.offer(record)) {
            try {
                queue.put(record);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the message log was full", e);
            }
        }
    }

    /** Waits until every line appended before this call is in the database. */
    public boolean flush(Duration timeout) {
        long target = appended.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (written.get() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    @Override
    public void start() {
        running = true;
        writer = Thread.ofPlatform().name("integration-log-writer").daemon(true).start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        try {
            writer.join(Duration.ofMinutes(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!queue.isEmpty()) {
            log.error("{} message log lines could not be written before shutdown", queue.size());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void run() {
        List<ExchangeRecord> batch = new ArrayList<>(batchSize);
        while (running || !queue.isEmpty() || !batch.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    ExchangeRecord first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, batchSize - 1);
                }
                write(batch);
                written.addAndGet(batch.size());
                batch.clear();
            } catch (InterruptedException e) {
                // Keep going until the queue is empty: stop() ends the loop, not an interrupt.
            } catch (RuntimeException failure) {
                // The database is away: keep the batch and try again; lines wait in memory meanwhile.
                log.warn("Message log write failed, retrying: {}", failure.toString());
                pause();
            }
        }
    }

    private void write(List<ExchangeRecord> batch) {
        transactions.executeWithoutResult(status -> {
            var head = jdbc.queryForMap("select last_seq, last_hash from integration_exchange_head where id = 1 "
                    + "for update");
            long seq = ((Number) head.get("last_seq")).longValue();
            String previous = (String) head.get("last_hash");
            List<Object[]> rows = new ArrayList<>(batch.size());
            for (ExchangeRecord r : batch) {
                seq++;
                String hash = LoggedExchange.hashOf(seq, r, previous);
                rows.add(new Object[] {seq, Timestamp.from(r.occurredAt()), r.correlationId(), r.dossierCode(),
                        r.consumerKey(), r.serviceCode(), r.serviceVersion(), r.method(), r.path(), r.status(),
                        r.outcome(), r.durationMicros(), r.requestBytes(), r.responseBytes(), r.requestBody(),
                        r.responseBody(), previous, hash});
                previous = hash;
            }
            jdbc.batchUpdate("""
                    insert into integration_exchange (seq, occurred_at, correlation_id, dossier_code, consumer_key,
                        service_code, service_version, method, path, status, outcome, duration_micros, request_bytes,
                        response_bytes, request_body, response_body, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            jdbc.update("update integration_exchange_head set last_seq = ?, last_hash = ? where id = 1", seq,
                    previous);
        });
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
