package vn.ocop.dossier.dossier.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.ocop.dossier.common.web.LocalTimes;
import vn.ocop.dossier.dossier.AttachmentRef;
import vn.ocop.dossier.dossier.AuditEntry;
import vn.ocop.dossier.dossier.Checklist;
import vn.ocop.dossier.dossier.DeadlineException;
import vn.ocop.dossier.dossier.DistrictResult;
import vn.ocop.dossier.dossier.Dossier;
import vn.ocop.dossier.dossier.Origin;
import vn.ocop.dossier.dossier.ProvinceResult;
import vn.ocop.dossier.dossier.Recognition;
import vn.ocop.dossier.dossier.Transition;

/** A dossier as shown to the people in its scope, with the checklist and the evaluation results. */
public record DossierView(
        String id,
        long version,
        String status,
        List<String> allowedActions,
        String roundId,
        int roundYear,
        String legalBasis,
        String producerId,
        String producerName,
        String provinceCode,
        String districtCode,
        String districtName,
        String communeCode,
        String communeName,
        String productName,
        String productGroup,
        String sector,
        String description,
        ChecklistStatus checklist,
        List<AttachmentView> attachments,
        DistrictResultView districtResult,
        ProvinceResultView provinceResult,
        RecognitionView recognition,
        DeadlineExceptionView deadlineException,
        boolean forwardedLate,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt) {

    static DossierView of(Dossier d, Checklist checklist) {
        Origin o = d.origin();
        List<String> attached =
                d.attachments().stream().map(AttachmentRef::documentType).toList();
        return new DossierView(
                d.id(),
                d.version(),
                d.status().name(),
                d.status().actionsForPeople().stream().map(Enum::name).toList(),
                o.roundId(),
                o.roundYear(),
                o.legalBasis(),
                o.producerId(),
                o.producerName(),
                o.provinceCode(),
                o.districtCode(),
                o.districtName(),
                o.communeCode(),
                o.communeName(),
                d.productName(),
                d.productGroup(),
                d.sector(),
                d.description(),
                new ChecklistStatus(checklist.required(), checklist.missing(attached)),
                d.attachments().stream().map(AttachmentView::of).toList(),
                DistrictResultView.of(d.districtResult()),
                ProvinceResultView.of(d.provinceResult()),
                RecognitionView.of(d.recognition()),
                DeadlineExceptionView.of(d.deadlineException()),
                d.forwardedLate(),
                LocalTimes.local(d.createdAt()),
                d.createdBy(),
                LocalTimes.local(d.updatedAt()));
    }

    /** Mandatory document types and those still missing. */
    public record ChecklistStatus(List<String> required, List<String> missing) {}

    /** A stored file of the dossier. */
    public record AttachmentView(
            String id,
            String documentType,
            String fileName,
            String contentType,
            long size,
            String sha256,
            String uploadedBy,
            OffsetDateTime uploadedAt) {
        static AttachmentView of(AttachmentRef a) {
            return new AttachmentView(
                    a.id(),
                    a.documentType(),
                    a.fileName(),
                    a.contentType(),
                    a.size(),
                    a.sha256(),
                    a.uploadedBy(),
                    LocalTimes.local(a.uploadedAt()));
        }
    }

    /** The district council's grade. */
    public record DistrictResultView(
            double score, int stars, boolean qualifiesForProvince, String councilId, OffsetDateTime gradedAt) {
        static DistrictResultView of(DistrictResult r) {
            return r == null
                    ? null
                    : new DistrictResultView(
                            r.score(),
                            r.stars(),
                            r.qualifiesForProvince(),
                            r.councilId(),
                            LocalTimes.local(r.gradedAt()));
        }
    }

    /** The provincial council's grade. */
    public record ProvinceResultView(double score, int stars, String councilId, OffsetDateTime gradedAt) {
        static ProvinceResultView of(ProvinceResult r) {
            return r == null
                    ? null
                    : new ProvinceResultView(r.score(), r.stars(), r.councilId(), LocalTimes.local(r.gradedAt()));
        }
    }

    /** The recognition decision and the certificate's validity. */
    public record RecognitionView(
            String decisionNumber,
            LocalDate decisionDate,
            String signer,
            double score,
            int stars,
            String certificateNumber,
            LocalDate validFrom,
            LocalDate validUntil) {
        static RecognitionView of(Recognition r) {
            return r == null
                    ? null
                    : new RecognitionView(
                            r.decisionNumber(),
                            r.decisionDate(),
                            r.signer(),
                            r.score(),
                            r.stars(),
                            r.certificateNumber(),
                            r.validFrom(),
                            r.validUntil());
        }
    }

    /** The province's permission to forward late. */
    public record DeadlineExceptionView(String reason, String grantedBy, OffsetDateTime grantedAt) {
        static DeadlineExceptionView of(DeadlineException e) {
            return e == null
                    ? null
                    : new DeadlineExceptionView(e.reason(), e.grantedBy(), LocalTimes.local(e.grantedAt()));
        }
    }

    /** One status change. */
    public record TransitionView(
            String from, String to, String action, String actor, OffsetDateTime at, List<String> reasons) {
        static TransitionView of(Transition t) {
            return new TransitionView(
                    t.from().name(),
                    t.to().name(),
                    t.action().name(),
                    t.actor(),
                    LocalTimes.local(t.at()),
                    t.reasons());
        }
    }

    /** One change of any kind. */
    public record AuditView(String action, String actor, OffsetDateTime at, long version, String detail) {
        static AuditView of(AuditEntry e) {
            return new AuditView(e.action(), e.actor(), LocalTimes.local(e.at()), e.version(), e.detail());
        }
    }
}
