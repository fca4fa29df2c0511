package vn.ocop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ocop.devidentity.DevTokenIssuer;
import vn.ocop.platform.test.TestInfrastructure;

class SecurityAndProblemsTest extends KitTestBase {

    private static final Map<String, Object> OFFICER = Map.of("sub", "someone", "roles", List.of("PROVINCE_OFFICER"));

    /** A caller of its own, so that rate-limit buckets of other tests do not interfere. */
    private static String freshOfficer() {
        return TestInfrastructure.issuer()
                .mint(
                        Map.of("sub", java.util.UUID.randomUUID().toString(), "roles", List.of("PROVINCE_OFFICER")),
                        Duration.ofMinutes(5));
    }

    private HttpResponse<String> getWith(String token) {
        return api().get("/api/v1/things/x").bearer(token).send();
    }

    private static void assertUnauthorized(HttpResponse<String> r) {
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(r.body()).contains("\"status\":401").contains("detail_vi");
    }

    @Test
    void validTokenReachesTheHandler() {
        HttpResponse<String> r = getWith(TestInfrastructure.issuer().mint(OFFICER, Duration.ofMinutes(5)));
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("\"code\":\"not-found\"").contains("Không tìm thấy");
    }

    @Test
    void missingTokenIs401WithWwwAuthenticate() {
        assertUnauthorized(api().get("/api/v1/things/x").send());
    }

    @Test
    void expiredTokenIs401() {
        DevTokenIssuer issuer = TestInfrastructure.issuer();
        assertUnauthorized(getWith(issuer.mintWith(
                OFFICER,
                issuer.issuer(),
                DevTokenIssuer.AUDIENCE,
                Instant.now().minus(Duration.ofHours(2)),
                Duration.ofMinutes(30))));
    }

    @Test
    void correctlySignedTokenWithoutExpiryIs401() {
        DevTokenIssuer issuer = TestInfrastructure.issuer();
        assertUnauthorized(
                getWith(issuer.mintWith(OFFICER, issuer.issuer(), DevTokenIssuer.AUDIENCE, Instant.now(), null)));
    }

    @Test
    void tokenLivingLongerThanTheMaximumLifetimeIs401() {
        DevTokenIssuer issuer = TestInfrastructure.issuer();
        assertUnauthorized(getWith(issuer.mintWith(
                OFFICER, issuer.issuer(), DevTokenIssuer.AUDIENCE, Instant.now(), Duration.ofDays(30))));
    }

    @Test
    void tokenOfAWorkingDayIsAccepted() {
        DevTokenIssuer issuer = TestInfrastructure.issuer();
        String subject = java.util.UUID.randomUUID().toString();
        String token = issuer.mintWith(
                Map.of("sub", subject, "roles", List.of("PROVINCE_OFFICER")),
                issuer.issuer(),
                DevTokenIssuer.AUDIENCE,
                Instant.now(),
                Duration.ofHours(8));
        HttpResponse<String> created = api().post("/api/v1/things", "{\"name\":\"Tỏi Lý Sơn\"}")
                .bearer(token)
                .send();
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"owner\":\"" + subject + "\"");
    }

    @Test
    void wrongIssuerIs401() {
        DevTokenIssuer issuer = TestInfrastructure.issuer();
        assertUnauthorized(getWith(issuer.mintWith(
                OFFICER,
                "https://evil.example/issuer",
                DevTokenIssuer.AUDIENCE,
                Instant.now(),
                Duration.ofMinutes(5))));
    }

    @Test
    void wrongAudienceIs401() {
        DevTokenIssuer issuer = TestInfrastructure.issuer();
        assertUnauthorized(getWith(
                issuer.mintWith(OFFICER, issuer.issuer(), "another-app", Instant.now(), Duration.ofMinutes(5))));
    }

    @Test
    void tokenSignedByAnUntrustedKeyIs401() {
        assertUnauthorized(getWith(TestInfrastructure.issuer().mintWithForeignKey(OFFICER)));
    }

    @Test
    void unsignedAlgNoneTokenIs401() {
        String valid = TestInfrastructure.issuer().mint(OFFICER, Duration.ofMinutes(5));
        String payload = valid.split("\\.")[1];
        String header = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertUnauthorized(getWith(header + "." + payload + "."));
    }

    @Test
    void hmacTokenKeyedWithThePublicKeyIs401() throws Exception {
        // the classic algorithm-confusion attack: HS256 with the issuer's public key as the secret
        String jwks = new String(
                java.net.http.HttpClient.newHttpClient()
                        .send(
                                java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                                TestInfrastructure.issuer().jwksUri()))
                                        .build(),
                                java.net.http.HttpResponse.BodyHandlers.ofByteArray())
                        .body(),
                StandardCharsets.UTF_8);
        var claims = new com.nimbusds.jwt.JWTClaimsSet.Builder()
                .subject("attacker")
                .issuer(TestInfrastructure.issuer().issuer())
                .audience(DevTokenIssuer.AUDIENCE)
                .expirationTime(java.util.Date.from(Instant.now().plusSeconds(300)))
                .claim("roles", List.of("PROVINCE_OFFICER"))
                .build();
        var jwt = new com.nimbusds.jwt.SignedJWT(
                new com.nimbusds.jose.JWSHeader(com.nimbusds.jose.JWSAlgorithm.HS256), claims);
        byte[] secret = jwks.getBytes(StandardCharsets.UTF_8);
        jwt.sign(new com.nimbusds.jose.crypto.MACSigner(secret));
        assertUnauthorized(getWith(jwt.serialize()));
    }

    @Test
    void wrongRoleIs403Problem() {
        HttpResponse<String> r =
                api().get("/api/v1/things/x").as("district.mo-duc").send();
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("\"code\":\"forbidden\"").contains("detail_vi");
    }

    @Test
    void publicEndpointNeedsNoToken() {
        assertThat(api().get("/api/v1/public/ping").send().statusCode()).isEqualTo(200);
    }

    @Test
    void unknownFieldIsRefusedNamingTheField() {
        HttpResponse<String> r = api().post("/api/v1/things", "{\"name\":\"ok\",\"status\":\"RECOGNIZED\"}")
                .bearer(freshOfficer())
                .send();
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(r.body()).contains("\"field\":\"status\"").contains("reason_vi");
    }

    @Test
    void blankNameIsRefusedInBothLanguages() {
        HttpResponse<String> r = api().post("/api/v1/things", "{\"name\":\"  \"}")
                .bearer(freshOfficer())
                .send();
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"name\"").contains("không được để trống");
    }

    @Test
    void aUseCasesRefusalIsAnsweredByItsKindWithCodeFieldsAndFacts() {
        HttpResponse<String> r = api().get("/api/v1/public/refusal").send();
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(r.body())
                .contains("\"code\":\"thing-locked\"")
                .contains("Thing T-1 is locked")
                .contains("đang bị khóa")
                .contains("\"field\":\"id\"")
                .contains("\"lockedBy\":\"someone\"");
    }

    @Test
    void malformedJsonIs400Problem() {
        HttpResponse<String> r = api().post("/api/v1/things", "{\"name\":")
                .bearer(freshOfficer())
                .send();
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"code\":\"validation\"");
    }

    @Test
    void securityHeadersAreSet() {
        HttpResponse<String> r = api().get("/api/v1/public/ping").send();
        assertThat(r.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(v -> assertThat(v).contains("frame-ancestors 'none'"));
        assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void markupInTextIsRefusedNamingTheField() {
        HttpResponse<String> r = api().post("/api/v1/things", "{\"name\":\"<script>alert(1)</script>\"}")
                .bearer(freshOfficer())
                .send();
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"name\"").contains("HTML");
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefused() {
        assertThat(api().post("/api/v1/things", "{\"name\":\"a\\u0000b\"}")
                        .bearer(freshOfficer())
                        .send()
                        .statusCode())
                .isEqualTo(400);
        assertThat(api().post("/api/v1/things", "{\"name\":\"a\\ud800b\"}")
                        .bearer(freshOfficer())
                        .send()
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void duplicateKeysAreRefused() {
        HttpResponse<String> r = api().post("/api/v1/things", "{\"name\":\"a\",\"name\":\"b\"}")
                .bearer(freshOfficer())
                .send();
        assertThat(r.statusCode()).isEqualTo(400);
    }

    @Test
    void decomposedVietnameseIsStoredAsNfc() {
        String decomposed = java.text.Normalizer.normalize("Tỏi Lý Sơn", java.text.Normalizer.Form.NFD);
        HttpResponse<String> r = api().post("/api/v1/things", "{\"name\":\"" + decomposed + "\"}")
                .bearer(freshOfficer())
                .send();
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.body()).contains("Tỏi Lý Sơn");
    }

    @Test
    void plainComparisonsInTextAreStillAccepted() {
        assertThat(api().post("/api/v1/things", "{\"name\":\"độ ẩm < 12%\"}")
                        .bearer(freshOfficer())
                        .send()
                        .statusCode())
                .isEqualTo(201);
    }
}
