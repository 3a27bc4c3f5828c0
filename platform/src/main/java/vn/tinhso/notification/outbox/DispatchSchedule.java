package vn.tinhso.notification.outbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Polls the outbox with a fixed pause between polls, so a slow poll is never overlapped by the next one. */
@Component
@ConditionalOnBooleanProperty(name = "tinhso.notification.dispatch", matchIfMissing = true)
class DispatchSchedule {

    private final Dispatcher dispatcher;

    DispatchSchedule(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${tinhso.notification.poll-interval:5s}",
            initialDelayString = "${tinhso.notification.poll-interval:5s}")
    void poll() {
        dispatcher.dispatchDue();
    }
}
