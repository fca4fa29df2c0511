package vn.ocop.reporting.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import vn.ocop.platform.messaging.EventRouter;
import vn.ocop.platform.messaging.EventRouters;
import vn.ocop.platform.test.TestInfrastructure;
import vn.ocop.reporting.support.Events;
import vn.ocop.reporting.support.ReportingTestBase;
import vn.ocop.reporting.views.application.CatalogueIndex;
import vn.ocop.reporting.views.application.DossierProjection;
import vn.ocop.reporting.views.application.ViewChangeListener;
import vn.ocop.reporting.views.messaging.ProjectionRoutes;
import vn.ocop.reporting.views.persistence.CatalogueStore;
import vn.ocop.reporting.views.persistence.DossierViewQueries;
import vn.ocop.reporting.views.persistence.DossierViewWriter;

/**
 * The in-memory catalogue answers exactly what the store query (DossierViewQueries.catalogue) answers: the same items
 * in the same order, the same totals, for every kind of filter, alone and combined, and for every page. The views are
 * written by the real routes and projection from a varied history (recognised, expired, expiring, re-recognised,
 * never recognised; ties on the decision date and on the name; dossier events before and after the recognition; all
 * shuffled), into collections of this test's own.
 */
class CatalogueIndexEquivalenceTest extends ReportingTestBase {

    private static final String[] DISTRICTS = {"536", "533", "534", "522", "999"};
    private static final String[] COMMUNES = {null, "21436", "21478", "21487"};
    private static final String[] GROUPS = {"FOOD_FRESH", "FOOD_PROCESSED", "BEVERAGE", "HERBAL"};
    private static final String[] NAMES = {
        "Tỏi Lý Sơn",
        "Mạch nha Mộ Đức",
        "Nước mắm Sa Huỳnh",
        "Trà xanh",
        "Quế Trà Bồng",
        "Mật ong Ba Tơ",
        "Tỏi cô đơn",
        "Đường phèn",
        "Toi den",
        "Sa tế Lý Sơn"
    };
    private static final String[] PRODUCERS = {
        "Hợp tác xã Nông nghiệp An Hải", "Cơ sở Thi Phổ", "Công ty TNHH Đường Quảng Ngãi"
    };
    private static final String[] DATES = {"2060-05-29", "2060-05-30", "2060-11-02", "2061-05-29", "2061-12-31"};

    @Autowired
    EventRouters routers;

    @Autowired
    DossierViewQueries queries;

    private final Random random = new Random(20200316);
    private ViewCollections views;
    private CatalogueStore store;
    private EventRouter dossierRoutes;
    private EventRouter evaluationRoutes;
    private CatalogueIndex index;

    @BeforeEach
    void ownViews() {
        views = new ViewCollections(unique("catalogue_test_dossiers"), unique("catalogue_test_rounds"));
        store = new CatalogueStore(mongo, queries, views);
        DossierProjection projection =
                new DossierProjection(new DossierViewWriter(mongo), views, store, ViewChangeListener.NONE);
        dossierRoutes =
                ProjectionRoutes.dossier(routers.forTopic("catalogue-test-dossier", "ocop.dossier.events"), projection);
        evaluationRoutes = ProjectionRoutes.evaluation(
                routers.forTopic("catalogue-test-evaluation", "ocop.evaluation.events"), projection);
        // no max-age reload during the test: only a version move may reload
        index = new CatalogueIndex(store, Duration.ofHours(1), System::nanoTime);
    }

    @Test
    void indexAnswersEqualTheStoreQueryForEveryFilterAndPage() {
        List<Message<byte[]>> history = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        int shown = 0;
        for (int i = 0; i < 90; i++) {
            String id = "dos-eq-" + (char) ('a' + random.nextInt(26)) + "-" + i;
            ids.add(id);
            shown += history(i, id, history) ? 1 : 0;
        }
        Collections.shuffle(history, random);
        history.forEach(this::apply);

        Page<CatalogueItem> everything = queries.catalogue(views, filter(null, null, null, null, null, null), 0, 1000);
        assertThat(everything.total())
                .as("recognised and not expired, whatever the order of arrival")
                .isEqualTo(shown);
        assertTiesOnDateAndName(everything.items());
        assertThat(everything.items())
                .anySatisfy(i -> assertThat(i.communeName()).isNotNull())
                .anySatisfy(i -> assertThat(i.districtName()).isEqualTo("Huyện Lý Sơn (hồ sơ)"));

        int nonEmpty = compareAll(filters(400));
        assertThat(nonEmpty)
                .as("combinations that found something (the comparison is not between empty pages)")
                .isGreaterThan(80);

        // then the catalogue changes: expiries, late dossier events, new and renewed recognitions
        long before = store.version();
        List<Message<byte[]>> changes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 7) {
            String id = ids.get(i);
            changes.add(evaluation("recognition-expired", id, 20, 4, null, i));
            changes.add(dossier("accepted", ids.get(i + 1), 20, "Huyện Mới " + i, "Xã Mới " + i, i + 1));
            changes.add(evaluation("product-recognized", ids.get(i + 2), 21, 3 + (i % 3), "2061-06-15", i + 2));
        }
        Collections.shuffle(changes, random);
        changes.forEach(this::apply);
        assertThat(store.version())
                .as("the projection moved the catalogue's version")
                .isGreaterThan(before);
        assertThat(index.refresh()).isTrue();
        assertThat(index.version()).isEqualTo(store.version());
        assertThat(index.all(filter(null, null, null, null, null, null)))
                .as("a late dossier event's names are shown")
                .anySatisfy(i -> assertThat(i.communeName()).startsWith("Xã Mới"));
        assertThat(compareAll(filters(150))).isGreaterThan(25);
    }

    @Test
    void theVersionMovesOnlyWhenWhatTheCatalogueShowsMayChange() {
        String shown = "dos-shown";
        String graded = "dos-graded";
        long v = store.version();
        apply(dossier("submitted", graded, 2, "Huyện Lý Sơn", null, 0));
        apply(evaluation("province-graded", graded, 3, 4, null, 0));
        assertThat(store.version())
                .as("not in the catalogue: nothing to reload")
                .isEqualTo(v);

        apply(evaluation("product-recognized", shown, 2, 4, "2060-05-29", 1));
        assertThat(store.version()).isEqualTo(v + 1);
        apply(dossier("forwarded", shown, 5, "Huyện Lý Sơn", "Xã An Hải", 1));
        assertThat(store.version())
                .as("a dossier event of a shown product: its names may change")
                .isEqualTo(v + 2);
        apply(evaluation("province-graded", shown, 1, 4, null, 1));
        assertThat(store.version()).as("grades are not shown").isEqualTo(v + 2);
        apply(evaluation("recognition-expired", shown, 4, 4, null, 1));
        assertThat(store.version()).isEqualTo(v + 3);
        apply(dossier("withdrawn", shown, 6, "Huyện Lý Sơn", "Xã An Hải", 1));
        assertThat(store.version()).as("expired: no longer shown").isEqualTo(v + 3);
        assertThat(index.page(filter(null, null, null, null, null, null), 0, 10).total())
                .isZero();
    }

    /** Compares index and store for each filter: the whole list, the xlsx list, and (for some) every page. */
    private int compareAll(List<CatalogueFilter> filters) {
        int nonEmpty = 0;
        int[] sizes = {1, 2, 3, 7};
        for (int n = 0; n < filters.size(); n++) {
            CatalogueFilter f = filters.get(n);
            Page<CatalogueItem> expected = queries.catalogue(views, f, 0, 1000);
            assertThat(index.page(f, 0, 1000)).as(f.toString()).isEqualTo(expected);
            assertThat(index.all(f)).as(f.toString()).isEqualTo(expected.items());
            if (expected.total() > 0) {
                nonEmpty++;
            }
            if (n % 5 == 0 || expected.total() > 0 && n % 3 == 0) {
                int size = sizes[n % sizes.length];
                for (int page = 0; page <= expected.total() / size + 1; page++) {
                    assertThat(index.page(f, page, size))
                            .as(f + " page " + page + " of " + size)
                            .isEqualTo(queries.catalogue(views, f, page, size));
                }
            }
        }
        return nonEmpty;
    }

    /** Every single-condition filter, then random combinations (each condition present half the time). */
    private List<CatalogueFilter> filters(int combinations) {
        String[] districts = {"536", "533", "534", "522", "999", "000"};
        String[] communes = {"21436", "21478", "21487", "99999"};
        String[] groups = {"FOOD_FRESH", "FOOD_PROCESSED", "BEVERAGE", "HERBAL", "OTHER"};
        Integer[] stars = {3, 4, 5, 0};
        Integer[] years = {2060, 2061, 1999};
        String[] words = {
            "",
            "toi",
            "TỎI",
            "Tỏi Lý",
            "ly son",
            "son ly",
            "mam",
            "nha mo",
            "t",
            "huyen",
            "hop tac",
            "thi pho",
            "đường",
            "!!",
            "tra",
            "tra bong",
            "oi",
            "ong",
            "san",
            "quang ngai",
            "999",
            "x y z",
            "moi",
            "sa",
            "toi   ly---son",
            "an hai 5",
            "Nông nghiệp"
        };
        Set<CatalogueFilter> out = new LinkedHashSet<>();
        out.add(filter(null, null, null, null, null, null));
        Arrays.stream(districts).forEach(d -> out.add(filter(d, null, null, null, null, null)));
        Arrays.stream(communes).forEach(c -> out.add(filter(null, c, null, null, null, null)));
        Arrays.stream(groups).forEach(g -> out.add(filter(null, null, g, null, null, null)));
        Arrays.stream(stars).forEach(s -> out.add(filter(null, null, null, s, null, null)));
        Arrays.stream(years).forEach(y -> out.add(filter(null, null, null, null, y, null)));
        Arrays.stream(words).forEach(q -> out.add(filter(null, null, null, null, null, q)));
        while (out.size() < combinations) {
            out.add(filter(maybe(districts), maybe(communes), maybe(groups), maybe(stars), maybe(years), maybe(words)));
        }
        return new ArrayList<>(out);
    }

    private <T> T maybe(T[] values) {
        return random.nextBoolean() ? values[random.nextInt(values.length)] : null;
    }

    private static CatalogueFilter filter(
            String district, String commune, String group, Integer stars, Integer year, String q) {
        return new CatalogueFilter(district, commune, group, stars, year, q);
    }

    /**
     * One dossier's events, by kind: never recognised, recognised, then expired, expiring (still shown), recognised
     * twice (the newer wins whatever the order), with dossier events carrying the names the catalogue shows.
     *
     * @return whether the catalogue shows it in the end
     */
    private boolean history(int i, String id, List<Message<byte[]>> out) {
        int kind = i % 6;
        String date = DATES[random.nextInt(DATES.length)];
        int stars = 3 + random.nextInt(3);
        if (kind == 0) {
            out.add(evaluation("province-graded", id, 1, stars, null, i));
            out.add(dossier("forwarded", id, 5, "Huyện Lý Sơn", "Xã An Vĩnh", i));
            return false;
        }
        out.add(evaluation("product-recognized", id, 2, stars, date, i));
        switch (kind) {
            case 2 -> out.add(evaluation("recognition-expired", id, 4, stars, null, i));
            case 3 -> out.add(evaluation("recognition-expiring", id, 3, stars, null, i));
            case 4 ->
                out.add(evaluation(
                        "product-recognized",
                        id,
                        3,
                        3 + random.nextInt(3),
                        DATES[random.nextInt(DATES.length)],
                        i + 3));
            case 5 -> {
                out.add(dossier("submitted", id, 2, "Huyện Lý Sơn (hồ sơ)", "Xã An Hải", i));
                out.add(dossier("forwarded", id, 5, "Huyện Lý Sơn (hồ sơ)", i % 4 == 1 ? null : "Xã An Hải", i));
            }
            default -> {
                // recognised only: the names come from the recognition (official district name, no commune name)
            }
        }
        return kind != 2;
    }

    private Message<byte[]> evaluation(String type, String id, long version, int stars, String decisionDate, int i) {
        String district = DISTRICTS[i % DISTRICTS.length];
        String commune = COMMUNES[(i / 2) % COMMUNES.length];
        String product = NAMES[i % NAMES.length] + (i % 4 == 0 ? "" : " " + (i % 5));
        String body = body(Events.E + type + ".v1", n -> {
            n.put("dossierId", id);
            n.put("evaluationId", id + "-eval");
            n.put("version", version);
            n.put("roundId", "round-eq");
            n.put("productName", product);
            n.put("productGroup", GROUPS[i % GROUPS.length]);
            n.put("producerName", PRODUCERS[i % PRODUCERS.length]);
            n.put("districtCode", district);
            n.put("communeCode", commune);
            n.put("stars", stars);
            n.put("score", stars == 5 ? 91.5 : stars == 4 ? 76.64 : 61.2);
            if (decisionDate != null) {
                n.put("decisionNumber", (i % 9) + "/QĐ-UBND");
                n.put("decisionDate", decisionDate);
                n.put("validFrom", decisionDate);
                n.put("validUntil", (Integer.parseInt(decisionDate.substring(0, 4)) + 3) + decisionDate.substring(4));
                n.put("certificateNumber", "OCOP-51-" + id);
            }
        });
        return message(Events.E + type + ".v1", id, body);
    }

    private Message<byte[]> dossier(
            String type, String id, long version, String districtName, String communeName, int i) {
        String body = Events.dossierBody(
                type,
                id,
                version,
                "round-eq",
                2060,
                NAMES[i % NAMES.length],
                DISTRICTS[i % DISTRICTS.length],
                districtName,
                COMMUNES[(i / 2) % COMMUNES.length],
                communeName,
                "2060-03-16T01:45:00Z");
        return message(Events.D + type + ".v1", id, body);
    }

    private static Message<byte[]> message(String type, String key, String body) {
        return MessageBuilder.withPayload(body.getBytes(StandardCharsets.UTF_8))
                .copyHeaders(TestInfrastructure.ceHeaders(type, key))
                .build();
    }

    private void apply(Message<byte[]> m) {
        String type = String.valueOf(m.getHeaders().get("ce_type"));
        (type.startsWith(Events.D) ? dossierRoutes : evaluationRoutes).accept(m);
    }

    /** The order's tie-breaks are exercised: equal dates, and equal dates with equal names (then the id decides). */
    private static void assertTiesOnDateAndName(List<CatalogueItem> items) {
        int sameDate = 0;
        int sameDateAndName = 0;
        for (int k = 1; k < items.size(); k++) {
            CatalogueItem a = items.get(k - 1);
            CatalogueItem b = items.get(k);
            if (a.decisionDate().equals(b.decisionDate())) {
                sameDate++;
                if (a.productName().equals(b.productName())) {
                    sameDateAndName++;
                }
            }
        }
        assertThat(sameDate).isGreaterThan(10);
        assertThat(sameDateAndName).isPositive();
    }
}
