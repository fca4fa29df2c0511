package vn.ocop.devidentity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * The development token issuer of the embedded default: a small signing endpoint with a JWKS.
 * It signs RS256 tokens for the demo users in {@code devidentity/demo-users.json} so that the
 * walk-through, the demo and the tests use real signed tokens that the services validate exactly
 * as they would the province's identity provider's. Not for production: it lives in the {@code dev-identity}
 * module, which the launcher and the tests use and no service jar contains ({@code infra/check-deploy.sh}).
 *
 * <ul>
 *   <li>{@code GET /.well-known/jwks.json} — the public key</li>
 *   <li>{@code GET /.well-known/openid-configuration} — issuer metadata</li>
 *   <li>{@code POST /token} with form field {@code username} — {@code {"access_token": …}}</li>
 *   <li>{@code GET /users} — the demo users and their scopes</li>
 * </ul>
 */
public final class DevTokenIssuer implements AutoCloseable {

    public static final String AUDIENCE = "ocop-platform";
    private static final Duration LIFETIME = Duration.ofHours(8);
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final RSAKey key;
    private final HttpServer server;
    private final String issuer;
    private final Map<String, Map<String, Object>> users;

    private DevTokenIssuer(RSAKey key, HttpServer server, Map<String, Map<String, Object>> users) {
        this.key = key;
        this.server = server;
        this.users = users;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/dev-issuer";
    }

    /** Starts on the port (0 = any free port) with a fresh key. */
    public static DevTokenIssuer start(int port) {
        return start(port, null);
    }

    /**
     * Starts on the port; when {@code keyFile} is given the signing key is kept there, so tokens
     * stay valid across restarts of the embedded platform.
     */
    public static DevTokenIssuer start(int port, Path keyFile) {
        try {
            RSAKey key = loadOrCreateKey(keyFile);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            DevTokenIssuer issuer = new DevTokenIssuer(key, server, loadUsers());
            server.createContext("/.well-known/jwks.json", issuer::jwks);
            server.createContext("/.well-known/openid-configuration", issuer::metadata);
            server.createContext("/token", issuer::token);
            server.createContext("/users", issuer::listUsers);
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "dev-token-issuer");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return issuer;
        } catch (IOException | JOSEException | ParseException e) {
            throw new IllegalStateException("cannot start the development token issuer: " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String issuer() {
        return issuer;
    }

    public String jwksUri() {
        return "http://127.0.0.1:" + port() + "/.well-known/jwks.json";
    }

    public String tokenUri() {
        return "http://127.0.0.1:" + port() + "/token";
    }

    public List<String> usernames() {
        return new ArrayList<>(users.keySet());
    }

    public Map<String, Object> user(String username) {
        return users.get(username);
    }

    /** A valid token for a demo user. */
    public String tokenFor(String username) {
        Map<String, Object> user = users.get(username);
        if (user == null) {
            throw new IllegalArgumentException("no demo user " + username);
        }
        return mint(claimsOf(username, user), Duration.ofHours(8));
    }

    /** A valid token for any claims (roles, scope claims, name); the subject is {@code sub}. */
    public String mint(Map<String, Object> claims, Duration lifetime) {
        return sign(key, baseClaims(claims, issuer, AUDIENCE, Instant.now(), lifetime));
    }

    /**
     * A token with the given issuer, audience and expiry — for tests of refused tokens. A null {@code lifetime}
     * leaves {@code exp} out.
     */
    public String mintWith(Map<String, Object> claims, String iss, String aud, Instant issuedAt, Duration lifetime) {
        return sign(key, baseClaims(claims, iss, aud, issuedAt, lifetime));
    }

    /** A well-formed token signed by a key the services do not trust. */
    public String mintWithForeignKey(Map<String, Object> claims) {
        try {
            RSAKey foreign = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            return sign(foreign, baseClaims(claims, issuer, AUDIENCE, Instant.now(), LIFETIME));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims a demo user's token carries. */
    public static Map<String, Object> claimsOf(String username, Map<String, Object> user) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", username);
        user.forEach((k, v) -> {
            if (!"username".equals(k)) {
                claims.put(k, v);
            }
        });
        return claims;
    }

    private static JWTClaimsSet baseClaims(
            Map<String, Object> claims, String iss, String aud, Instant now, Duration lifetime) {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
                .issuer(iss)
                .audience(aud)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(1)))
                .jwtID(UUID.randomUUID().toString());
        if (lifetime != null) {
            b.expirationTime(Date.from(now.plus(lifetime)));
        }
        claims.forEach(b::claim);
        return b.build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void jwks(HttpExchange ex) throws IOException {
        respond(ex, 200, JSONObjectUtils.toJSONString(new JWKSet(key.toPublicJWK()).toJSONObject()));
    }

    private void metadata(HttpExchange ex) throws IOException {
        respond(
                ex,
                200,
                JSONObjectUtils.toJSONString(Map.of(
                        "issuer",
                        issuer,
                        "jwks_uri",
                        jwksUri(),
                        "token_endpoint",
                        tokenUri(),
                        "id_token_signing_alg_values_supported",
                        List.of("RS256"))));
    }

    private void listUsers(HttpExchange ex) throws IOException {
        List<Object> list = new ArrayList<>();
        users.forEach((name, u) -> list.add(claimsOf(name, u)));
        respond(ex, 200, JSONObjectUtils.toJSONString(Map.of("users", list)));
    }

    private void token(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            respond(ex, 405, "{\"error\":\"invalid_request\",\"error_description\":\"use POST\"}");
            return;
        }
        String form = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String username = null;
        for (String pair : form.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && "username".equals(kv[0])) {
                username = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        if (username == null || !users.containsKey(username)) {
            respond(
                    ex,
                    400,
                    "{\"error\":\"invalid_grant\",\"error_description\":\"unknown demo user; GET /users lists them\"}");
            return;
        }
        respond(
                ex,
                200,
                JSONObjectUtils.toJSONString(Map.of(
                        "access_token",
                        tokenFor(username),
                        "token_type",
                        "Bearer",
                        "expires_in",
                        LIFETIME.toSeconds())));
    }

    private static void respond(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> loadUsers() throws IOException, ParseException {
        try (InputStream in = DevTokenIssuer.class.getResourceAsStream("/devidentity/demo-users.json")) {
            Map<String, Object> doc = JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, Map<String, Object>> users = new LinkedHashMap<>();
            for (Object o : (List<Object>) doc.get("users")) {
                Map<String, Object> u = (Map<String, Object>) o;
                users.put((String) u.get("username"), u);
            }
            return users;
        }
    }

    private static RSAKey loadOrCreateKey(Path keyFile) throws IOException, JOSEException, ParseException {
        if (keyFile != null && Files.exists(keyFile)) {
            // a file written by an older launcher was world-readable: close it before using the key
            ownerOnly(keyFile);
            return RSAKey.parse(Files.readString(keyFile));
        }
        RSAKey key = new RSAKeyGenerator(2048)
                .keyID("ocop-dev-" + UUID.randomUUID().toString().substring(0, 8))
                .generate();
        if (keyFile != null) {
            Path dir = keyFile.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            // created 0600 and filled under a temporary name, so the private key is never readable by others
            // nor seen half-written
            Path partial = posix(dir)
                    ? Files.createTempFile(dir, ".dev-issuer-key", ".tmp", OWNER_ONLY)
                    : Files.createTempFile(dir, ".dev-issuer-key", ".tmp");
            try {
                Files.writeString(partial, key.toJSONString());
                Files.move(partial, keyFile, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
        return key;
    }

    private static void ownerOnly(Path keyFile) throws IOException {
        if (posix(keyFile.toAbsolutePath().getParent())
                && !Files.getPosixFilePermissions(keyFile).equals(OWNER_ONLY.value())) {
            Files.setPosixFilePermissions(keyFile, OWNER_ONLY.value());
        }
    }

    private static boolean posix(Path dir) throws IOException {
        return Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    @Override
    public void close() {
        stop();
    }

    public void stop() {
        server.stop(0);
    }

    /** Runs the issuer alone: {@code java -cp … vn.ocop.devidentity.DevTokenIssuer [port]}. */
    public static void main(String[] args) {
        DevTokenIssuer issuer = start(args.length > 0 ? Integer.parseInt(args[0]) : 8090);
        System.out.println("development token issuer on " + issuer.tokenUri() + " (JWKS " + issuer.jwksUri() + ")");
    }
}
