package vn.ocop.notification.channel.sms;

import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** HTTP clients for the SMS providers, with the connect and read timeouts that turn a hung provider into RETRYABLE. */
public final class ProviderHttpClients {

    private ProviderHttpClients() {}

    public static RestClient.Builder withTimeouts(
            RestClient.Builder builder, Duration connectTimeout, Duration readTimeout) {
        // HTTP/1.1 on purpose: the providers are plain HTTPS endpoints and h2c upgrade attempts only add failure modes.
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(readTimeout);
        return builder.requestFactory(factory);
    }
}
