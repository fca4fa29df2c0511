package vn.ocop.notification.reminder.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.ocop.notification.persistence.VersionedUpsert;

/**
 * What the reminders need to know, learnt from events: rounds and their district deadline, each dossier's last known
 * status (to count accepted-but-not-forwarded per district), periods with their due date and the units that reported.
 * Each write is a keyed upsert guarded by the aggregate version, so a repeated or older event changes nothing.
 */
@Component
public class DeadlineTrackingStore {

    static final String ROUNDS = "tracked_rounds";
    static final String DOSSIERS = "tracked_dossiers";
    static final String PERIODS = "tracked_periods";

    private final MongoTemplate mongo;

    public DeadlineTrackingStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A round as last scheduled. */
    public record Round(String roundId, int year, int number, LocalDate districtDeadline) {}

    /** A period as last scheduled, with the units that have reported. */
    public record Period(
            String periodId, int year, int half, LocalDate dueDate, List<String> unitCodes, List<String> submitted) {}

    public void round(String roundId, long version, int year, int number, LocalDate districtDeadline) {
        upsertIfNewer(
                ROUNDS,
                roundId,
                "version",
                version,
                new Update()
                        .set("year", year)
                        .set("number", number)
                        .set("districtDeadline", districtDeadline.toString()));
    }

    public void dossier(String dossierId, long version, String roundId, String districtCode, String status) {
        upsertIfNewer(
                DOSSIERS,
                dossierId,
                "version",
                version,
                new Update()
                        .set("roundId", roundId)
                        .set("districtCode", districtCode)
                        .set("status", status));
    }

    public void period(String periodId, long version, int year, int half, LocalDate dueDate, List<String> unitCodes) {
        upsertIfNewer(
                PERIODS,
                periodId,
                "scheduleVersion",
                version,
                new Update()
                        .set("year", year)
                        .set("half", half)
                        .set("dueDate", dueDate.toString())
                        .set("unitCodes", unitCodes));
    }

    /** Submissions only ever add a unit, so they need no version: adding twice is adding once. */
    public void reported(String periodId, String unitCode) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(periodId)), new Update().addToSet("submitted", unitCode), PERIODS);
    }

    public List<Round> rounds() {
        return mongo.findAll(Document.class, ROUNDS).stream()
                .filter(d -> d.getString("districtDeadline") != null)
                .map(d -> new Round(
                        d.getString("_id"),
                        d.getInteger("year", 0),
                        d.getInteger("number", 1),
                        LocalDate.parse(d.getString("districtDeadline"))))
                .toList();
    }

    /** Accepted dossiers not yet forwarded (nor returned or withdrawn), counted per district. */
    public Map<String, Integer> pendingByDistrict(String roundId) {
        Map<String, Integer> counts = new TreeMap<>();
        mongo.find(
                        Query.query(Criteria.where("roundId")
                                .is(roundId)
                                .and("status")
                                .is("ACCEPTED")),
                        Document.class,
                        DOSSIERS)
                .forEach(d -> counts.merge(d.getString("districtCode"), 1, Integer::sum));
        return counts;
    }

    @SuppressWarnings("unchecked")
    public List<Period> periods() {
        return mongo.findAll(Document.class, PERIODS).stream()
                .filter(d -> d.getString("dueDate") != null)
                .map(d -> new Period(
                        d.getString("_id"),
                        d.getInteger("year", 0),
                        d.getInteger("half", 1),
                        LocalDate.parse(d.getString("dueDate")),
                        (List<String>) d.get("unitCodes", List.class),
                        d.get("submitted") == null ? List.of() : (List<String>) d.get("submitted", List.class)))
                .toList();
    }

    private void upsertIfNewer(String collection, String id, String versionField, long version, Update update) {
        VersionedUpsert.ifNewer(mongo, collection, id, versionField, version, update);
    }
}
