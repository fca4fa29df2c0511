package vn.ocop.reporting.views.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.GroupOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.ocop.reporting.reference.Districts;
import vn.ocop.reporting.views.CatalogueFilter;
import vn.ocop.reporting.views.CatalogueItem;
import vn.ocop.reporting.views.CatalogueRow;
import vn.ocop.reporting.views.DossierStage;
import vn.ocop.reporting.views.Funnel;
import vn.ocop.reporting.views.FunnelRow;
import vn.ocop.reporting.views.Page;
import vn.ocop.reporting.views.Round;
import vn.ocop.reporting.views.StarCount;
import vn.ocop.reporting.views.ViewCollections;

/** Reads the event-built views; counts are computed by MongoDB with $group. */
@Component
public class DossierViewQueries {

    /** One forwarding of a dossier, with the deadline the event itself reported. */
    public record Forwarding(String roundId, String districtCode, Instant at, LocalDate eventDeadline) {}

    /** The recognition fields {@link #item} and the catalogue's filters and order read. */
    private static final List<String> CATALOGUE_FIELDS = List.of(
            "productName",
            "producerId",
            "producerName",
            "districtCode",
            "communeCode",
            "productGroup",
            "stars",
            "score",
            "decisionNumber",
            "decisionDate",
            "certificateNumber",
            "validUntil",
            "actor",
            "year",
            "sortName",
            "search");

    private final MongoOperations mongo;

    public DossierViewQueries(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public List<Round> rounds(ViewCollections views) {
        List<Round> rounds = new ArrayList<>();
        for (Document d : mongo.find(new Query(), Document.class, views.rounds())) {
            rounds.add(new Round(
                    d.getString("_id"),
                    d.getInteger("year", 0),
                    d.getInteger("number", 0),
                    date(d.getString("districtDeadline")),
                    date(d.getString("provinceDeadline"))));
        }
        rounds.sort(Comparator.comparingInt(Round::year)
                .thenComparingInt(Round::number)
                .thenComparing(Round::roundId)
                .reversed());
        return rounds;
    }

    /** The funnel of a round; {@code district} limits it to one district (a district officer's view). */
    public Funnel funnel(ViewCollections views, String roundId, String district) {
        Criteria scope = Criteria.where("roundId").is(roundId);
        if (district != null) {
            scope = scope.and("districtCode").is(district);
        }
        List<FunnelRow> byDistrict = funnelRows(views, scope, "districtCode", "districtName");
        byDistrict.sort(Comparator.comparingInt((FunnelRow r) -> Districts.order(r.key()))
                .thenComparing(FunnelRow::key, Comparator.nullsLast(Comparator.naturalOrder())));
        List<FunnelRow> byCommune = funnelRows(views, scope, "communeCode", "communeName");
        List<FunnelRow> byGroup = funnelRows(views, scope, "productGroup", "productGroup");
        Map<DossierStage, Integer> byStatus = new EnumMap<>(DossierStage.class);
        int total = 0;
        for (FunnelRow row : byDistrict) {
            total += row.total();
            for (DossierStage stage : DossierStage.values()) {
                byStatus.merge(stage, row.count(stage), Integer::sum);
            }
        }
        Map<String, Integer> current = new LinkedHashMap<>();
        for (Document d : aggregate(
                views.dossiers(),
                Aggregation.match(scope),
                Aggregation.group("status").count().as("n"),
                Aggregation.sort(Sort.by("_id")))) {
            current.put(String.valueOf(d.get("_id")), number(d, "n"));
        }
        return new Funnel(roundId, total, byStatus, current, byDistrict, byCommune, byGroup);
    }

    /**
     * The funnel by district over several rounds at once (a year's), in one aggregation: the same sums as adding up
     * each round's {@code funnel(..).byDistrict()}, for one scan of the views instead of four per round.
     */
    public List<FunnelRow> funnelByDistrict(ViewCollections views, java.util.Collection<String> roundIds) {
        if (roundIds.isEmpty()) {
            return List.of();
        }
        return funnelRows(views, Criteria.where("roundId").in(roundIds), "districtCode", "districtName");
    }

    private List<FunnelRow> funnelRows(ViewCollections views, Criteria scope, String key, String label) {
        GroupOperation group =
                Aggregation.group(key).count().as("total").first(label).as("label");
        for (DossierStage stage : DossierStage.values()) {
            group = group.sum("stages." + stage.name()).as(stage.name());
        }
        List<FunnelRow> rows = new ArrayList<>();
        for (Document d :
                aggregate(views.dossiers(), Aggregation.match(scope), group, Aggregation.sort(Sort.by("_id")))) {
            Map<DossierStage, Integer> reached = new EnumMap<>(DossierStage.class);
            for (DossierStage stage : DossierStage.values()) {
                reached.put(stage, number(d, stage.name()));
            }
            String k = d.get("_id") == null ? null : String.valueOf(d.get("_id"));
            Object l = d.get("label");
            String name = "districtCode".equals(key) ? Districts.nameOf(k) : l == null ? k : String.valueOf(l);
            rows.add(new FunnelRow(k, name, number(d, "total"), reached));
        }
        return rows;
    }

    /** Valid recognised products by star rating per {@code recognition.<field>}; {@code year} of the decision, optional. */
    public List<StarCount> stars(ViewCollections views, String field, Integer year, boolean includeExpired) {
        Criteria c = recognised(includeExpired);
        if (year != null) {
            c = c.and("recognition.year").is(year);
        }
        List<StarCount> counts = new ArrayList<>();
        for (Document d : aggregate(
                views.dossiers(),
                Aggregation.match(c),
                Aggregation.group("recognition." + field)
                        .sum("recognition.star3")
                        .as("s3")
                        .sum("recognition.star4")
                        .as("s4")
                        .sum("recognition.star5")
                        .as("s5"),
                Aggregation.sort(Sort.by("_id")))) {
            String key = d.get("_id") == null ? null : String.valueOf(d.get("_id"));
            String label = "districtCode".equals(field) ? Districts.nameOf(key) : key;
            counts.add(new StarCount(key, label, number(d, "s3"), number(d, "s4"), number(d, "s5")));
        }
        return counts;
    }

    /**
     * The catalogue straight from the store: a count and a sorted find over the whole dossier view. Readers use the
     * in-memory CatalogueIndex, loaded by {@link #recognisedProducts}; this is the reference it must equal.
     */
    public Page<CatalogueItem> catalogue(ViewCollections views, CatalogueFilter filter, int page, int size) {
        Query query = Query.query(catalogueCriteria(filter));
        long total = mongo.count(query, views.dossiers());
        query.with(Sort.by(
                        Sort.Order.desc("recognition.decisionDate"),
                        Sort.Order.asc("recognition.sortName"),
                        Sort.Order.asc("_id")))
                .skip((long) page * size)
                .limit(size);
        List<CatalogueItem> items = mongo.find(query, Document.class, views.dossiers()).stream()
                .map(DossierViewQueries::item)
                .toList();
        return new Page<>(items, page, size, total);
    }

    /**
     * Every product the catalogue shows (the catalogue's conditions without filters), with the stored values the
     * catalogue filters and sorts on; only the fields needed are read. In no particular order.
     */
    public List<CatalogueRow> recognisedProducts(ViewCollections views) {
        Query query = Query.query(recognised(false));
        query.fields().include("districtName", "communeName");
        for (String field : CATALOGUE_FIELDS) {
            query.fields().include("recognition." + field);
        }
        List<CatalogueRow> rows = new ArrayList<>();
        for (Document d : mongo.find(query, Document.class, views.dossiers())) {
            Document r = d.get("recognition", Document.class);
            rows.add(new CatalogueRow(
                    item(d),
                    r.getString("decisionDate"),
                    r.getString("sortName"),
                    r.get("stars", Number.class),
                    r.get("year", Number.class),
                    r.getString("search")));
        }
        return rows;
    }

    public List<Forwarding> forwardings(ViewCollections views, String roundId) {
        Criteria c = Criteria.where("forwarding.at").exists(true);
        if (roundId != null) {
            c = c.and("roundId").is(roundId);
        }
        List<Forwarding> out = new ArrayList<>();
        // only the four fields it needs, in store order (the caller counts, the order does not matter): at national
        // size this reads every forwarded dossier, and whole documents sorted by _id cost seconds more
        Query query = Query.query(c);
        query.fields().include("roundId", "districtCode", "forwarding.at", "forwarding.districtDeadline");
        for (Document d : mongo.find(query, Document.class, views.dossiers())) {
            Document f = d.get("forwarding", Document.class);
            out.add(new Forwarding(
                    d.getString("roundId"),
                    d.getString("districtCode"),
                    f.getDate("at").toInstant(),
                    date(f.getString("districtDeadline"))));
        }
        return out;
    }

    /** Rounds with at least one recognition decided in the year. */
    public List<String> roundsWithRecognitions(ViewCollections views, int year) {
        return mongo.findDistinct(
                Query.query(Criteria.where("recognition.year").is(year)), "roundId", views.dossiers(), String.class);
    }

    private Criteria catalogueCriteria(CatalogueFilter f) {
        Criteria c = recognised(false);
        if (f.district() != null) {
            c = c.and("recognition.districtCode").is(f.district());
        }
        if (f.commune() != null) {
            c = c.and("recognition.communeCode").is(f.commune());
        }
        if (f.group() != null) {
            c = c.and("recognition.productGroup").is(f.group());
        }
        if (f.stars() != null) {
            c = c.and("recognition.stars").is(f.stars());
        }
        if (f.year() != null) {
            c = c.and("recognition.year").is(f.year());
        }
        List<String> words = f.words();
        if (!words.isEmpty()) {
            c = c.andOperator(words.stream()
                    .map(w -> Criteria.where("recognition.search").regex(Pattern.compile(" " + Pattern.quote(w))))
                    .toArray(Criteria[]::new));
        }
        return c;
    }

    private static Criteria recognised(boolean includeExpired) {
        // only product-recognized events (stars 3–5, checked at the edge) write the recognition section
        Criteria c = Criteria.where("recognition.version").exists(true);
        return includeExpired ? c : c.and("expiry.state").ne("EXPIRED");
    }

    private static CatalogueItem item(Document d) {
        Document r = d.get("recognition", Document.class);
        String district = r.getString("districtCode");
        Object score = r.get("score");
        return new CatalogueItem(
                d.getString("_id"),
                r.getString("productName"),
                r.getString("producerId"),
                r.getString("producerName"),
                district,
                d.getString("districtName") != null ? d.getString("districtName") : Districts.nameOf(district),
                r.getString("communeCode"),
                d.getString("communeName"),
                r.getString("productGroup"),
                r.getInteger("stars", 0),
                score == null ? null : new BigDecimal(score.toString()),
                r.getString("decisionNumber"),
                date(r.getString("decisionDate")),
                r.getString("certificateNumber"),
                date(r.getString("validUntil")),
                r.getString("actor"));
    }

    private List<Document> aggregate(String collection, AggregationOperation... ops) {
        return mongo.aggregate(Aggregation.newAggregation(ops), collection, Document.class)
                .getMappedResults();
    }

    private static int number(Document d, String field) {
        Object v = d.get(field);
        return v instanceof Number n ? n.intValue() : 0;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
