package vn.ocop.reporting.rebuild;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One-shot mode: {@code java -jar reporting-service.jar --ocop.rebuild=true} starts the service without its
 * consumers, relay or scheduled jobs (ports chosen at random so that it can run beside a live instance), rebuilds
 * the views, swaps them in and exits. Live consumers keep their committed offsets: stop the service first, or let
 * it re-apply (idempotently) what arrives during the rebuild.
 */
public final class RebuildCommand {

    public static final String FLAG = "ocop.rebuild";

    private RebuildCommand() {}

    public static int run(Class<?> application, String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties(
                        "ocop.outbox.enabled=false",
                        "spring.cloud.function.definition=",
                        "server.port=0",
                        "management.server.port=0")
                .run(args)) {
            ViewRebuild.Result result = context.getBean(ViewRebuild.class).rebuildAndSwap(System.out);
            System.out.printf(
                    "rebuild finished: %d records read, %d applied, %d skipped%n",
                    result.records(), result.applied(), result.skipped());
            return 0;
        } catch (RuntimeException e) {
            System.err.println("rebuild failed: " + e);
            return 1;
        }
    }
}
