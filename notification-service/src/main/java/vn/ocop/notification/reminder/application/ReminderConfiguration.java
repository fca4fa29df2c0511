package vn.ocop.notification.reminder.application;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.platform.outbox.RelayLock;

@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

    @Bean
    ReminderJob reminderJob(ReminderPlanner planner, RelayLock lock, ReminderProperties properties, Clock clock) {
        return new ReminderJob(planner, lock, properties, clock);
    }
}
