package vn.ocop.reporting.views.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.platform.config.ProvinceTime;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.web.ApiProblem;
import vn.ocop.reporting.export.CatalogueEntry;
import vn.ocop.reporting.export.ExportFileName;
import vn.ocop.reporting.export.XlsxExporter;
import vn.ocop.reporting.reference.Districts;
import vn.ocop.reporting.views.CatalogueFilter;
import vn.ocop.reporting.views.CatalogueItem;
import vn.ocop.reporting.views.Page;
import vn.ocop.reporting.views.application.ViewQueries;

/**
 * The recognised-product catalogue: for signed-in users with who recognised it, and publicly without any personal
 * data. Sorted by decision date (newest first), then name, then id, so that pages never overlap or skip.
 */
@RestController
public class CatalogueController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private final ViewQueries queries;
    private final Clock clock;

    public CatalogueController(ViewQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Internal fields are left out (null, not sent) for rows outside the caller's scope. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InternalEntry(
            String dossierId,
            String productName,
            String producerId,
            String producerName,
            String districtCode,
            String districtName,
            String communeCode,
            String communeName,
            String productGroup,
            int stars,
            BigDecimal score,
            String decisionNumber,
            LocalDate decisionDate,
            String certificateNumber,
            LocalDate validUntil,
            String recognizedBy) {}

    /** No user ids, no contacts: what a citizen may see. */
    public record PublicEntry(
            String productName,
            String producerName,
            String districtCode,
            String districtName,
            String communeCode,
            String communeName,
            String productGroup,
            int stars,
            String decisionNumber,
            LocalDate decisionDate,
            String certificateNumber,
            LocalDate validUntil) {}

    public record PageView<T>(List<T> items, int page, int size, long total) {}

    @io.swagger.v3.oas.annotations.Operation(
            summary = "Recognised-product catalogue with filters and accent-insensitive search")
    @GetMapping("/api/v1/catalogue")
    public PageView<InternalEntry> catalogue(
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) Integer stars,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            OcopUser user) {
        Page<CatalogueItem> p = page(district, commune, group, stars, year, q, page, size);
        CatalogueDisclosure disclosure = new CatalogueDisclosure(user);
        return new PageView<>(
                p.items().stream().map(i -> internalEntry(i, disclosure)).toList(), p.page(), p.size(), p.total());
    }

    private static InternalEntry internalEntry(CatalogueItem i, CatalogueDisclosure disclosure) {
        boolean full = disclosure.inScope(i);
        return new InternalEntry(
                full ? i.dossierId() : null,
                i.productName(),
                full ? i.producerId() : null,
                i.producerName(),
                i.districtCode(),
                i.districtName(),
                i.communeCode(),
                i.communeName(),
                i.productGroup(),
                i.stars(),
                full ? i.score() : null,
                i.decisionNumber(),
                i.decisionDate(),
                i.certificateNumber(),
                i.validUntil(),
                disclosure.seesRecognisingOfficer() ? i.recognizedBy() : null);
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "Public recognised-product catalogue (anonymous, no personal data)")
    @GetMapping("/api/v1/public/catalogue")
    public PageView<PublicEntry> publicCatalogue(
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) Integer stars,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Page<CatalogueItem> p = page(district, commune, group, stars, year, q, page, size);
        return new PageView<>(
                p.items().stream()
                        .map(i -> new PublicEntry(
                                i.productName(),
                                i.producerName(),
                                i.districtCode(),
                                i.districtName(),
                                i.communeCode(),
                                i.communeName(),
                                i.productGroup(),
                                i.stars(),
                                i.decisionNumber(),
                                i.decisionDate(),
                                i.certificateNumber(),
                                i.validUntil()))
                        .toList(),
                p.page(),
                p.size(),
                p.total());
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "Download the catalogue as an Excel workbook (Vietnamese sheet titles)")
    @GetMapping("/api/v1/catalogue.xlsx")
    public ResponseEntity<byte[]> catalogueWorkbook(
            @RequestParam(required = false) String district,
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) String group,
            @RequestParam(required = false) Integer stars,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            OcopUser user)
            throws IOException {
        CatalogueDisclosure disclosure = new CatalogueDisclosure(user);
        List<CatalogueEntry> entries =
                queries.wholeCatalogue(new CatalogueFilter(district, commune, group, stars, year, q)).stream()
                        .map(i -> new CatalogueEntry(
                                i.productName(),
                                i.producerName(),
                                i.districtName(),
                                i.communeName(),
                                i.productGroup(),
                                i.stars(),
                                disclosure.inScope(i) ? i.score() : null,
                                i.decisionNumber(),
                                i.decisionDate(),
                                i.certificateNumber(),
                                i.validUntil()))
                        .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().writeCatalogue(Districts.PROVINCE_NAME, entries, clock.instant(), out);
        ExportFileName name = ExportFileName.forCatalogue(ProvinceTime.today(clock), "xlsx");
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, name.contentDisposition())
                .body(out.toByteArray());
    }

    private Page<CatalogueItem> page(
            String district, String commune, String group, Integer stars, Integer year, String q, int page, int size) {
        if (page < 0) {
            throw ApiProblem.invalid("page", "must be 0 or more", "phải từ 0 trở lên");
        }
        if (size < 1 || size > 100) {
            throw ApiProblem.invalid("size", "must be between 1 and 100", "phải từ 1 đến 100");
        }
        if (q != null && q.length() > 200) {
            throw ApiProblem.invalid("q", "must be at most 200 characters", "tối đa 200 ký tự");
        }
        return queries.catalogue(new CatalogueFilter(district, commune, group, stars, year, q), page, size);
    }
}
