package vn.ocop.local;

import java.util.Optional;

/**
 * Java agent loaded into every child JVM ({@code -javaagent:parent-watch.jar=<launcher pid>}): when the
 * launcher process ends for any reason, including kill -9 where its shutdown hook never runs, the child
 * calls {@code System.exit}, which runs the child's own shutdown hooks (Kafka flushes its logs, Spring
 * closes its context). Without it an orphaned broker would keep the data directory locked and its
 * ports taken.
 *
 * <p>Uses only the JDK: it is copied alone into a small jar for children whose classpath knows
 * nothing of the launcher.
 */
public final class ParentWatchAgent {

    static final int EXIT_PARENT_GONE = 143;

    private ParentWatchAgent() {}

    public static void premain(String argument) {
        long parentPid = Long.parseLong(argument.trim());
        Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
        if (parent.isEmpty() || !parent.get().isAlive()) {
            exitBecauseParentIsGone(parentPid);
        }
        parent.get().onExit().thenRun(() -> exitBecauseParentIsGone(parentPid));
    }

    private static void exitBecauseParentIsGone(long parentPid) {
        System.err.println("OCOP launcher (pid " + parentPid + ") is gone: shutting down this process too.");
        System.exit(EXIT_PARENT_GONE);
    }
}
