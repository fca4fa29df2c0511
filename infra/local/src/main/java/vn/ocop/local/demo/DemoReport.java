package vn.ocop.local.demo;

import java.time.Duration;
import java.util.Map;

/**
 * The demo's own account of what it did (counted as it acted, never read back from the views), so that the
 * views can be checked against it. {@code skipped} is true when demo data was already there and nothing ran.
 */
public record DemoReport(
        boolean skipped,
        long seed,
        String roundId,
        String periodId,
        int districts,
        int communes,
        int producers,
        int dossiers,
        int submissions,
        int returned,
        int resubmitted,
        int awaitingCompletion,
        int accepted,
        int districtGraded,
        int districtNotQualified,
        int deadlineExceptions,
        int forwarded,
        int provinceGraded,
        int notRecognised,
        int recognised,
        int threeStars,
        int fourStars,
        int fiveStars,
        Map<String, Integer> recognisedByDistrict,
        int councils,
        int councilMembers,
        int reportsFiled,
        int reportsLate,
        int reportsMissing,
        int tasks,
        int tasksDone,
        int tasksInProgress,
        int tasksOverdue,
        Map<String, Integer> expectedDeliveries,
        int deliveriesLogged,
        int deliveriesSent,
        int deliveriesPending,
        int mailsCaught,
        Duration elapsed) {

    public int expectedDeliveryTotal() {
        return expectedDeliveries.values().stream().mapToInt(Integer::intValue).sum();
    }

    static DemoReport skipped(long seed, Duration elapsed) {
        return new DemoReport(
                true, seed, null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), 0, 0, 0, 0,
                0, 0, 0, 0, 0, Map.of(), 0, 0, 0, 0, elapsed);
    }
}
