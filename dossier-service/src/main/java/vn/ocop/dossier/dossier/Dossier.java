package vn.ocop.dossier.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ocop.dossier.common.DossierRefusal.DeadlinePassed;
import vn.ocop.dossier.common.DossierRefusal.IllegalTransition;
import vn.ocop.dossier.common.DossierRefusal.MissingDocuments;
import vn.ocop.dossier.common.DossierRefusal.NotQualified;
import vn.ocop.platform.text.Folding;

/**
 * A product dossier (hồ sơ sản phẩm OCOP) and its way from draft to recognition. Every change goes
 * through a method that checks the status, records who did it, when and why, and raises the
 * version by one, so that events and ETags follow the aggregate's version.
 */
public class Dossier {

    private String id;
    private long version;
    private Origin origin;
    private String productName;
    private String productGroup;
    private String sector;
    private String description;
    private DossierStatus status;
    private List<AttachmentRef> attachments = new ArrayList<>();
    private List<Transition> history = new ArrayList<>();
    private List<AuditEntry> audit = new ArrayList<>();
    private DistrictResult districtResult;
    private ProvinceResult provinceResult;
    private Recognition recognition;
    private DeadlineException deadlineException;
    private boolean forwardedLate;
    private String searchText;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;

    // the document mapper instantiates through this, then fills the fields
    private Dossier() {}

    public static Dossier draft(
            String id,
            Origin origin,
            String productName,
            String productGroup,
            String sector,
            String description,
            String actor,
            Instant now) {
        Dossier d = new Dossier();
        d.id = id;
        d.origin = origin;
        d.productName = productName;
        d.productGroup = productGroup;
        d.sector = sector;
        d.description = description;
        d.status = DossierStatus.DRAFT;
        d.createdAt = now;
        d.createdBy = actor;
        d.changed("CREATE", actor, now, productName);
        return d;
    }

    public void edit(
            String productName, String productGroup, String sector, String description, String actor, Instant now) {
        require(DossierAction.EDIT);
        this.productName = productName;
        this.productGroup = productGroup;
        this.sector = sector;
        this.description = description;
        changed("EDIT", actor, now, productName);
    }

    public void attach(AttachmentRef attachment, String actor, Instant now) {
        require(DossierAction.EDIT);
        attachments.add(attachment);
        changed("ATTACH", actor, now, attachment.documentType() + " " + attachment.id());
    }

    public AttachmentRef detach(String attachmentId, String actor, Instant now) {
        require(DossierAction.EDIT);
        AttachmentRef removed = attachment(attachmentId)
                .orElseThrow(() -> new IllegalArgumentException("no attachment " + attachmentId));
        attachments.remove(removed);
        changed("DETACH", actor, now, removed.documentType() + " " + removed.id());
        return removed;
    }

    /** Files the dossier with the district, telling whether it is a resubmission after a return. */
    public DossierChange.Submitted submit(Checklist checklist, String actor, Instant now) {
        require(DossierAction.SUBMIT);
        List<String> missing = checklist.missing(
                attachments.stream().map(AttachmentRef::documentType).toList());
        if (!missing.isEmpty()) {
            throw new MissingDocuments(missing);
        }
        boolean resubmission = status == DossierStatus.RETURNED;
        move(DossierAction.SUBMIT, DossierStatus.SUBMITTED, actor, now, List.of());
        return new DossierChange.Submitted(resubmission, actor, now);
    }

    public DossierChange.Returned returnForCompletion(List<String> reasons, String actor, Instant now) {
        if (reasons == null || reasons.isEmpty() || reasons.stream().anyMatch(r -> r == null || r.isBlank())) {
            throw new IllegalArgumentException("a return needs at least one non-blank reason");
        }
        require(DossierAction.RETURN);
        move(DossierAction.RETURN, DossierStatus.RETURNED, actor, now, reasons);
        return new DossierChange.Returned(reasons, actor, now);
    }

    public DossierChange.Accepted accept(String actor, Instant now) {
        require(DossierAction.ACCEPT);
        move(DossierAction.ACCEPT, DossierStatus.ACCEPTED, actor, now, List.of());
        return new DossierChange.Accepted(actor, now);
    }

    public DossierChange.Withdrawn withdraw(String reason, String actor, Instant now) {
        require(DossierAction.WITHDRAW);
        move(DossierAction.WITHDRAW, DossierStatus.WITHDRAWN, actor, now, List.of(reason));
        return new DossierChange.Withdrawn(reason, actor, now);
    }

    /** Records the province's permission to forward after the deadline; the status does not change. */
    public void grantDeadlineException(String reason, String actor, Instant now) {
        if (status.isFinal()) {
            throw new IllegalTransition(status, DossierAction.FORWARD);
        }
        deadlineException = new DeadlineException(reason, actor, now);
        changed("DEADLINE_EXCEPTION", actor, now, reason);
    }

    /**
     * Forwards a qualifying dossier to the province, telling whether it is late (after the deadline,
     * under the province's exception).
     *
     * @param deadlinePassed whether the round's district deadline is over at {@code now}
     */
    public DossierChange.Forwarded forward(
            LocalDate deadline, boolean deadlinePassed, BigDecimal threshold, String actor, Instant now) {
        require(DossierAction.FORWARD);
        boolean reachesThreshold = BigDecimal.valueOf(districtResult.score()).compareTo(threshold) >= 0;
        if (!districtResult.qualifiesForProvince() || !reachesThreshold) {
            throw new NotQualified(districtResult.score(), threshold);
        }
        if (deadlinePassed && deadlineException == null) {
            throw new DeadlinePassed(deadline);
        }
        forwardedLate = deadlinePassed;
        move(DossierAction.FORWARD, DossierStatus.FORWARDED, actor, now, List.of());
        return new DossierChange.Forwarded(deadline, forwardedLate, actor, now);
    }

    /** Applies the district council's grade; false when it is stale or the dossier has moved on. */
    public boolean recordDistrictGrade(DistrictResult result, String actor, Instant now) {
        if (!status.allows(DossierAction.RECORD_DISTRICT_GRADE)
                || (districtResult != null && districtResult.evaluationVersion() >= result.evaluationVersion())) {
            return false;
        }
        districtResult = result;
        if (status == DossierStatus.ACCEPTED) {
            move(DossierAction.RECORD_DISTRICT_GRADE, DossierStatus.DISTRICT_GRADED, actor, now, List.of());
        } else {
            changed("DISTRICT_REGRADED", actor, now, String.valueOf(result.score()));
        }
        return true;
    }

    /** Applies the provincial grade; below 3 stars the dossier is not recognised. */
    public boolean recordProvinceGrade(ProvinceResult result, String actor, Instant now) {
        if (!status.allows(DossierAction.RECORD_PROVINCE_GRADE)
                || (provinceResult != null && provinceResult.evaluationVersion() >= result.evaluationVersion())) {
            return false;
        }
        provinceResult = result;
        DossierStatus to = result.stars() < 3 ? DossierStatus.NOT_RECOGNIZED : DossierStatus.PROVINCE_GRADED;
        if (to != status) {
            move(DossierAction.RECORD_PROVINCE_GRADE, to, actor, now, List.of());
        } else {
            changed("PROVINCE_REGRADED", actor, now, String.valueOf(result.score()));
        }
        return true;
    }

    public boolean recordRecognition(Recognition result, String actor, Instant now) {
        if (!status.allows(DossierAction.RECORD_RECOGNITION)) {
            return false;
        }
        recognition = result;
        move(DossierAction.RECORD_RECOGNITION, DossierStatus.RECOGNIZED, actor, now, List.of(result.decisionNumber()));
        return true;
    }

    /** Refuses unless files and fields may still change (draft, or returned for completion). */
    public void requireEditable() {
        require(DossierAction.EDIT);
    }

    private void require(DossierAction action) {
        if (!status.allows(action)) {
            throw new IllegalTransition(status, action);
        }
    }

    private void move(DossierAction action, DossierStatus to, String actor, Instant now, List<String> reasons) {
        history.add(new Transition(status, to, action, actor, now, reasons));
        DossierStatus from = status;
        status = to;
        changed(action.name(), actor, now, from + " -> " + to + (reasons.isEmpty() ? "" : ": " + reasons));
    }

    private void changed(String action, String actor, Instant now, String detail) {
        version++;
        updatedAt = now;
        searchText = Folding.searchText(productName, origin.producerName(), id);
        audit.add(new AuditEntry(action, actor, now, version, detail));
    }

    public Optional<AttachmentRef> attachment(String attachmentId) {
        return attachments.stream().filter(a -> a.id().equals(attachmentId)).findFirst();
    }

    public long attachedBytes() {
        return attachments.stream().mapToLong(AttachmentRef::size).sum();
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Origin origin() {
        return origin;
    }

    public String productName() {
        return productName;
    }

    public String productGroup() {
        return productGroup;
    }

    public String sector() {
        return sector;
    }

    public String description() {
        return description;
    }

    public DossierStatus status() {
        return status;
    }

    public List<AttachmentRef> attachments() {
        return List.copyOf(attachments);
    }

    public List<Transition> history() {
        return List.copyOf(history);
    }

    public List<AuditEntry> audit() {
        return List.copyOf(audit);
    }

    public DistrictResult districtResult() {
        return districtResult;
    }

    public ProvinceResult provinceResult() {
        return provinceResult;
    }

    public Recognition recognition() {
        return recognition;
    }

    public DeadlineException deadlineException() {
        return deadlineException;
    }

    public boolean forwardedLate() {
        return forwardedLate;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
