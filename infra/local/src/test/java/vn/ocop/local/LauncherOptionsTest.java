package vn.ocop.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherOptionsTest {

    @Test
    void withoutOptionsUsesTheDocumentedDefaultPorts() {
        LauncherOptions options = LauncherOptions.parse(List.of(), Map.of());

        PortPlan ports = options.ports();
        assertThat(ports.servicePort(OcopService.DOSSIER)).isEqualTo(8081);
        assertThat(ports.managementPort(OcopService.DOSSIER)).isEqualTo(9081);
        assertThat(ports.servicePort(OcopService.NOTIFICATION)).isEqualTo(8084);
        assertThat(ports.managementPort(OcopService.NOTIFICATION)).isEqualTo(9084);
        assertThat(ports.tokenIssuer()).isEqualTo(8090);
        assertThat(ports.kafka()).isEqualTo(9092);
        assertThat(ports.kafkaController()).isEqualTo(9093);
        assertThat(ports.mongo()).isEqualTo(27018);
        assertThat(ports.smtp()).isEqualTo(2525);
        assertThat(options.services()).containsExactlyInAnyOrder(OcopService.values());
        assertThat(options.dataDir()).isEqualTo(Path.of("data"));
    }

    @Test
    void basePortMovesEveryServiceAndTheTokenIssuerTogether() {
        PortPlan ports =
                LauncherOptions.parse(List.of("--base-port", "18080"), Map.of()).ports();

        assertThat(ports.servicePort(OcopService.EVALUATION)).isEqualTo(18082);
        assertThat(ports.managementPort(OcopService.REPORTING)).isEqualTo(19083);
        assertThat(ports.tokenIssuer()).isEqualTo(18090);
        assertThat(ports.kafka()).isEqualTo(9092);
    }

    @Test
    void flagWinsOverEnvironmentWhichWinsOverDefault() {
        LauncherOptions options = LauncherOptions.parse(
                List.of("--mongo-port=27100", "--demo"),
                Map.of("OCOP_MONGO_PORT", "27200", "OCOP_SMTP_PORT", "2600", "OCOP_DATA_DIR", "/srv/ocop"));

        assertThat(options.ports().mongo()).isEqualTo(27100);
        assertThat(options.ports().smtp()).isEqualTo(2600);
        assertThat(options.dataDir()).isEqualTo(Path.of("/srv/ocop"));
        assertThat(options.demo()).isTrue();
    }

    @Test
    void servicesCanBeChosenByShortOrFullNameOrNone() {
        assertThat(LauncherOptions.parse(List.of("--services", "dossier,reporting-service"), Map.of())
                        .services())
                .containsExactlyInAnyOrder(OcopService.DOSSIER, OcopService.REPORTING);
        assertThat(LauncherOptions.parse(List.of("--services", "none"), Map.of())
                        .services())
                .isEmpty();
    }

    @Test
    void servicesListenOnLoopbackOnlyByDefault() {
        LauncherOptions options = LauncherOptions.parse(List.of(), Map.of());

        assertThat(options.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(options.platform().build().listenEnvironment())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("SERVER_ADDRESS", "127.0.0.1", "MANAGEMENT_SERVER_ADDRESS", "127.0.0.1"));
    }

    @Test
    void bindAddressOpensTheApisButNeverTheManagementPorts() {
        EmbeddedPlatform fromFlag = LauncherOptions.parse(List.of("--bind-address", "0.0.0.0"), Map.of())
                .platform()
                .build();
        assertThat(fromFlag.listenEnvironment())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("SERVER_ADDRESS", "0.0.0.0", "MANAGEMENT_SERVER_ADDRESS", "127.0.0.1"));
        assertThat(fromFlag.serviceUrl("dossier")).isEqualTo("http://127.0.0.1:8081");
        assertThat(LauncherOptions.parse(List.of(), Map.of("OCOP_BIND_ADDRESS", "0.0.0.0"))
                        .bindAddress())
                .isEqualTo("0.0.0.0");
        assertThat(LauncherOptions.USAGE).contains("--bind-address").contains("OCOP_BIND_ADDRESS");
    }

    @Test
    void bindAddressMustBeAnIpOfThisMachine() {
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--bind-address", "localhost"), Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--bind-address");
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--bind-address", "999.1.1.1"), Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("999.1.1.1");
        // TEST-NET-3 (RFC 5737): never assigned to a machine
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--bind-address=203.0.113.7"), Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("not an address of this machine");
    }

    @Test
    void refusesUnknownOptionsAndNonNumericPortsWithExitCodeTwo() {
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--kafka-prot", "1"), Map.of()))
                .isInstanceOfSatisfying(
                        UsageException.class, e -> assertThat(e.exitCode()).isEqualTo(2))
                .hasMessageContaining("--kafka-prot");
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--smtp-port", "hai"), Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--smtp-port")
                .hasMessageContaining("hai");
        assertThatThrownBy(() -> LauncherOptions.parse(List.of("--services", "payment"), Map.of()))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("payment");
    }
}
