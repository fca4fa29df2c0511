package vn.ocop.reporting.views.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.ocop.reporting.views.DossierChange;
import vn.ocop.reporting.views.DossierStage;

/**
 * The filters and updates of the view writes, shared by the live writer and the rebuild's bulk writer so that both
 * send exactly the same operations.
 */
final class ViewUpdates {

    private ViewUpdates() {}

    static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    /** The version guard: the document, if its section is older than the change or not written yet. */
    static Query newer(DossierChange change) {
        return Query.query(Criteria.where("_id")
                .is(change.dossierId())
                .orOperator(
                        Criteria.where(change.section().versionPath()).lt(change.version()),
                        Criteria.where(change.section().versionPath()).exists(false)));
    }

    /** Sets the section's version and fields. */
    static Update change(DossierChange change) {
        Update update = new Update().set(change.section().versionPath(), change.version());
        change.fields().forEach((field, value) -> update.set(change.section().path(field), plain(value)));
        return update;
    }

    /** Sets the stage (if any) and, on insert only, the identity; empty when there is neither. */
    static Update reached(DossierStage stage, Map<String, Object> identity) {
        Update update = stageOnly(stage);
        identity.forEach((field, value) -> update.setOnInsert(field, plain(value)));
        return update;
    }

    /** Sets the stage (if any): what {@link #reached} does to a document that exists. */
    static Update stageOnly(DossierStage stage) {
        Update update = new Update();
        if (stage != null) {
            update.set("stages." + stage.name(), 1);
        }
        return update;
    }

    static boolean isEmpty(Update update) {
        return update.getUpdateObject().isEmpty();
    }

    static Object plain(Object value) {
        return value instanceof Instant i ? Date.from(i) : value;
    }
}
