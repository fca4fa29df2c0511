package vn.ocop.local.e2e;

import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.client.OcopClient;
import vn.ocop.client.Reply;
import vn.ocop.local.EmbeddedPlatform;

/**
 * The typed client on a running embedded platform, with real tokens from its token issuer, plus the short
 * calls the end-to-end tests make by service name.
 */
final class PlatformClient {

    static final JsonMapper JSON = OcopClient.JSON;

    private final EmbeddedPlatform platform;
    private final OcopClient client;

    PlatformClient(EmbeddedPlatform platform) {
        this.platform = platform;
        this.client = OcopClient.builder()
                .baseUrls(platform::serviceUrl)
                .tokens(this::token)
                .build();
    }

    /** The lifecycle steps and fluent requests of the client. */
    OcopClient client() {
        return client;
    }

    String token(String demoUser) {
        return platform.tokenIssuer().tokenFor(demoUser);
    }

    Reply get(String service, String path, String user) {
        return client.get(service, path).as(user).send();
    }

    /** A GET on an explicit base URL, e.g. a second instance of a service. */
    Reply getAt(String baseUrl, String path, String user) {
        return client.requestTo("GET", baseUrl + path).as(user).send();
    }

    Reply post(String service, String path, String user, String json) {
        return client.post(service, path)
                .as(user)
                .idempotencyKey("e2e-" + UUID.randomUUID())
                .json(json)
                .send();
    }

    Reply put(String service, String path, String user, String json) {
        return client.put(service, path).as(user).json(json).send();
    }
}
