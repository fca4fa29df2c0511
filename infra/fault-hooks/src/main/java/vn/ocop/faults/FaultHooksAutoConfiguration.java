package vn.ocop.faults;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import vn.ocop.platform.outbox.RelayListener;

/** Registers a hook only when its property asks for it, so the jar can stay on the class path across restarts. */
@AutoConfiguration
public class FaultHooksAutoConfiguration {

    @Bean
    @ConditionalOnProperty(name = "ocop.outbox.crash-before-publish", havingValue = "true")
    RelayListener crashBeforePublish() {
        return new CrashBeforePublish();
    }
}
