package vn.ocop.local;

import java.util.Arrays;
import java.util.Optional;

/** The four services the launcher runs, with the port offset and database each one gets. */
public enum OcopService {
    DOSSIER("dossier-service", "ocop_dossier", 1, null),
    EVALUATION("evaluation-service", "ocop_evaluation", 2, null),
    REPORTING("reporting-service", "ocop_reporting", 3, "/dashboard/"),
    NOTIFICATION("notification-service", "ocop_notification", 4, null);

    private final String moduleName;
    private final String database;
    private final int portOffset;
    private final String dashboardPath;

    OcopService(String moduleName, String database, int portOffset, String dashboardPath) {
        this.moduleName = moduleName;
        this.database = database;
        this.portOffset = portOffset;
        this.dashboardPath = dashboardPath;
    }

    /** Maven module, jar base name, Kafka consumer group and log file name: one name everywhere. */
    public String moduleName() {
        return moduleName;
    }

    public String database() {
        return database;
    }

    int portOffset() {
        return portOffset;
    }

    public Optional<String> dashboardPath() {
        return Optional.ofNullable(dashboardPath);
    }

    /** Accepts "dossier-service" as well as the short "dossier". */
    public static OcopService named(String name) {
        String wanted = name.trim().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values())
                .filter(s -> s.moduleName.equals(wanted) || s.moduleName.equals(wanted + "-service"))
                .findFirst()
                .orElseThrow(() -> new UsageException("Unknown service '" + name + "'; known: "
                        + String.join(
                                ", ",
                                Arrays.stream(values())
                                        .map(OcopService::moduleName)
                                        .toList())));
    }
}
