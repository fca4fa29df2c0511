package vn.ocop.local.demo;

import static vn.ocop.client.OcopClient.DOSSIER;
import static vn.ocop.client.OcopClient.NOTIFICATION;
import static vn.ocop.client.OcopClient.REPORTING;
import static vn.ocop.local.demo.DemoPeople.OPERATOR;
import static vn.ocop.local.demo.DemoPeople.PROVINCE;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import vn.ocop.client.Forms;
import vn.ocop.client.OcopClient;
import vn.ocop.client.Reply;
import vn.ocop.local.EmbeddedPlatform;

/**
 * {@code --demo}: plays round 1 of 2020 in Quảng Ngãi (letter 878/UBND-NNTN) through the public APIs only, as
 * the real actors with their own tokens, on a running platform. Every choice comes from {@code Random(seed)};
 * a second run on the same data finds the demo's marker producer and only prints the summary.
 *
 * <p>The round's district deadline (10/4/2020) is long past by the services' clock and a round's deadline must
 * lie in its year, so the province officer records a deadline exception (with its reason) for every dossier the
 * districts forward — the 2020 story with an honest "forwarded late" mark.
 */
public final class DemoScenario implements AutoCloseable {

    public static final long DEFAULT_SEED = 2020;
    static final int STEPS = 9;
    static final String DECISION_NUMBER = "412/QĐ-UBND";
    static final LocalDate DECISION_DATE = LocalDate.of(2020, 5, 29);
    private static final Duration ASYNC_LIMIT = Duration.ofSeconds(90);
    private static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final EmbeddedPlatform platform;
    private final PrintStream out;
    private final long seed;
    private final DemoCatalogue catalogue = DemoCatalogue.load();
    private final DemoPeople people;
    private final OcopClient http;
    private final DemoPlan plan;
    private final ExecutorService pool = Executors.newFixedThreadPool(6, r -> {
        Thread t = new Thread(r, "ocop-demo");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, String> dossierIds = new ConcurrentHashMap<>();
    private final Map<String, AnswerPicker> sheets = new ConcurrentHashMap<>();
    private final AtomicInteger submissions = new AtomicInteger();
    private DeliveryForecast forecast;
    private String roundId;
    private Instant stepStarted;

    private DemoScenario(EmbeddedPlatform platform, long seed, PrintStream out) {
        this.platform = platform;
        this.out = out;
        this.seed = seed;
        this.people = new DemoPeople(platform.tokenIssuer());
        this.http = people.client(platform);
        this.plan = new DemoPlan(catalogue, seed);
    }

    /** Plays the demo (or finds it already played) and prints progress and the summary to {@code out}. */
    public static DemoReport run(EmbeddedPlatform platform, long seed, PrintStream out) {
        try (DemoScenario scenario = new DemoScenario(platform, seed, out)) {
            return scenario.play();
        }
    }

    private DemoReport play() {
        Instant started = Instant.now();
        out.println("Demo / Trình diễn: đợt 1 năm 2020, Quảng Ngãi — dữ liệu mẫu / SAMPLE data (seed " + seed + ")");
        if (alreadyPresent()) {
            out.println("demo data already present — skipping; use a fresh --data-dir to replay"
                    + " / đã có dữ liệu trình diễn — bỏ qua; dùng --data-dir mới để chạy lại");
            DemoSummary.print(out, platform, people, null);
            return DemoReport.skipped(seed, Duration.between(started, Instant.now()));
        }
        scheduleRound();
        registerProducers();
        int[] dossierFigures = fileDossiers();
        int[] district = gradeInDistricts();
        int forwarded = forward();
        int[] province = gradeInProvince();
        Map<String, Integer> byDistrict = recognise();
        int[] reporting = reportAndTrackTasks();
        int[] deliveries = awaitViewsAndAlerts(
                byDistrict.values().stream().mapToInt(Integer::intValue).sum());

        int fours = (int) plan.fates().stream()
                .filter(f -> f.recognised() && f.provinceStars() == 4)
                .count();
        int recognised =
                byDistrict.values().stream().mapToInt(Integer::intValue).sum();
        DemoReport report = new DemoReport(
                false,
                seed,
                roundId,
                "2020-H1",
                catalogue.districts().size(),
                catalogue.communeCount(),
                catalogue.producers().size(),
                dossierFigures[0],
                submissions.get(),
                dossierFigures[1],
                dossierFigures[2],
                dossierFigures[1] - dossierFigures[2],
                district[0],
                district[0],
                district[1],
                forwarded,
                forwarded,
                province[0],
                province[1],
                recognised,
                recognised - fours,
                fours,
                0,
                byDistrict,
                catalogue.districts().size() + 1,
                catalogue.districts().size() * DemoPlan.DISTRICT_MEMBERS + DemoPlan.PROVINCE_MEMBERS,
                reporting[0],
                reporting[1],
                reporting[2],
                reporting[3],
                reporting[4],
                reporting[5],
                reporting[6],
                forecast.expected(),
                deliveries[0],
                deliveries[1],
                deliveries[2],
                platform.receivedMail().size(),
                Duration.between(started, Instant.now()));
        DemoSummary.print(out, platform, people, report);
        return report;
    }

    // ---- detection --------------------------------------------------------------------------------------

    private boolean alreadyPresent() {
        return http.producer(PROVINCE, catalogue.marker().id()).status() == 200;
    }

    // ---- [1/9] round ------------------------------------------------------------------------------------

    private void scheduleRound() {
        begin();
        Reply round = http.openRound(
                PROVINCE,
                new Forms.Round(2020, 1, null, LocalDate.of(2020, 4, 10), LocalDate.of(2020, 5, 31)),
                "demo-round-2020-1");
        if (round.status() == 409) {
            round = http.round(PROVINCE, "2020-1").expect("read round 2020-1", 200);
        } else {
            round.expect("schedule round 1/2020", 201, 200);
        }
        roundId = round.json().get("id").asString();
        step(
                1,
                "Đợt / Round",
                "round " + roundId + " (QĐ 1048, district deadline 2020-04-10, province 2020-05-31); "
                        + catalogue.districts().size() + " district-level units, " + catalogue.communeCount()
                        + " communes");
    }

    // ---- [2/9] the contact directory, producers and their contacts ----------------------------------------

    private void registerProducers() {
        begin();
        DemoDirectory.create(http, catalogue);
        AtomicInteger created = new AtomicInteger();
        parallel(catalogue.producers(), p -> {
            DemoCatalogue.District d = catalogue.district(p.districtCode());
            String officer = people.districtOfficer(d);
            String phone = "0905" + p.regNo().substring(4);
            String email = "chuthe." + p.regNo() + "@example.com";
            String address = (p.communeCode() == null ? "" : d.communes().get(p.communeCode()) + ", ") + d.name() + " "
                    + DemoCatalogue.SAMPLE_MARK;
            Reply r = http.registerProducer(
                    officer,
                    new Forms.Producer(
                            p.kind(),
                            p.name(),
                            p.regNo(),
                            p.districtCode(),
                            p.communeCode(),
                            address,
                            new Forms.Contact(p.contactName(), phone, email)),
                    "demo-producer-" + p.regNo());
            if (r.expect("register producer " + p.regNo(), 201, 200, 409).status() != 409) {
                created.incrementAndGet();
            }
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("id", "ct-producer-" + p.regNo());
            contact.put("name", p.name());
            contact.put("role", "PRODUCER");
            contact.put("districtCode", p.districtCode());
            contact.put("communeCode", p.communeCode());
            contact.put("producerId", p.id());
            contact.put("email", email);
            contact.put("phone", phone);
            contact.put("channels", List.of("EMAIL", "SMS"));
            contact.put("language", "vi");
            contact.put("userId", people.producer(p));
            DemoDirectory.addProducerContact(http, officer, contact);
        });
        JsonNode directory = http.get(NOTIFICATION, "/api/v1/contacts?limit=500")
                .as(PROVINCE)
                .expect("read the contact directory", 200)
                .json();
        forecast = new DeliveryForecast(directory);
        step(
                2,
                "Chủ thể / Producers",
                created.get() + " registered by their district officers in "
                        + catalogue.producers().stream()
                                .map(DemoCatalogue.Producer::districtCode)
                                .distinct()
                                .count()
                        + " districts, " + directory.size() + " contacts in the notification directory");
    }

    // ---- [3/9] dossiers: opened, documents uploaded, submitted, some returned and resubmitted --------------

    private int[] fileDossiers() {
        begin();
        AtomicInteger uploads = new AtomicInteger();
        parallel(plan.fates(), fate -> {
            DemoCatalogue.Product p = fate.product();
            String producer = people.producer(p.producer());
            JsonNode opened = http.openDossier(
                            producer,
                            new Forms.Dossier(roundId, p.producer().id(), p.name(), p.group(), p.description()),
                            "demo-dossier-" + roundId + "-" + p.key())
                    .expect("open the dossier of " + p.name(), 201, 200)
                    .json();
            String id = opened.get("id").asString();
            dossierIds.put(p.key(), id);
            uploads.addAndGet(http.uploadMissing(producer, opened));
            submit(fate, producer, id);
        });
        List<DemoPlan.Fate> returned =
                plan.fates().stream().filter(DemoPlan.Fate::returned).toList();
        Random reasons = plan.forStep("return-reasons");
        Map<String, List<String>> reasonsOf = new LinkedHashMap<>();
        List<String> pool = List.of(
                "Phiếu kết quả kiểm nghiệm đã quá 6 tháng",
                "Phương án kinh doanh chưa có chữ ký, đóng dấu",
                "Thiếu bản sao công chứng giấy đăng ký kinh doanh",
                "Câu chuyện sản phẩm chưa gắn với địa phương",
                "Nhãn sản phẩm chưa ghi hạn sử dụng");
        returned.forEach(f -> reasonsOf.put(
                f.product().key(), List.of(pool.get(reasons.nextInt(pool.size())) + " " + DemoCatalogue.SAMPLE_MARK)));
        parallel(returned, fate -> {
            DemoCatalogue.Product p = fate.product();
            http.returnForCompletion(
                            people.districtOfficer(
                                    catalogue.district(p.producer().districtCode())),
                            dossierIds.get(p.key()),
                            reasonsOf.get(p.key()))
                    .expect("return " + p.name(), 200);
            event(DeliveryForecast.RETURNED, p);
            if (fate.resubmitted()) {
                String producer = people.producer(p.producer());
                String id = dossierIds.get(p.key());
                http.uploadPdf(producer, id, "OTHER").expect("upload the completion of " + p.name(), 201, 200);
                uploads.incrementAndGet();
                submit(fate, producer, id);
            }
        });
        int resubmitted =
                (int) returned.stream().filter(DemoPlan.Fate::resubmitted).count();
        step(
                3,
                "Hồ sơ / Dossiers",
                plan.fates().size() + " submitted by " + catalogue.producers().size()
                        + " producers (" + uploads.get() + " sample PDFs), " + returned.size()
                        + " returned for completion, "
                        + resubmitted + " resubmitted, " + (returned.size() - resubmitted)
                        + " still awaiting completion");
        return new int[] {plan.fates().size(), returned.size(), resubmitted};
    }

    private void submit(DemoPlan.Fate fate, String producer, String id) {
        http.submit(producer, id).expect("submit " + fate.product().name(), 200);
        submissions.incrementAndGet();
        event(DeliveryForecast.SUBMITTED, fate.product());
    }

    // ---- [4/9] district councils accept and grade -------------------------------------------------------

    private int[] gradeInDistricts() {
        begin();
        parallel(catalogue.districts().values(), d -> {
            List<String> members = people.districtCouncil(d);
            List<Forms.Seat> seats = List.of(
                    new Forms.Seat(members.get(0), "Phó Chủ tịch UBND " + d.name() + " (mẫu)", "CHAIR"),
                    new Forms.Seat(members.get(1), "Trưởng phòng Nông nghiệp (mẫu)", "MEMBER"),
                    new Forms.Seat(members.get(2), "Chuyên viên OCOP (mẫu)", "SECRETARY"));
            http.ensureCouncil(
                    people.districtOfficer(d),
                    new Forms.Council(
                            DemoPeople.councilId(d),
                            "Hội đồng đánh giá, phân hạng sản phẩm OCOP " + d.name() + " (mẫu)",
                            "DISTRICT",
                            d.code(),
                            seats));
        });
        List<DemoPlan.Fate> accepted =
                plan.fates().stream().filter(DemoPlan.Fate::accepted).toList();
        parallel(accepted, fate -> {
            DemoCatalogue.Product p = fate.product();
            http.accept(
                            people.districtOfficer(
                                    catalogue.district(p.producer().districtCode())),
                            dossierIds.get(p.key()))
                    .expect("accept " + p.name(), 200);
            event(DeliveryForecast.ACCEPTED, p);
        });
        awaitEvaluations("DISTRICT", accepted);
        Random sessions = plan.forStep("district-sessions");
        Map<String, LocalDate> sessionDay = new TreeMap<>();
        catalogue
                .districts()
                .keySet()
                .forEach(code -> sessionDay.put(code, LocalDate.of(2020, 3, 25).plusDays(sessions.nextInt(14))));
        parallel(accepted, fate -> {
            DemoCatalogue.District d =
                    catalogue.district(fate.product().producer().districtCode());
            grade(
                    fate,
                    "DISTRICT",
                    people.districtOfficer(d),
                    DemoPeople.councilId(d),
                    sessionDay.get(d.code()),
                    people.districtCouncil(d),
                    fate.districtTotals());
            event(DeliveryForecast.DISTRICT_GRADED, fate.product());
        });
        awaitDossiers("DISTRICT_GRADED", accepted.size());
        int notQualified = (int) accepted.stream().filter(f -> !f.forwarded()).count();
        step(
                4,
                "Hội đồng huyện / District councils",
                catalogue.districts().size() + " councils of 3 members, "
                        + accepted.size() + " dossiers accepted and graded, " + (accepted.size() - notQualified)
                        + " reach 50 points, " + notQualified + " do not qualify");
        return new int[] {accepted.size(), notQualified};
    }

    // ---- [5/9] forwarding to DARD under the province's deadline exception ---------------------------------

    private int forward() {
        begin();
        List<DemoPlan.Fate> forwarded =
                plan.fates().stream().filter(DemoPlan.Fate::forwarded).toList();
        parallel(forwarded, fate -> {
            DemoCatalogue.Product p = fate.product();
            String id = dossierIds.get(p.key());
            http.deadlineException(
                            PROVINCE,
                            id,
                            "Đợt 1/2020 được phát lại bằng dữ liệu mẫu sau hạn 10/4/2020; "
                                    + "Sở NN&PTNT cho phép chuyển muộn " + DemoCatalogue.SAMPLE_MARK)
                    .expect("deadline exception for " + p.name(), 200);
            http.forward(people.districtOfficer(catalogue.district(p.producer().districtCode())), id)
                    .expect("forward " + p.name(), 200);
            event(DeliveryForecast.FORWARDED, p);
        });
        step(
                5,
                "Chuyển tỉnh / Forwarded",
                forwarded.size() + " dossiers forwarded to DARD, each under a recorded "
                        + "deadline exception (10/4/2020 is past by today's clock)");
        return forwarded.size();
    }

    // ---- [6/9] provincial council ------------------------------------------------------------------------

    private int[] gradeInProvince() {
        begin();
        List<String> members = people.provincialCouncil();
        List<Forms.Seat> seats = new ArrayList<>();
        List<String> titles = List.of(
                "Phó Giám đốc Sở NN&PTNT (mẫu)",
                "Đại diện Sở Công Thương (mẫu)",
                "Đại diện Sở Khoa học và Công nghệ (mẫu)",
                "Đại diện Sở Y tế (mẫu)",
                "Văn phòng Điều phối nông thôn mới tỉnh (mẫu)");
        for (int i = 0; i < members.size(); i++) {
            seats.add(new Forms.Seat(
                    members.get(i),
                    titles.get(i),
                    i == 0 ? "CHAIR" : i == members.size() - 1 ? "SECRETARY" : "MEMBER"));
        }
        http.ensureCouncil(
                PROVINCE,
                new Forms.Council(
                        DemoPeople.PROVINCE_COUNCIL,
                        "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Quảng Ngãi (mẫu)",
                        "PROVINCE",
                        "51",
                        seats));
        List<DemoPlan.Fate> forwarded =
                plan.fates().stream().filter(DemoPlan.Fate::forwarded).toList();
        awaitEvaluations("PROVINCE", forwarded);
        Random sessions = plan.forStep("province-sessions");
        Map<String, LocalDate> sessionDay = new LinkedHashMap<>();
        forwarded.forEach(
                f -> sessionDay.put(f.product().key(), LocalDate.of(2020, 5, 12).plusDays(sessions.nextInt(7))));
        parallel(forwarded, fate -> {
            grade(
                    fate,
                    "PROVINCE",
                    PROVINCE,
                    DemoPeople.PROVINCE_COUNCIL,
                    sessionDay.get(fate.product().key()),
                    members,
                    fate.provinceTotals());
            event(DeliveryForecast.PROVINCE_GRADED, fate.product());
        });
        int below = (int) forwarded.stream().filter(f -> !f.recognised()).count();
        awaitDossiers("PROVINCE_GRADED", forwarded.size() - below);
        awaitDossiers("NOT_RECOGNIZED", below);
        step(
                6,
                "Hội đồng tỉnh / Provincial council",
                "HD-51 with " + members.size() + " members graded "
                        + forwarded.size() + " products: " + (forwarded.size() - below) + " at 3★ or more, " + below
                        + " below 3★ (not recognised)");
        return new int[] {forwarded.size(), below};
    }

    // ---- [7/9] recognition decision of the provincial People's Committee ----------------------------------

    private Map<String, Integer> recognise() {
        begin();
        List<DemoPlan.Fate> recognised =
                plan.fates().stream().filter(DemoPlan.Fate::recognised).toList();
        Forms.Decision decision = new Forms.Decision(
                DECISION_NUMBER,
                DECISION_DATE,
                "Phó Chủ tịch UBND tỉnh Quảng Ngãi (mẫu)",
                recognised.stream().map(f -> dossierIds.get(f.product().key())).toList());
        JsonNode answer = http.recognise(PROVINCE, decision, "demo-decision-412-2020")
                .expect("record decision " + DECISION_NUMBER, 200, 201)
                .json();
        int certified = 0;
        for (JsonNode item : answer.get("items")) {
            if ("RECOGNISED".equals(item.path("outcome").asString())) {
                certified++;
            }
        }
        if (certified != recognised.size()) {
            throw new DemoFailure("Decision " + DECISION_NUMBER + " certified " + certified + " products, the demo "
                    + "expected " + recognised.size() + ": " + answer);
        }
        Map<String, Integer> byDistrict = new TreeMap<>();
        recognised.forEach(f -> {
            event(DeliveryForecast.RECOGNIZED, f.product());
            byDistrict.merge(f.product().producer().districtCode(), 1, Integer::sum);
        });
        awaitDossiers("RECOGNIZED", recognised.size());
        long fours = recognised.stream().filter(f -> f.provinceStars() == 4).count();
        step(
                7,
                "Công nhận / Recognition",
                "decision " + DECISION_NUMBER + " of " + DECISION_DATE + ": "
                        + recognised.size() + " products certified (" + (recognised.size() - fours) + "×3★, " + fours
                        + "×4★), certificates OCOP-QNg-2020-0001… valid 36 months");
        return byDistrict;
    }

    // ---- [8/9] semi-annual report 2020-H1 and the directive tasks of letter 878 ---------------------------

    private int[] reportAndTrackTasks() {
        begin();
        http.schedulePeriod(PROVINCE, 2020, 1).expect("open period 2020-H1", 201, 200, 409);
        JsonNode period = http.period(PROVINCE, "2020-H1")
                .expect("read period 2020-H1", 200)
                .json();
        LocalDate dueDate = LocalDate.parse(period.get("dueDate").asString());
        boolean late = LocalDate.now(PROVINCE_ZONE).isAfter(dueDate);
        List<String> units = new ArrayList<>();
        period.get("units").forEach(u -> units.add(u.get("unitCode").asString()));
        Random random = plan.forStep("reports");
        List<String> others = new ArrayList<>(units);
        others.remove("DARD");
        java.util.Collections.shuffle(others, random);
        List<String> reporting = new ArrayList<>();
        reporting.add("DARD");
        reporting.addAll(others.subList(0, Math.min(11, others.size())));
        Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
        for (String unit : reporting) {
            figures.put(unit, figuresOf(unit, random));
        }
        // one after the other: every report is a write to the one period document, and reporting-service answers
        // a concurrent write with 412 stale-version instead of retrying it
        for (String unit : reporting) {
            fileReport(unit, figures.get(unit));
        }

        List<JsonNode> tasks = Polling.until(
                "the directive tasks of letter 878",
                ASYNC_LIMIT,
                () -> list(http.get(REPORTING, "/api/v1/tasks")
                        .as(PROVINCE)
                        .expect("read tasks", 200)
                        .json()),
                l -> !l.isEmpty(),
                l -> l.size() + " tasks");
        Random taskChoices = plan.forStep("tasks");
        Map<String, String> updates = new LinkedHashMap<>();
        for (JsonNode task : tasks) {
            String id = task.get("taskId").asString();
            String choice = taskChoices.nextInt(10) < 4 ? "DONE" : taskChoices.nextInt(3) == 0 ? "IN_PROGRESS" : null;
            if (id.equals("task-878-2020-03")) {
                choice = "DONE"; // the provincial round and the decision of 29/5 did happen
            }
            if (choice != null) {
                updates.put(id, choice);
            }
        }
        Map<String, String> owners = new LinkedHashMap<>();
        tasks.forEach(t ->
                owners.put(t.get("taskId").asString(), t.get("ownerUnitCode").asString()));
        parallel(
                updates.keySet(),
                id -> updateTask(id, updates.get(id), people.reporter(owners.get(id), catalogue.districts())));
        LocalDate today = LocalDate.now(PROVINCE_ZONE);
        int done = (int) updates.values().stream().filter("DONE"::equals).count();
        int inProgress = updates.size() - done;
        int overdue = (int) tasks.stream()
                .filter(t -> !"DONE".equals(updates.get(t.get("taskId").asString()))
                        && today.isAfter(LocalDate.parse(t.get("dueDate").asString())))
                .count();
        int filed = reporting.size();
        int lateReports = late ? filed : 0;
        int missing = late ? units.size() - filed : 0;
        step(
                8,
                "Báo cáo 6 tháng / H1 report",
                "period 2020-H1 due " + dueDate + ": " + filed + " of " + units.size()
                        + " units reported (" + lateReports + " late by today's clock), " + missing + " missing; "
                        + tasks.size() + " tasks of letter 878: " + done + " done, " + inProgress + " in progress, "
                        + overdue + " overdue");
        return new int[] {filed, lateReports, missing, tasks.size(), done, inProgress, overdue};
    }

    private void fileReport(String unit, Map<String, Object> figures) {
        String narrative = "Báo cáo kết quả thực hiện Chương trình OCOP 6 tháng đầu năm 2020 theo Công văn "
                + "878/UBND-NNTN " + DemoCatalogue.SAMPLE_MARK;
        String reporter = people.reporter(unit, catalogue.districts());
        for (int attempt = 0; attempt < 3; attempt++) {
            Reply filed = http.fileReport(reporter, "2020-H1", figures, narrative);
            if (filed.status() != 412) {
                filed.expect("report of " + unit, 201, 200);
                return;
            }
            // the overdue job wrote the period meanwhile; a refused write stored nothing, so filing again is safe
        }
        throw new DemoFailure("The period 2020-H1 kept changing under the report of " + unit);
    }

    private Map<String, Object> figuresOf(String unit, Random random) {
        int guided = 0;
        int recognised = 0;
        for (DemoPlan.Fate f : plan.fates()) {
            String district = f.product().producer().districtCode();
            if (unit.equals("DARD") || unit.equals("DIST-" + district)) {
                guided++;
                recognised += f.recognised() ? 1 : 0;
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("dossiersGuided", guided);
        figures.put("productsRecognized", recognised);
        figures.put("trainingCourses", 1 + random.nextInt(3));
        figures.put("tradePromotionEvents", random.nextInt(3));
        figures.put("budgetMillionVnd", 100 + 10L * random.nextInt(50));
        return figures;
    }

    private void updateTask(String id, String status, String reporter) {
        String note = ("DONE".equals(status) ? "Đã hoàn thành" : "Đang thực hiện") + " " + DemoCatalogue.SAMPLE_MARK;
        for (int attempt = 0; attempt < 3; attempt++) {
            Reply current =
                    http.get(REPORTING, "/api/v1/tasks/" + id).as(reporter).expect("read task " + id, 200);
            String etag = current.etag() != null
                    ? current.etag()
                    : "\"" + current.json().get("version").asLong() + "\"";
            Reply updated = http.patch(REPORTING, "/api/v1/tasks/" + id)
                    .as(reporter)
                    .ifMatch(etag)
                    .jsonOf(Forms.object("status", status, "note", note))
                    .send();
            if (updated.status() != 412) {
                updated.expect("update task " + id, 200);
                return;
            }
            // the overdue job touched the task meanwhile (its one-off flag): read it again
        }
        throw new DemoFailure("Task " + id + " kept changing under the demo's update");
    }

    // ---- [9/9] the views and the alerts caught up ---------------------------------------------------------

    private int[] awaitViewsAndAlerts(int recognised) {
        begin();
        Polling.until(
                "reporting-service's funnel to show " + recognised + " recognised products",
                ASYNC_LIMIT,
                () -> http.funnel(PROVINCE, null),
                r -> r.status() == 200
                        && r.json().path("byStatus").path("RECOGNIZED").asInt() == recognised
                        && r.json().path("total").asInt() == plan.fates().size(),
                r -> r.status() + " " + r.body());
        Map<String, Integer> expected = forecast.expected();
        Map<String, Integer> logged = new TreeMap<>();
        Polling.until(
                "notification-service to plan every alert of the demo's events",
                ASYNC_LIMIT,
                () -> {
                    expected.keySet().forEach(type -> logged.put(type, deliveries("eventType=" + type)));
                    return logged;
                },
                l -> l.equals(expected),
                l -> "logged " + l + ", expected " + expected);
        int total = logged.values().stream().mapToInt(Integer::intValue).sum();
        int sent = 0;
        int pending = 0;
        for (String type : expected.keySet()) {
            sent += deliveries("eventType=" + type + "&status=SENT");
            pending += deliveries("eventType=" + type + "&status=PENDING");
        }
        step(
                9,
                "Thông báo / Alerts",
                total + " e-mails and SMS planned for the demo's events as forecast from the "
                        + "contact directory (" + sent + " sent so far, " + pending
                        + " queued: the sender works through them at "
                        + "its own rate, SMS also wait out quiet hours 21:00–07:00); views caught up");
        return new int[] {total, sent, pending};
    }

    private int deliveries(String query) {
        return http.get(NOTIFICATION, "/api/v1/deliveries?limit=1000&" + query)
                .as(OPERATOR)
                .expect("read deliveries", 200)
                .json()
                .size();
    }

    // ---- shared steps --------------------------------------------------------------------------------------

    private void grade(
            DemoPlan.Fate fate,
            String level,
            String assigner,
            String councilId,
            LocalDate sessionDate,
            List<String> members,
            List<Integer> totals) {
        String evaluationId =
                OcopClient.evaluationId(dossierIds.get(fate.product().key()), level);
        JsonNode assigned = http.assign(assigner, evaluationId, councilId, sessionDate)
                .expect("assign " + evaluationId, 200)
                .json();
        String sheetId = assigned.get("assignment").get("sheetId").asString();
        AnswerPicker picker = sheets.computeIfAbsent(
                sheetId,
                id -> new AnswerPicker(http.criteriaSheet(PROVINCE, id)
                        .expect("read sheet " + id, 200)
                        .json()));
        for (int i = 0; i < members.size(); i++) {
            Map<String, String> answers = picker.answersTotalling(
                    totals.get(i), plan.answersOf(fate.product().key(), level, i));
            http.score(members.get(i), evaluationId, answers)
                    .expect("score sheet of " + members.get(i) + " for " + evaluationId, 200);
        }
        http.finalise(members.get(0), evaluationId).expect("finalise " + evaluationId, 200);
    }

    private void awaitEvaluations(String level, List<DemoPlan.Fate> fates) {
        List<String> wanted = fates.stream()
                .map(f -> dossierIds.get(f.product().key()) + ":" + level)
                .toList();
        Polling.until(
                fates.size() + " " + level.toLowerCase(java.util.Locale.ROOT) + " evaluations to open",
                ASYNC_LIMIT,
                () -> {
                    JsonNode all = http.evaluations(PROVINCE, level)
                            .expect("list evaluations", 200)
                            .json();
                    java.util.Set<String> ids = new java.util.HashSet<>();
                    all.forEach(e -> ids.add(e.get("id").asString()));
                    return ids;
                },
                ids -> ids.containsAll(wanted),
                ids -> ids.size() + " open");
    }

    private void awaitDossiers(String status, int count) {
        Polling.until(
                count + " dossiers " + status + " in dossier-service",
                ASYNC_LIMIT,
                () -> http.get(DOSSIER, "/api/v1/dossiers?round=" + roundId + "&status=" + status + "&size=1")
                        .as(PROVINCE)
                        .expect("count dossiers", 200)
                        .json()
                        .get("total")
                        .asInt(),
                n -> n == count,
                n -> n + " " + status);
    }

    private void event(String type, DemoCatalogue.Product p) {
        forecast.event(
                type,
                p.producer().districtCode(),
                p.producer().communeCode(),
                p.producer().id());
    }

    private <T> void parallel(Collection<T> items, Consumer<T> action) {
        List<Future<?>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> action.accept(item)));
        }
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw e.getCause() instanceof DemoFailure failure
                    ? failure
                    : new DemoFailure(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (InterruptedException e) {
            futures.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new DemoFailure("Interrupted", e);
        }
    }

    private void begin() {
        stepStarted = Instant.now();
    }

    private void step(int number, String title, String detail) {
        double seconds = Duration.between(stepStarted, Instant.now()).toMillis() / 1000.0;
        out.printf("[%d/%d] %s: %s (%.1f s)%n", number, STEPS, title, detail, seconds);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
