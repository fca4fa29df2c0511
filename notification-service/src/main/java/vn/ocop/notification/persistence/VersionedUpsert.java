package vn.ocop.notification.persistence;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** A keyed upsert guarded by the aggregate version, so that a repeated or older event changes nothing. */
public final class VersionedUpsert {

    private VersionedUpsert() {}

    /**
     * Sets the fields when the stored version is older or absent. A newer stored version makes the upsert try to
     * insert a second document with the same id, which the store refuses: that refusal means "stale, ignore".
     *
     * @return whether the fields were written
     */
    public static boolean ifNewer(
            MongoTemplate mongo, String collection, String id, String versionField, long version, Update update) {
        Query older = Query.query(Criteria.where("_id")
                .is(id)
                .orOperator(
                        Criteria.where(versionField).lt(version),
                        Criteria.where(versionField).exists(false)));
        try {
            mongo.upsert(older, update.set(versionField, version), collection);
            return true;
        } catch (DuplicateKeyException stale) {
            return false;
        }
    }
}
