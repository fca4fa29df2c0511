package vn.ocop.local;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.ocop.client.OcopClientException;
import vn.ocop.local.demo.DemoFailure;
import vn.ocop.local.demo.DemoScenario;

/**
 * {@code java -jar infra/local/target/local-exec.jar [--demo [--seed 2020]] [--data-dir ./data] [--base-port 8080]}:
 * starts the platform, prints where everything is, plays the demo round if asked, and stops it all on Ctrl-C or
 * SIGTERM.
 *
 * <p>Ctrl-C in a terminal reaches the children too (same process group), so they begin their own
 * graceful shutdown at once; the hook still waits for each in order and kills what lingers. If this
 * process is killed with SIGKILL, the hook does not run, and each child exits by itself when it sees
 * the launcher gone ({@link ParentWatchAgent}).
 */
public final class LocalLauncher {

    private LocalLauncher() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    /** Blocks after a good start (the JVM then ends through the shutdown hook); returns the exit code of a failed one. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        Thread hook = null;
        AtomicBoolean stopSignalled = new AtomicBoolean();
        try {
            LauncherOptions options = LauncherOptions.parse(args, System.getenv());
            if (options.help()) {
                out.print(LauncherOptions.USAGE);
                return 0;
            }
            EmbeddedPlatform platform = options.platform().build();
            hook = new Thread(
                    () -> {
                        stopSignalled.set(true);
                        out.println("Stopping the OCOP platform…");
                        platform.stop();
                        out.println("Stopped.");
                    },
                    "ocop-platform-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            out.println("Starting the OCOP platform (data in " + platform.dataDir() + ")…");
            platform.start();
            out.println("OCOP platform is up / Nền tảng OCOP đã sẵn sàng:");
            platform.summary().forEach(out::println);
            if (options.demo()) {
                playDemo(platform, options.seed(), out, err);
            }
            out.println("Ctrl-C stops everything.");
            new CountDownLatch(1).await();
            return 0;
        } catch (LaunchException e) {
            if (stopSignalled.get()) {
                // Ctrl-C during start-up: the hook is stopping everything, the failure is its doing
                return 130;
            }
            removeHook(hook);
            err.println(e.getMessage());
            return e.exitCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** A failed demo is reported and leaves the platform running: what it did so far can still be looked at. */
    private static void playDemo(EmbeddedPlatform platform, long seed, PrintStream out, PrintStream err) {
        try {
            DemoScenario.run(platform, seed, out);
        } catch (DemoFailure | OcopClientException e) {
            err.println("The demo stopped / Trình diễn dừng: " + e.getMessage());
        }
    }

    private static void removeHook(Thread hook) {
        if (hook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownAlreadyRunning) {
            // the hook is running or has run; nothing left to undo
        }
    }
}
