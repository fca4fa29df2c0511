package vn.ocop.evaluation.council.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.ocop.evaluation.council.CouncilRecord;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.Role;

/** Councils, read only within the caller's scope so that another district's council answers 404. */
@Repository
public class CouncilStore {

    public static final String COLLECTION = "councils";

    private final MongoTemplate mongo;

    public CouncilStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A second council with the same code fails with DuplicateKeyException. */
    public void insert(CouncilRecord council) {
        mongo.insert(council, COLLECTION);
    }

    public Optional<CouncilRecord> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CouncilRecord.class, COLLECTION));
    }

    public Optional<CouncilRecord> findInScope(String id, OcopUser user) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(new Criteria().andOperator(Criteria.where("_id").is(id), scope(user))),
                CouncilRecord.class,
                COLLECTION));
    }

    public List<CouncilRecord> list(OcopUser user, GradingLevel level) {
        Criteria criteria = level == null
                ? scope(user)
                : new Criteria()
                        .andOperator(scope(user), Criteria.where("level").is(level));
        return mongo.find(Query.query(criteria).with(Sort.by("_id")), CouncilRecord.class, COLLECTION);
    }

    private static Criteria scope(OcopUser user) {
        if (user.provinceWide()) {
            return new Criteria();
        }
        List<Criteria> any = new java.util.ArrayList<>();
        if (user.has(Role.DISTRICT_OFFICER) && user.districtCode() != null) {
            any.add(Criteria.where("level")
                    .is(GradingLevel.DISTRICT)
                    .and("unit")
                    .is(user.districtCode()));
        }
        if (user.has(Role.COUNCIL_MEMBER)) {
            any.add(Criteria.where("members.userId").is(user.id()));
            if (user.councilId() != null) {
                any.add(Criteria.where("_id").is(user.councilId()));
            }
        }
        if (any.isEmpty()) {
            return Criteria.where("_id").in(List.of());
        }
        return new Criteria().orOperator(any);
    }
}
