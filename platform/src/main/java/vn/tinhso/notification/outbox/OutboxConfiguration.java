package vn.tinhso.notification.outbox;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the dispatcher to every channel sender; scheduling is enabled here because the dispatcher needs it. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutboxConfiguration {

    @Bean
    Dispatcher notificationDispatcher(Outbox outbox, List<ChannelSender> senders,
            NotificationProperties properties) {
        return new Dispatcher(outbox, senders, properties);
    }
}
