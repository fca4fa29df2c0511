package vn.ocop.evaluation.sheets.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.evaluation.criteria.CriteriaSheet;
import vn.ocop.evaluation.criteria.LocalizedText;
import vn.ocop.evaluation.sheets.application.SheetCatalog;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.web.ApiProblem;

/** The score sheets in use (shipped samples and imported sheets) and the import of a new sheet. */
@RestController
@RequestMapping("/api/v1/criteria-sheets")
@Tag(
        name = "Criteria sheets",
        description = "Score sheets per legal basis and product sub-group (docs/criteria-sheet-format.md)")
public class CriteriaSheetController {

    public record SheetSummary(
            String id,
            int version,
            String legalBasis,
            LocalizedText title,
            boolean sample,
            boolean imported,
            List<String> productGroups,
            long criteria) {}

    private final SheetCatalog catalog;

    public CriteriaSheetController(SheetCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(
            summary = "List criteria sheets",
            description = "Every sheet version in the catalog, optionally only "
                    + "those of a legal basis and/or those grading a product sub-group.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
            [{"id":"QD1048-FOOD-SAMPLE","version":1,"legalBasis":"QD1048_2019","title":{"vi":"Phiếu đánh giá \
            sản phẩm thực phẩm (mẫu)","en":"Food products score sheet (sample)"},"sample":true,"imported":false,\
            "productGroups":["FOOD_FRESH","FOOD_PROCESSED"],"criteria":30}]""")))
    public List<SheetSummary> list(
            @Parameter(example = "QD1048_2019") @RequestParam(required = false) String legalBasis,
            @Parameter(example = "FOOD_PROCESSED") @RequestParam(required = false) String group) {
        return catalog.list(legalBasis, group).stream().map(this::summary).toList();
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One criteria sheet",
            description = "The newest version, or the given one; parts, criteria, " + "answers and points.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
            {"id":"QD1048-FOOD-SAMPLE","version":1,"legalBasis":"QD1048_2019","sample":true,\
            "productGroups":["FOOD_PROCESSED"],"parts":[{"code":"A","maxPoints":35,"criteria":[{"code":"A1.1",\
            "text":{"vi":"Nguồn nguyên liệu","en":"Origin of raw materials"},"options":[{"code":"a","points":1}]}]}]}""")))
    @ApiResponse(responseCode = "404", description = "No such sheet")
    public CriteriaSheet get(
            @Parameter(example = "QD1048-FOOD-SAMPLE") @PathVariable String id,
            @Parameter(example = "1") @RequestParam(required = false) Integer version) {
        return catalog.find(id, version).orElseThrow(() -> ApiProblem.notFound("criteria sheet", id));
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER', 'OPERATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Import a criteria sheet",
            description = "The body is a sheet in the documented format. It is "
                    + "validated on its own and against the catalog (known product groups, no second sheet for a group, no "
                    + "repeated id+version). Any problem → 400 listing every problem with its path; nothing is stored.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"id":"QD148-HERB-RAW","version":1,"legalBasis":"QD148_2023","title":{"vi":"Phiếu dược liệu thô"},\
            "productGroups":["HERB_RAW"],"parts":[{"code":"A","title":{"vi":"Phần A"},"maxPoints":40,"criteria":[\
            {"code":"A1","text":{"vi":"Tổ chức sản xuất"},"options":[{"code":"a","text":{"vi":"Thấp"},"points":10},\
            {"code":"b","text":{"vi":"Cao"},"points":40}]}]}, "…B (25) and C (35)…"]}""")))
    @ApiResponse(responseCode = "201", description = "Imported; the summary of the new sheet")
    @ApiResponse(
            responseCode = "400",
            description = "Every problem with its path",
            content = @Content(examples = @ExampleObject(value = """
            {"type":"about:blank","title":"Bad Request","status":400,"code":"validation",\
            "detail":"The request is invalid","detail_vi":"Yêu cầu không hợp lệ","errors":[\
            {"field":"A","reason":"PART_MAXIMUM_MISMATCH: Part A must be worth 40 points, is 35",\
            "reason_vi":"PART_MAXIMUM_MISMATCH: Phần A phải có tối đa 40 điểm"}]}""")))
    @ApiResponse(responseCode = "403", description = "Only province officers and operators import sheets")
    public SheetSummary importSheet(OcopUser user, @RequestBody String json) {
        return summary(catalog.importSheet(json, user.id()));
    }

    private SheetSummary summary(CriteriaSheet sheet) {
        return new SheetSummary(
                sheet.id(),
                sheet.version(),
                sheet.legalBasis(),
                sheet.title(),
                sheet.sample(),
                catalog.isImported(sheet),
                sheet.productGroups(),
                sheet.criteria().count());
    }
}
