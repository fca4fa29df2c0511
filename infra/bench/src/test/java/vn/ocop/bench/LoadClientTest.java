package vn.ocop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What crosses to the separate client JVM and back: the requests as sent, the answers as timed. */
class LoadClientTest {

    @Test
    void aRequestCrossesWithItsUriAndHeaders() {
        HttpRequest original =
                Api.get("http://127.0.0.1:20083/api/v1/catalogue?page=3&size=20&district=533", "eyJ.token.sig");

        HttpRequest parsed = LoadClient.parse(LoadClient.encode(original));

        assertThat(parsed.method()).isEqualTo("GET");
        assertThat(parsed.uri()).isEqualTo(original.uri());
        assertThat(parsed.headers().map()).isEqualTo(original.headers().map());
        assertThat(LoadClient.parse(LoadClient.encode(Api.get("http://127.0.0.1:1/api/v1/public/catalogue", null)))
                        .headers()
                        .map())
                .isEmpty();
    }

    @Test
    void onlyRequestsWithoutABodyAreSent() {
        assertThatThrownBy(() -> LoadClient.encode(Api.post("http://127.0.0.1:1/api/v1/dossiers/x/submit", "t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("POST");
    }

    @Test
    void theAnswersComeBackPerRequestWithTheirStatuses() {
        Load.Result result = LoadClient.decode(
                4,
                List.of(
                        "seconds\t2.5",
                        "status\t200\t3",
                        "status\t0\t1",
                        "latency\t0\t1000000",
                        "latency\t1\t3000000",
                        "latency\t3\t2000000"));

        assertThat(result.requests()).isEqualTo(4);
        assertThat(result.ok()).isEqualTo(3);
        assertThat(result.seconds()).isEqualTo(2.5);
        assertThat(result.statuses()).isEqualTo(Map.of(200, 3, 0, 1));
        assertThat(result.latencyNanos()).containsExactly(1_000_000, 3_000_000, 0, 2_000_000);
        assertThat(result.latencies().count()).isEqualTo(3);
        assertThat(result.latencies().p50Ms()).isEqualTo(2.0);
        assertThat(result.latencies().maxMs()).isEqualTo(3.0);
    }

    @Test
    void aClientThatWroteNothingIsAFailure() {
        assertThatThrownBy(() -> LoadClient.decode(1, List.of()))
                .isInstanceOf(BenchFailure.class)
                .hasMessageContaining("no result");
    }
}
