package vn.ocop.reporting.period.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.ocop.platform.events.EventFactory;
import vn.ocop.platform.events.OutboxEntry;
import vn.ocop.platform.files.FileInspector;
import vn.ocop.platform.files.RefusedFile;
import vn.ocop.platform.files.SafeFileName;
import vn.ocop.platform.outbox.OptimisticRetry;
import vn.ocop.platform.refusal.RefusedUpload;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.Role;
import vn.ocop.reporting.common.ReportingRefusal;
import vn.ocop.reporting.period.Period;
import vn.ocop.reporting.period.ReportFigures;
import vn.ocop.reporting.period.persistence.PeriodStore;
import vn.ocop.reporting.reference.ReportingUnits;
import vn.ocop.reporting.views.application.ViewChangeListener;

/** Opens reporting periods, takes the units' reports and announces the missing ones once. */
@Service
public class PeriodService {

    private final PeriodStore periods;
    private final ReportingUnits units;
    private final EventFactory events;
    private final Clock clock;
    private final long attachmentMaxBytes;
    private final ObjectProvider<ViewChangeListener> listeners;
    private final FileInspector inspector = new FileInspector();

    public PeriodService(
            PeriodStore periods,
            ReportingUnits units,
            EventFactory events,
            Clock clock,
            @Value("${ocop.reporting.attachment-max-bytes:10485760}") long attachmentMaxBytes,
            ObjectProvider<ViewChangeListener> listeners) {
        this.periods = periods;
        this.units = units;
        this.events = events;
        this.clock = clock;
        this.attachmentMaxBytes = attachmentMaxBytes;
        this.listeners = listeners;
    }

    /** A file attached to a report: its name as sent and its bytes. */
    public record Attachment(String fileName, byte[] bytes) {}

    /** A report's attachment to hand out: its safe name, the type its bytes are, and the bytes. */
    public record Download(String fileName, String mediaType, byte[] bytes) {}

    public Period schedule(int year, int half) {
        Period period = Period.schedule(year, half, units.codes());
        Instant now = clock.instant();
        OutboxEntry event = ReportingEvents.event(
                events,
                ReportingEvents.PERIOD_SCHEDULED,
                period.id(),
                new ReportingEvents.PeriodScheduled(
                        period.id(),
                        period.version(),
                        year,
                        half,
                        period.dueDate().toString(),
                        period.unitCodes(),
                        ReportingEvents.instant(now)));
        try {
            periods.insert(period, List.of(event));
        } catch (DuplicateKeyException e) {
            throw new ReportingRefusal.Conflict(
                    "period-exists",
                    "period " + period.id() + " already exists",
                    "kỳ báo cáo " + period.id() + " đã tồn tại");
        }
        changed();
        return period;
    }

    public Period submit(
            String periodId, OcopUser user, ReportFigures figures, String narrative, Attachment attachment) {
        if (!user.has(Role.UNIT_REPORTER) || user.unitCode() == null) {
            throw new ReportingRefusal.Forbidden(
                    "only a unit's reporter files its report", "chỉ báo cáo viên của đơn vị mới được nộp báo cáo");
        }
        String unit = user.unitCode();
        Instant now = clock.instant();
        // refuse before storing any file, so a refused report leaves nothing behind
        get(periodId).submit(unit, figures, narrative, null, null, user.id(), now);
        String attachmentId = null;
        String attachmentName = null;
        if (attachment != null) {
            checkPdf(attachment);
            attachmentName = attachment.fileName();
            attachmentId = periods.saveAttachment(periodId, unit, attachmentName, attachment.bytes());
        }
        String id = attachmentId;
        String name = attachmentName;
        // units report to one period document at the same time: a lost race is retried on fresh state
        Period submitted = OptimisticRetry.retry(() -> {
            Period period = get(periodId);
            Period next = period.submit(unit, figures, narrative, id, name, user.id(), now);
            var report = next.reports().get(unit);
            OutboxEntry event = ReportingEvents.event(
                    events,
                    ReportingEvents.REPORT_SUBMITTED,
                    periodId,
                    new ReportingEvents.PeriodReportSubmitted(
                            periodId,
                            next.version(),
                            unit,
                            units.nameOf(unit),
                            ReportingEvents.instant(report.submittedAt()),
                            report.late(),
                            ReportingEvents.instant(now),
                            user.id()));
            periods.update(next, period.version(), List.of(event));
            return next;
        });
        changed();
        return submitted;
    }

    public Period get(String periodId) {
        return periods.find(periodId).orElseThrow(() -> new ReportingRefusal.NotFound("period", periodId));
    }

    public List<Period> all() {
        return periods.all();
    }

    /** Sniffed again and renamed safely on the way out: files stored before the upload inspection are served too. */
    public Download attachment(String periodId, String unitCode) {
        PeriodStore.StoredFile file = periods.attachment(periodId + "/" + unitCode)
                .orElseThrow(() -> new ReportingRefusal.NotFound("attachment", periodId + "/" + unitCode));
        String type = inspector.detect(file.bytes()).equals(FileInspector.Kind.PDF.mediaType())
                ? FileInspector.Kind.PDF.mediaType()
                : "application/octet-stream";
        return new Download(
                SafeFileName.of(file.fileName() == null ? "bao-cao.pdf" : file.fileName()), type, file.bytes());
    }

    /** Emits report-overdue once per missing unit, in the same write that records it was emitted. */
    public int emitOverdue() {
        Instant now = clock.instant();
        int emitted = 0;
        for (Period period : periods.all()) {
            List<String> missing = period.newlyOverdue(now);
            if (missing.isEmpty()) {
                continue;
            }
            List<OutboxEntry> out = new ArrayList<>();
            long version = period.version();
            for (String unit : missing) {
                out.add(ReportingEvents.event(
                        events,
                        ReportingEvents.REPORT_OVERDUE,
                        period.id(),
                        new ReportingEvents.ReportOverdue(
                                period.id(),
                                ++version,
                                unit,
                                units.nameOf(unit),
                                period.dueDate().toString(),
                                ReportingEvents.instant(now))));
            }
            periods.update(period.markOverdue(missing), period.version(), out);
            emitted += missing.size();
        }
        if (emitted > 0) {
            changed();
        }
        return emitted;
    }

    private void checkPdf(Attachment attachment) {
        byte[] bytes = attachment.bytes();
        if (bytes.length > attachmentMaxBytes) {
            throw new ReportingRefusal.TooLarge(
                    "attachment-too-large",
                    "the attachment exceeds " + attachmentMaxBytes + " bytes",
                    "tệp đính kèm vượt quá " + attachmentMaxBytes + " byte");
        }
        try {
            inspector.inspect(bytes, EnumSet.of(FileInspector.Kind.PDF));
        } catch (RefusedFile refused) {
            if (refused.code().equals(RefusedFile.TYPE_NOT_ALLOWED)) {
                throw new ReportingRefusal.Invalid(
                        "attachment",
                        "must be a PDF file (checked by its content)",
                        "phải là tệp PDF (kiểm tra theo nội dung tệp)");
            }
            throw RefusedUpload.of("attachment", refused);
        }
    }

    private void changed() {
        // looked up lazily: the dashboard stream that listens reads this service too
        listeners.orderedStream().forEach(ViewChangeListener::viewsChanged);
    }
}
