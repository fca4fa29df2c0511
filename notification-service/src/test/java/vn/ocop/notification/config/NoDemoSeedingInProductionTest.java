package vn.ocop.notification.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;
import vn.ocop.notification.NotificationServiceApplication;

/** Demo contacts (invented phones and e-mails) never reach a production directory: the profile refuses to start. */
class NoDemoSeedingInProductionTest {

    @ParameterizedTest
    @ValueSource(strings = {"ocop.notification.contacts.seed-demo", "OCOP_SEED_DEMO_CONTACTS"})
    void productionRefusesToStartWithDemoSeedingOnNamingTheSetting(String setting) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(NotificationServiceApplication.class)
                .profiles("production")
                .web(WebApplicationType.NONE)
                .properties(setting + "=true");

        // refused while the environment is prepared: before any bean, port, store or broker connection
        assertThatThrownBy(() -> app.run())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Profile 'production' refuses " + setting + "=true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "FALSE"})
    void productionAcceptsTheSettingTurnedOff(String value) {
        MockEnvironment environment = new MockEnvironment().withProperty("OCOP_SEED_DEMO_CONTACTS", value);
        environment.setActiveProfiles("production");

        assertThatCode(() ->
                        new NoDemoSeedingInProduction().postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"default", "embedded"})
    void otherProfilesAreLeftAlone(String profile) {
        MockEnvironment environment =
                new MockEnvironment().withProperty("ocop.notification.contacts.seed-demo", "true");
        environment.setActiveProfiles(profile);

        assertThatCode(() ->
                        new NoDemoSeedingInProduction().postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
