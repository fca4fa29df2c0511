package vn.ocop.evaluation.session.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.ocop.evaluation.common.EvaluationRefusal;
import vn.ocop.evaluation.council.CouncilRecord;
import vn.ocop.evaluation.council.persistence.CouncilStore;
import vn.ocop.evaluation.criteria.CriteriaSheet;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.session.Assignment;
import vn.ocop.evaluation.session.AuditEntry;
import vn.ocop.evaluation.session.Evaluation;
import vn.ocop.evaluation.session.EvaluationFilter;
import vn.ocop.evaluation.session.PreliminaryScore;
import vn.ocop.evaluation.session.persistence.EvaluationStore;
import vn.ocop.evaluation.sheets.application.SheetCatalog;
import vn.ocop.platform.outbox.OptimisticRetry;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.Role;

/** Reading evaluations in scope, putting them before a council session, and the advisory team's preliminary score. */
@Service
public class EvaluationService {

    private static final int MAX_LIST = 500;

    private final EvaluationStore store;
    private final CouncilStore councils;
    private final SheetCatalog catalog;
    private final Clock clock;

    public EvaluationService(EvaluationStore store, CouncilStore councils, SheetCatalog catalog, Clock clock) {
        this.store = store;
        this.councils = councils;
        this.catalog = catalog;
        this.clock = clock;
    }

    public List<Evaluation> search(OcopUser user, EvaluationFilter filter) {
        return store.search(filter, user, MAX_LIST);
    }

    public Evaluation get(OcopUser user, String id) {
        return store.findInScope(id, user).orElseThrow(() -> new EvaluationRefusal.NotFound("evaluation", id));
    }

    public List<AuditEntry> audit(OcopUser user, String id) {
        return get(user, id).audit();
    }

    /**
     * The officer of the evaluation's level puts it before a council of that level and unit; the sheet is
     * the newest one for the product's legal basis and sub-group.
     */
    public Evaluation assign(OcopUser user, String id, String councilId, LocalDate sessionDate) {
        Evaluation found = get(user, id);
        requireOfficerOf(user, found);
        CouncilRecord council =
                councils.find(councilId).orElseThrow(() -> new EvaluationRefusal.NotFound("council", councilId));
        if (council.level() != found.level() || !council.unit().equals(unitOf(found))) {
            throw new EvaluationRefusal.Conflict(
                    "wrong-council",
                    "Council " + councilId + " (" + council.level() + " " + council.unit() + ") does not grade "
                            + found.level() + " evaluations of unit " + unitOf(found),
                    "Hội đồng " + councilId + " không chấm phiên đánh giá cấp " + found.level() + " của đơn vị "
                            + unitOf(found));
        }
        CriteriaSheet sheet = catalog.current()
                .sheetFor(found.product().legalBasis(), found.product().productGroup())
                .orElseThrow(() -> new EvaluationRefusal.Conflict(
                        "no-criteria-sheet",
                        "No score sheet grades " + found.product().productGroup() + " under "
                                + found.product().legalBasis() + "; import one first",
                        "Chưa có phiếu chấm cho nhóm " + found.product().productGroup() + " theo "
                                + found.product().legalBasis() + "; cần nhập phiếu trước"));
        Assignment assignment = new Assignment(councilId, sessionDate, sheet.id(), sheet.version());
        return OptimisticRetry.retry(() -> {
            Evaluation now = get(user, id);
            Evaluation next = now.assign(assignment, user.id(), clock.instant());
            store.update(next, now.version(), List.of());
            return next;
        });
    }

    public Evaluation preliminary(OcopUser user, String id, BigDecimal score, String note) {
        Evaluation found = get(user, id);
        requireOfficerOf(user, found);
        return OptimisticRetry.retry(() -> {
            Evaluation now = get(user, id);
            Evaluation next =
                    now.withPreliminary(new PreliminaryScore(score.toPlainString(), note, user.id(), clock.instant()));
            store.update(next, now.version(), List.of());
            return next;
        });
    }

    private static String unitOf(Evaluation e) {
        return switch (e.level()) {
            case COMMUNE -> e.product().communeCode();
            case DISTRICT -> e.product().districtCode();
            default -> "51";
        };
    }

    /** The province organises every session; a district (or commune) officer those of its own level. */
    private static void requireOfficerOf(OcopUser user, Evaluation e) {
        boolean allowed = user.has(Role.PROVINCE_OFFICER)
                || (e.level() == GradingLevel.DISTRICT && user.has(Role.DISTRICT_OFFICER))
                || (e.level() == GradingLevel.COMMUNE && user.hasAny(Role.COMMUNE_OFFICER, Role.DISTRICT_OFFICER));
        if (!allowed) {
            throw new EvaluationRefusal.Forbidden(
                    "Only the officer of the " + e.level() + " level organises this session",
                    "Chỉ cán bộ cấp " + e.level() + " được tổ chức phiên đánh giá này");
        }
    }
}
