package vn.ocop.reporting.period.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.ocop.platform.events.OutboxEntry;
import vn.ocop.platform.outbox.AggregateWriter;
import vn.ocop.reporting.period.Period;
import vn.ocop.reporting.period.ReportFigures;
import vn.ocop.reporting.period.UnitReport;

/** Periods with their outbox (collection {@code periods}) and the attached PDFs ({@code report_attachments}). */
@Component
public class PeriodStore {

    public static final String COLLECTION = "periods";
    static final String ATTACHMENTS = "report_attachments";

    private final MongoOperations mongo;
    private final AggregateWriter writer;

    public PeriodStore(MongoOperations mongo, AggregateWriter writer) {
        this.mongo = mongo;
        this.writer = writer;
    }

    public void insert(Period period, List<OutboxEntry> events) {
        writer.insert(COLLECTION, toDocument(period), events);
    }

    public void update(Period period, long expectedVersion, List<OutboxEntry> events) {
        writer.update(COLLECTION, toDocument(period), expectedVersion, events);
    }

    public Optional<Period> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(PeriodStore::fromDocument);
    }

    public List<Period> all() {
        return mongo.find(new Query().with(Sort.by("year", "half")), Document.class, COLLECTION).stream()
                .map(PeriodStore::fromDocument)
                .toList();
    }

    public String saveAttachment(String periodId, String unitCode, String fileName, byte[] bytes) {
        String id = periodId + "/" + unitCode;
        mongo.save(
                new Document("_id", id)
                        .append("fileName", fileName)
                        .append("size", bytes.length)
                        .append("bytes", new Binary(bytes)),
                ATTACHMENTS);
        return id;
    }

    /** A stored attachment: the name it was filed under and its bytes. */
    public record StoredFile(String fileName, byte[] bytes) {}

    public Optional<StoredFile> attachment(String id) {
        Document d = mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, ATTACHMENTS);
        return Optional.ofNullable(d)
                .map(a -> new StoredFile(
                        a.getString("fileName"), a.get("bytes", Binary.class).getData()));
    }

    private static Document toDocument(Period p) {
        Document reports = new Document();
        p.reports()
                .forEach((unit, r) -> reports.put(
                        unit,
                        new Document("submittedAt", Date.from(r.submittedAt()))
                                .append("late", r.late())
                                .append("narrative", r.narrative())
                                .append("attachmentId", r.attachmentId())
                                .append("attachmentName", r.attachmentName())
                                .append("actor", r.actor())
                                .append(
                                        "figures",
                                        new Document(
                                                        "dossiersGuided",
                                                        r.figures().dossiersGuided())
                                                .append(
                                                        "productsRecognized",
                                                        r.figures().productsRecognized())
                                                .append(
                                                        "trainingCourses",
                                                        r.figures().trainingCourses())
                                                .append(
                                                        "tradePromotionEvents",
                                                        r.figures().tradePromotionEvents())
                                                .append(
                                                        "budgetMillionVnd",
                                                        r.figures().budgetMillionVnd()))));
        return new Document("_id", p.id())
                .append("version", p.version())
                .append("year", p.year())
                .append("half", p.half())
                .append("dueDate", p.dueDate().toString())
                .append("unitCodes", p.unitCodes())
                .append("reports", reports)
                .append("overdueNotified", new ArrayList<>(p.overdueNotified()));
    }

    @SuppressWarnings("unchecked")
    private static Period fromDocument(Document d) {
        Map<String, UnitReport> reports = new LinkedHashMap<>();
        Document stored = d.get("reports", Document.class);
        if (stored != null) {
            stored.forEach((unit, value) -> {
                Document r = (Document) value;
                Document f = r.get("figures", Document.class);
                reports.put(
                        unit,
                        new UnitReport(
                                unit,
                                r.getDate("submittedAt").toInstant(),
                                r.getBoolean("late"),
                                new ReportFigures(
                                        f.getInteger("dossiersGuided"),
                                        f.getInteger("productsRecognized"),
                                        f.getInteger("trainingCourses"),
                                        f.getInteger("tradePromotionEvents"),
                                        ((Number) f.get("budgetMillionVnd")).longValue()),
                                r.getString("narrative"),
                                r.getString("attachmentId"),
                                r.getString("attachmentName"),
                                r.getString("actor")));
            });
        }
        return new Period(
                d.getString("_id"),
                ((Number) d.get("version")).longValue(),
                d.getInteger("year"),
                d.getInteger("half"),
                LocalDate.parse(d.getString("dueDate")),
                (List<String>) d.get("unitCodes"),
                reports,
                new HashSet<>((List<String>) d.get("overdueNotified")));
    }
}
