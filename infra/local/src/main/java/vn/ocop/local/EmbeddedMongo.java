package vn.ocop.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MongoDB wire protocol in the launcher's JVM (mongo-java-server), stored in one H2 file so that data
 * survives restarts. It has no sessions or transactions: the services write single documents.
 */
final class EmbeddedMongo {

    private static final String NETTY_EVENT_LOOP_THREADS = "io.netty.eventLoopThreads";
    static final int STORE_WORKER_THREADS = 32;

    private final Path file;
    private final int port;
    private MongoServer server;

    EmbeddedMongo(Path dataDir, int port) {
        this.file = dataDir.resolve("mongo").resolve("ocop.mv");
        this.port = port;
    }

    synchronized void start() {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new LaunchException("Cannot create " + file.getParent() + ": " + e.getMessage(), 1, e);
        }
        H2Backend backend = new IdLookupH2Backend(file.toAbsolutePath().toString());
        // mongo-java-server serves every connection on Netty's default worker group, 2 x cores threads, and upstream
        // makes every operation on a collection synchronized: a few requests queued on one collection's lock then
        // held every worker, and the store stopped for all services (the 16,000-dossier cycle failed on it). More
        // workers than services' connection pools need (docs/benchmarks.md, run F). Read once, when Netty's event
        // loop classes initialise; an explicit -Dio.netty.eventLoopThreads wins.
        if (System.getProperty(NETTY_EVENT_LOOP_THREADS) == null) {
            System.setProperty(NETTY_EVENT_LOOP_THREADS, String.valueOf(STORE_WORKER_THREADS));
        }
        server = new MongoServer(backend);
        try {
            server.bind(PortPlan.LOOPBACK, port);
        } catch (RuntimeException e) {
            // the port check runs first, but another program may take the port in between
            server.shutdownNow();
            server = null;
            throw new LaunchException(
                    "Cannot start MongoDB on port " + port + ": " + e.getMessage() + " (change it with --mongo-port)",
                    2,
                    e);
        }
    }

    /** Closes client connections and the H2 store so that the file is complete on disk. */
    synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }

    String uri(String database) {
        return "mongodb://" + PortPlan.LOOPBACK + ":" + port + "/" + database;
    }

    Path file() {
        return file;
    }
}
