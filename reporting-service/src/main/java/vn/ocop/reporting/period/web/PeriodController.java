package vn.ocop.reporting.period.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ocop.platform.files.SafeFileName;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.Role;
import vn.ocop.platform.web.ApiProblem;
import vn.ocop.reporting.export.ConsolidatedReport;
import vn.ocop.reporting.export.ExportFileName;
import vn.ocop.reporting.export.PdfExporter;
import vn.ocop.reporting.export.XlsxExporter;
import vn.ocop.reporting.period.Period;
import vn.ocop.reporting.period.ReportFigures;
import vn.ocop.reporting.period.UnitReport;
import vn.ocop.reporting.period.application.ConsolidatedReports;
import vn.ocop.reporting.period.application.PeriodService;
import vn.ocop.reporting.reference.ReportingUnits;

/** Semi-annual reporting periods, the units' reports and DARD's consolidated report. */
@RestController
public class PeriodController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final PeriodService periods;
    private final ConsolidatedReports consolidated;
    private final ReportingUnits units;
    private final Clock clock;

    public PeriodController(
            PeriodService periods, ConsolidatedReports consolidated, ReportingUnits units, Clock clock) {
        this.periods = periods;
        this.consolidated = consolidated;
        this.units = units;
        this.clock = clock;
    }

    public record NewPeriod(
            @NotNull @Min(2019) @Max(2100) Integer year,
            @NotNull @Min(1) @Max(2) Integer half) {}

    public record Figures(
            @NotNull @Min(0) Integer dossiersGuided,
            @NotNull @Min(0) Integer productsRecognized,
            @NotNull @Min(0) Integer trainingCourses,
            @NotNull @Min(0) Integer tradePromotionEvents,
            @NotNull @Min(0) Long budgetMillionVnd) {}

    public record ReportRequest(
            @NotNull @Valid Figures figures,
            @NotBlank @Size(max = 20000) String narrative) {}

    public record UnitStatus(
            String unitCode,
            String unitName,
            String status,
            Instant submittedAt,
            Boolean late,
            ReportFigures figures,
            String narrative,
            String attachmentName) {}

    public record PeriodView(
            String periodId, int year, int half, LocalDate dueDate, long version, List<UnitStatus> units) {}

    @io.swagger.v3.oas.annotations.Operation(
            summary = "Schedule a semi-annual reporting period H1/H2 (province officer) — emits period-scheduled")
    @PostMapping("/api/v1/periods")
    @PreAuthorize("hasRole('PROVINCE_OFFICER')")
    public ResponseEntity<PeriodView> schedule(@Valid @RequestBody NewPeriod request) {
        Period period = periods.schedule(request.year(), request.half());
        return ResponseEntity.created(URI.create("/api/v1/periods/" + period.id()))
                .body(view(period, null));
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "List reporting periods with each unit's status (other units' contents hidden)")
    @GetMapping("/api/v1/periods")
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER', 'OPERATOR', 'UNIT_REPORTER', 'DISTRICT_OFFICER')")
    public List<PeriodView> all(OcopUser user) {
        return periods.all().stream().map(p -> view(p, user)).toList();
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Read one reporting period with each unit's status")
    @GetMapping("/api/v1/periods/{id}")
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER', 'OPERATOR', 'UNIT_REPORTER', 'DISTRICT_OFFICER')")
    public PeriodView one(@PathVariable String id, OcopUser user) {
        return view(periods.get(id), user);
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "File the caller's unit report (figures and narrative) — emits period-report-submitted")
    @PostMapping(path = "/api/v1/periods/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('UNIT_REPORTER')")
    public ResponseEntity<PeriodView> submit(
            @PathVariable String id, @Valid @RequestBody ReportRequest report, OcopUser user) {
        return submitted(periods.submit(id, user, figures(report), report.narrative(), null), user);
    }

    /** The same with a PDF attached: part {@code report} (JSON) and part {@code attachment}. */
    @io.swagger.v3.oas.annotations.Operation(
            summary = "File the caller's unit report with a PDF attachment (checked by its bytes)")
    @PostMapping(path = "/api/v1/periods/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('UNIT_REPORTER')")
    public ResponseEntity<PeriodView> submitWithAttachment(
            @PathVariable String id,
            @Valid @RequestPart("report") ReportRequest report,
            @RequestPart(name = "attachment", required = false) MultipartFile attachment,
            OcopUser user)
            throws IOException {
        PeriodService.Attachment file = attachment == null || attachment.isEmpty()
                ? null
                : new PeriodService.Attachment(safeName(attachment.getOriginalFilename()), attachment.getBytes());
        return submitted(periods.submit(id, user, figures(report), report.narrative(), file), user);
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "Download a unit report's PDF attachment (the unit, DARD or the province), as an attachment")
    @GetMapping("/api/v1/periods/{id}/reports/{unit}/attachment")
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER', 'OPERATOR', 'UNIT_REPORTER')")
    public ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String unit, OcopUser user) {
        if (user.has(Role.UNIT_REPORTER)
                && !user.provinceWide()
                && !unit.equals(user.unitCode())
                && !ReportingUnits.DARD.equals(user.unitCode())) {
            throw ApiProblem.notFound("attachment", id + "/" + unit);
        }
        PeriodService.Download file = periods.attachment(id, unit);
        // never rendered in the reader's origin: saved as a file, of the type its bytes are
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "DARD's consolidated report for the period, prefilled from events and the units' reports")
    @GetMapping({"/api/v1/periods/{id}/consolidated", "/api/v1/periods/{id}/consolidated.json"})
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER', 'OPERATOR', 'UNIT_REPORTER')")
    public ConsolidatedReport consolidatedJson(@PathVariable String id, OcopUser user) {
        return report(id, user);
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Download the consolidated report as Excel")
    @GetMapping("/api/v1/periods/{id}/consolidated.xlsx")
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER', 'OPERATOR', 'UNIT_REPORTER')")
    public ResponseEntity<byte[]> consolidatedXlsx(@PathVariable String id, OcopUser user) throws IOException {
        ConsolidatedReport report = report(id, user);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().writeConsolidated(report, out);
        return download(ExportFileName.forConsolidatedReport(report, "xlsx"), XLSX, out.toByteArray());
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "Download the consolidated report as PDF (embedded Unicode font)")
    @GetMapping("/api/v1/periods/{id}/consolidated.pdf")
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER', 'OPERATOR', 'UNIT_REPORTER')")
    public ResponseEntity<byte[]> consolidatedPdf(@PathVariable String id, OcopUser user) throws IOException {
        ConsolidatedReport report = report(id, user);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter().writeConsolidated(report, out);
        return download(
                ExportFileName.forConsolidatedReport(report, "pdf"), MediaType.APPLICATION_PDF, out.toByteArray());
    }

    /** DARD consolidates: among unit reporters only DARD's may read the consolidated report. */
    private ConsolidatedReport report(String id, OcopUser user) {
        if (!user.provinceWide() && !ReportingUnits.DARD.equals(user.unitCode())) {
            throw ApiProblem.forbidden(
                    "only DARD and the province read the consolidated report",
                    "chỉ Sở NN&PTNT và cán bộ tỉnh được xem báo cáo tổng hợp");
        }
        return consolidated.of(id);
    }

    private static ResponseEntity<byte[]> download(ExportFileName name, MediaType type, byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, name.contentDisposition())
                .body(bytes);
    }

    private ResponseEntity<PeriodView> submitted(Period period, OcopUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(view(period, user));
    }

    private static ReportFigures figures(ReportRequest r) {
        Figures f = r.figures();
        return new ReportFigures(
                f.dossiersGuided(),
                f.productsRecognized(),
                f.trainingCourses(),
                f.tradePromotionEvents(),
                f.budgetMillionVnd());
    }

    private static String safeName(String name) {
        return name == null || name.isBlank() ? "bao-cao.pdf" : SafeFileName.of(name);
    }

    /**
     * Every unit's status is visible to every reader of the period; a unit's figures, narrative and
     * attachment only to that unit, DARD (which consolidates them) and the province (null caller = the
     * province officer who scheduled the period).
     */
    private PeriodView view(Period p, OcopUser user) {
        Instant now = clock.instant();
        List<UnitStatus> rows = p.unitCodes().stream()
                .map(u -> {
                    UnitReport r = p.reports().get(u);
                    boolean content = r != null && mayReadContent(user, u);
                    return new UnitStatus(
                            u,
                            units.nameOf(u),
                            p.status(u, now).name(),
                            r == null ? null : r.submittedAt(),
                            r == null ? null : r.late(),
                            content ? r.figures() : null,
                            content ? r.narrative() : null,
                            content ? r.attachmentName() : null);
                })
                .toList();
        return new PeriodView(p.id(), p.year(), p.half(), p.dueDate(), p.version(), rows);
    }

    private static boolean mayReadContent(OcopUser user, String unitCode) {
        if (user == null || user.provinceWide()) {
            return true;
        }
        if (user.has(Role.UNIT_REPORTER)) {
            return unitCode.equals(user.unitCode()) || ReportingUnits.DARD.equals(user.unitCode());
        }
        return user.has(Role.DISTRICT_OFFICER) && unitCode.equals("DIST-" + user.districtCode());
    }
}
