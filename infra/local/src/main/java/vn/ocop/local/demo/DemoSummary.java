package vn.ocop.local.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import vn.ocop.local.EmbeddedPlatform;

/** The closing summary: what the demo created, where to look, and who can sign in. */
final class DemoSummary {

    private DemoSummary() {}

    static void print(PrintStream out, EmbeddedPlatform platform, DemoPeople people, DemoReport report) {
        String dossier = platform.serviceUrl("dossier-service");
        String evaluation = platform.serviceUrl("evaluation-service");
        String reporting = platform.serviceUrl("reporting-service");
        String notification = platform.serviceUrl("notification-service");
        int tokenPort = platform.ports().tokenIssuer();
        out.println();
        out.println("Tóm tắt / Summary");
        if (report != null) {
            out.printf(
                    "  Created: %d producers, %d dossiers (%d submissions), %d returned (%d resubmitted, %d awaiting "
                            + "completion), %d accepted, %d graded by %d district councils (%d below 50 points), %d "
                            + "forwarded under %d deadline exceptions, %d graded by HD-51 (%d below 3★)%n",
                    report.producers(),
                    report.dossiers(),
                    report.submissions(),
                    report.returned(),
                    report.resubmitted(),
                    report.awaitingCompletion(),
                    report.accepted(),
                    report.districtGraded(),
                    report.councils() - 1,
                    report.districtNotQualified(),
                    report.forwarded(),
                    report.deadlineExceptions(),
                    report.provinceGraded(),
                    report.notRecognised());
            out.printf(
                    "  Recognised (decision %s, %s): %d products — %d×3★, %d×4★, %d×5★ (2020 reality: 31 — "
                            + "29×3★, 2×4★; target 20–25)%n",
                    DemoScenario.DECISION_NUMBER,
                    DemoScenario.DECISION_DATE,
                    report.recognised(),
                    report.threeStars(),
                    report.fourStars(),
                    report.fiveStars());
            out.println("  Recognised by district: " + report.recognisedByDistrict());
            out.printf(
                    "  Report 2020-H1: %d units reported (%d late), %d missing; tasks of letter 878: %d — %d done, "
                            + "%d in progress, %d overdue%n",
                    report.reportsFiled(),
                    report.reportsLate(),
                    report.reportsMissing(),
                    report.tasks(),
                    report.tasksDone(),
                    report.tasksInProgress(),
                    report.tasksOverdue());
            out.printf(
                    "  Alerts: %d deliveries logged for the demo's events (forecast %d: %s); %d sent, %d pending; "
                            + "%d e-mails caught by GreenMail%n",
                    report.deliveriesLogged(),
                    report.expectedDeliveryTotal(),
                    shortTypes(report.expectedDeliveries()),
                    report.deliveriesSent(),
                    report.deliveriesPending(),
                    report.mailsCaught());
            out.printf(
                    "  Took %.1f s (seed %d: the same seed plays the same round)%n",
                    report.elapsed().toMillis() / 1000.0, report.seed());
        }
        out.println("  Where to look / Xem ở đâu:");
        out.println("    dashboard      " + reporting + "/dashboard/#token=" + people.token(DemoPeople.PROVINCE));
        out.println("    Swagger UI     " + dossier + "/swagger-ui.html  " + evaluation + "/swagger-ui.html  "
                + reporting + "/swagger-ui.html  " + notification + "/swagger-ui.html");
        out.println("    funnel, stars  GET " + reporting + "/api/v1/funnel   " + reporting
                + "/api/v1/stars?year=2020   " + reporting + "/api/v1/targets/2020");
        out.println("    e-mail & SMS   GET " + notification + "/api/v1/deliveries?limit=1000 (as operator)");
        out.println("    reports        GET " + reporting + "/api/v1/periods/2020-H1/consolidated.xlsx | .pdf   "
                + reporting + "/api/v1/catalogue.xlsx?year=2020");
        out.println("    public list    GET " + reporting + "/api/v1/public/catalogue?year=2020 (no token)");
        out.println("  Sign in / Đăng nhập: curl -s -d username=<user> http://127.0.0.1:" + tokenPort + "/token");
        out.println("    users: province.officer, operator, district.mo-duc, district.ba-to, district.ly-son, "
                + "district.binh-son, producer.mo-duc, producer.ba-to, producer.ly-son, council.mo-duc.chair, "
                + "council.province.chair, reporter.dard, reporter.mo-duc, reporter.ba-to (GET http://127.0.0.1:"
                + tokenPort + "/users lists all)");
        List<String> minted = people.mintedUsers();
        if (!minted.isEmpty()) {
            out.println("    " + minted.size() + " more demo actors (e.g. "
                    + String.join(", ", minted.subList(0, Math.min(4, minted.size())))
                    + ") had tokens minted with their claims; the /token endpoint does "
                    + "not know them");
        }
    }

    private static String shortTypes(Map<String, Integer> expected) {
        StringBuilder text = new StringBuilder();
        expected.forEach((type, n) -> text.append(text.isEmpty() ? "" : ", ")
                .append(type.replaceAll("^vn\\.ocop\\.[a-z]+\\.|\\.v1$", ""))
                .append(' ')
                .append(n));
        return text.toString();
    }
}
