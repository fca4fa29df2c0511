package vn.ocop.local.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What ships to a province holds no development or demo code, and the staging stack's identity and
 * database settings keep the rules of docs/security.md. Runs after the service jars are packaged; a
 * missing jar fails the test (build first), it never skips.
 */
class ProductionArtifactsIT {

    private static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    private static final List<String> SERVICES =
            List.of("dossier-service", "evaluation-service", "reporting-service", "notification-service");
    /** Entries of a service jar, or of a jar nested in it, that only development, demos or fault tests need. */
    private static final Pattern DEVELOPMENT_ONLY = Pattern.compile(
            "vn/ocop/devidentity/|devidentity/|devauth/|DevTokenIssuer|demo-users\\.json|DemoContact"
                    + "|dev-identity-[^/]*\\.jar|fault-hooks-[^/]*\\.jar|CrashBeforePublish|Letter878|tasks-878|letter-878");

    @Test
    void noServiceJarHoldsTheDevelopmentIssuerDemoDataOrFaultHooks() throws IOException {
        List<String> found = new ArrayList<>();
        for (String service : SERVICES) {
            Path jar = REPO.resolve(service).resolve("target").resolve(service + ".jar");
            assertThat(jar)
                    .as("built jar of " + service + " (run ./mvnw package first)")
                    .isRegularFile();
            try (InputStream in = Files.newInputStream(jar)) {
                scan(service + ".jar", in, found);
            }
        }
        assertThat(found).as("development or demo entries inside service jars").isEmpty();
    }

    @Test
    void theStagingRealmCommitsNoPasswordAndItsPublicClientHasNoPasswordGrant() throws IOException {
        JsonNode realm = JsonMapper.builder()
                .build()
                .readTree(Files.readString(REPO.resolve("infra/compose/keycloak/ocop-realm.json")));
        assertThat(realm.get("users")).isNotEmpty();
        for (JsonNode user : realm.get("users")) {
            for (JsonNode credential : user.path("credentials")) {
                String value = credential.path("value").asString("");
                assertThat(value)
                        .as(user.get("username") + "'s password")
                        .startsWith("${")
                        .endsWith("}");
                assertThat(credential.path("temporary").asBoolean(false))
                        .as(user.get("username") + "'s password is temporary")
                        .isTrue();
            }
        }
        boolean publicClient = false;
        for (JsonNode client : realm.get("clients")) {
            if (client.path("publicClient").asBoolean(false)) {
                publicClient = true;
                assertThat(client.path("directAccessGrantsEnabled").asBoolean(true))
                        .as(client.get("clientId") + " allows the password grant")
                        .isFalse();
            }
        }
        assertThat(publicClient)
                .as("the portal's public client is in the realm")
                .isTrue();
    }

    @Test
    void composeRunsMongodWithAuthenticationAndEachServiceAsItsOwnUser() throws IOException {
        String compose = Files.readString(REPO.resolve("infra/compose/docker-compose.yml"));
        assertThat(compose).contains("\"--auth\"").contains("\"--keyFile\"");
        String users = Files.readString(REPO.resolve("infra/compose/mongo/create-service-users.js"));
        for (String service : SERVICES) {
            String database = "ocop_" + service.replace("-service", "");
            assertThat(compose)
                    .as(service + " connects as itself to its own database")
                    .containsPattern(
                            "MONGODB_URI: mongodb://" + service + ":\\$\\{[A-Z_]+:\\?[^}]*}@[^/]+/" + database + "\\?");
            assertThat(users).contains("user: \"" + service + "\", db: \"" + database + "\"");
        }
        assertThat(users).contains("role: \"readWrite\", db: service.db").doesNotContain("readWriteAnyDatabase");
    }

    private static void scan(String where, InputStream in, List<String> found) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (DEVELOPMENT_ONLY.matcher(e.getName()).find()) {
                found.add(where + "!" + e.getName());
            }
            if (e.getName().endsWith(".jar")) {
                scan(where + "!" + e.getName(), zip, found);
            }
        }
    }
}
