package vn.tinhso.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's one clock. Deadlines, the paused clock, step due dates and the workflow engine's timers all read
 * it, so they agree with each other — and a scenario test can move it across Tết instead of waiting for it.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
