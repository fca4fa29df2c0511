package vn.ocop.devidentity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokenIssuerKeyFileTest {

    @TempDir
    Path dataDir;

    @Test
    void keyFileIsCreatedReadableByItsOwnerOnly() throws Exception {
        Path keyFile = dataDir.resolve("run").resolve("dev-issuer-key.json");
        try (DevTokenIssuer issuer = DevTokenIssuer.start(0, keyFile)) {
            assertThat(issuer.tokenFor("province.officer")).isNotBlank();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
    }

    @Test
    void worldReadableKeyFileLeftByAnOlderLauncherIsClosedOnStartAndKeptInUse() throws Exception {
        Path keyFile = dataDir.resolve("dev-issuer-key.json");
        String firstToken;
        try (DevTokenIssuer first = DevTokenIssuer.start(0, keyFile)) {
            firstToken = first.mint(Map.of("sub", "someone"), Duration.ofMinutes(5));
        }
        Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-r--r--"));
        String key = Files.readString(keyFile);

        try (DevTokenIssuer second = DevTokenIssuer.start(0, keyFile)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(keyFile)).isEqualTo(key);
            // same key id in the header: tokens minted before the restart stay verifiable
            assertThat(second.mint(Map.of("sub", "someone"), Duration.ofMinutes(5))
                            .split("\\.")[0])
                    .isEqualTo(firstToken.split("\\.")[0]);
        }
    }
}
