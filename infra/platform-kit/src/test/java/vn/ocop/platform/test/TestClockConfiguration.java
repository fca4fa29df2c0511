package vn.ocop.platform.test;

import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The services' test clock: a {@link MutableClock} that starts at {@code ocop.test.clock-start}
 * (16 March 2020, 09:00 in Quảng Ngãi, unless a test base says otherwise) and that tests move.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    MutableClock testClock(@Value("${ocop.test.clock-start:2020-03-16T02:00:00Z}") Instant start) {
        return new MutableClock(start);
    }
}
