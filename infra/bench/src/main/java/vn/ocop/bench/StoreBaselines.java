package vn.ocop.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bson.Document;

/** What the store can do without the platform: bulk upserts, and the "plain CRUD app" a user might build instead. */
final class StoreBaselines {

    static final int BATCH = 500;

    private StoreBaselines() {}

    /** Upserts per second with the driver's bulkWrite, 500 per batch, documents shaped like a dossier view. */
    static double bulkUpsertRate(String mongoUri, int records) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> views = client.getDatabase("bench_bulk").getCollection("dossier_views");
            dropIfPresent(client, "bench_bulk", "dossier_views");
            long start = System.nanoTime();
            List<WriteModel<Document>> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < records; i++) {
                batch.add(new UpdateOneModel<>(
                        Filters.eq("_id", "DOS-BULK-" + i),
                        Updates.combine(
                                Updates.set("status", "SUBMITTED"),
                                Updates.set("version", 2),
                                Updates.set("districtCode", "533"),
                                Updates.set("productName", "Sản phẩm " + i),
                                Updates.set("updatedAt", Instant.now().toString())),
                        new UpdateOptions().upsert(true)));
                if (batch.size() == BATCH || i == records - 1) {
                    views.bulkWrite(batch, new BulkWriteOptions().ordered(false));
                    batch.clear();
                }
            }
            return records / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** mongo-java-server logs a stack trace for dropping a collection that does not exist. */
    private static void dropIfPresent(MongoClient client, String database, String collection) {
        for (String name : client.getDatabase(database).listCollectionNames()) {
            if (name.equals(collection)) {
                client.getDatabase(database).getCollection(collection).drop();
            }
        }
    }

    /**
     * A JDK HttpServer that inserts the posted document into the platform's MongoDB with the same driver: no
     * security, no validation, no outbox, no Kafka. Worker threads as many as Tomcat's default pool would use
     * under this load (bounded by the clients).
     */
    static final class BareCrudApp implements AutoCloseable {

        private final HttpServer server;
        private final MongoClient client;
        private final ExecutorService workers;

        BareCrudApp(String mongoUri, int threads) throws IOException {
            client = MongoClients.create(mongoUri);
            MongoCollection<Document> documents =
                    client.getDatabase("bench_crud").getCollection("dossiers");
            dropIfPresent(client, "bench_crud", "dossiers");
            workers = Executors.newFixedThreadPool(threads);
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
            server.setExecutor(workers);
            server.createContext("/dossiers", exchange -> {
                try (exchange) {
                    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                    String id = "DOS-CRUD-" + UUID.randomUUID();
                    documents.insertOne(new Document("_id", id)
                            .append("body", body)
                            .append("status", "SUBMITTED")
                            .append("submittedAt", Instant.now().toString()));
                    byte[] answer =
                            ("{\"id\":\"" + id + "\",\"status\":\"SUBMITTED\"}").getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(201, answer.length);
                    exchange.getResponseBody().write(answer);
                } catch (RuntimeException e) {
                    exchange.sendResponseHeaders(500, -1);
                }
            });
            server.start();
        }

        HttpRequest insertRequest(int i) {
            String json = "{\"productName\":\"Mạch nha Mộ Đức " + i + "\",\"producerId\":\"PR-4300100001\","
                    + "\"roundId\":\"bench\",\"productGroup\":\"FOOD_PROCESSED\",\"description\":\"bare CRUD baseline\"}";
            return HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/dossiers"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
        }

        @Override
        public void close() {
            server.stop(0);
            workers.shutdownNow();
            client.close();
        }
    }
}
