package vn.ocop.evaluation.council.application;

import java.time.Clock;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.ocop.evaluation.common.EvaluationRefusal;
import vn.ocop.evaluation.council.CouncilRecord;
import vn.ocop.evaluation.council.persistence.CouncilStore;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.grading.CouncilSettings;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.Role;

/** Sets up councils: the province any council, a district officer only its own district's. */
@Service
public class CouncilService {

    public static final String PROVINCE_CODE = "51";

    private final CouncilStore store;
    private final Clock clock;
    private final ProvinceUnits units;

    public CouncilService(CouncilStore store, Clock clock, ProvinceUnits units) {
        this.units = units;
        this.store = store;
        this.clock = clock;
    }

    public CouncilRecord create(OcopUser user, NewCouncil request) {
        checkUnit(request);
        boolean allowed = user.has(Role.PROVINCE_OFFICER)
                || (user.has(Role.DISTRICT_OFFICER)
                        && request.level() == GradingLevel.DISTRICT
                        && request.unit().equals(user.districtCode()));
        if (!allowed) {
            throw new EvaluationRefusal.Forbidden(
                    "Only the province, or a district for its own district, sets up a council",
                    "Chỉ Sở, hoặc huyện đối với hội đồng của huyện mình, được thành lập hội đồng");
        }
        CouncilSettings defaults = CouncilSettings.DEFAULT;
        CouncilRecord council = new CouncilRecord(
                request.id(),
                1,
                request.name(),
                request.level(),
                request.unit(),
                request.members().stream()
                        .map(m -> new CouncilRecord.Member(m.userId(), m.name(), m.role()))
                        .toList(),
                (request.quorumShare() == null ? defaults.quorumShare() : request.quorumShare()).toPlainString(),
                request.chairMustAttend() == null ? defaults.chairMustAttend() : request.chairMustAttend(),
                (request.maxSpread() == null ? defaults.maxSpread() : request.maxSpread()).toPlainString(),
                user.id(),
                clock.instant());
        try {
            council.toCouncil();
        } catch (IllegalArgumentException e) {
            throw new EvaluationRefusal.Invalid(
                    "members",
                    e.getMessage(),
                    "hội đồng phải có đúng một chủ tịch, mỗi thành viên chỉ một lần, số thành viên tối thiểu và "
                            + "độ chênh lệch hợp lệ");
        }
        try {
            store.insert(council);
        } catch (DuplicateKeyException e) {
            throw new EvaluationRefusal.Conflict(
                    "council-exists",
                    "Council " + request.id() + " already exists",
                    "Hội đồng " + request.id() + " đã tồn tại");
        }
        return council;
    }

    public List<CouncilRecord> list(OcopUser user, GradingLevel level) {
        return store.list(user, level);
    }

    public CouncilRecord get(OcopUser user, String id) {
        return store.findInScope(id, user).orElseThrow(() -> new EvaluationRefusal.NotFound("council", id));
    }

    private void checkUnit(NewCouncil request) {
        switch (request.level()) {
            case DISTRICT ->
                requireUnit(
                        units.isDistrict(request.unit()), "a district code of the province", "mã một huyện của tỉnh");
            case COMMUNE ->
                requireUnit(units.isCommune(request.unit()), "a commune code of the province", "mã một xã của tỉnh");
            case PROVINCE -> requireUnit(PROVINCE_CODE.equals(request.unit()), "the province code 51", "mã tỉnh 51");
            case CENTRAL ->
                throw new EvaluationRefusal.Invalid(
                        "level", "must be COMMUNE, DISTRICT or PROVINCE", "phải là COMMUNE, DISTRICT hoặc PROVINCE");
        }
    }

    private static void requireUnit(boolean ok, String en, String vi) {
        if (!ok) {
            throw new EvaluationRefusal.Invalid("unit", "must be " + en, "phải là " + vi);
        }
    }
}
