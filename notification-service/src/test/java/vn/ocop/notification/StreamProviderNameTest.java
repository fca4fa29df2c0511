package vn.ocop.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

/** The provider main() names is the one ServiceLoader finds, so naming it changes only the cost of the lookup. */
class StreamProviderNameTest {

    @Test
    void theNamedStreamProviderIsTheOneOnTheClassPath() throws Exception {
        Class<?> named = Class.forName(NotificationServiceApplication.STREAM_PROVIDER);
        assertThat(StreamProvider.class).isAssignableFrom(named);
        assertThat(StreamProvider.provider()).isInstanceOf(named);
    }
}
