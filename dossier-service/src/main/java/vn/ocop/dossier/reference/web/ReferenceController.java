package vn.ocop.dossier.reference.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.dossier.common.DossierRefusal;
import vn.ocop.dossier.reference.Classification;
import vn.ocop.dossier.reference.DocumentType;
import vn.ocop.dossier.reference.LegalBasis;
import vn.ocop.dossier.reference.Province;
import vn.ocop.dossier.reference.ReferenceData;

/** Read-only reference data: administrative units, product groups, legal bases, checklists. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reference data", description = "Administrative units, product groups, legal bases and checklists")
public class ReferenceController {

    private final ReferenceData data;

    public ReferenceController(ReferenceData data) {
        this.data = data;
    }

    @GetMapping("/units")
    @Operation(
            summary = "Administrative units of the province",
            description = "Districts (3-digit GSO codes) and communes (5-digit). `communeOptional` marks a district "
                    + "whose producers may have no commune (Lý Sơn).")
    @ApiResponse(
            responseCode = "200",
            description = "The province with its districts and communes",
            content = @Content(examples = @ExampleObject(value = """
                    {"code":"51","name":"Tỉnh Quảng Ngãi","type":"Tỉnh","districts":[{"code":"536","name":"Huyện Lý Sơn",\
                    "type":"Huyện","communeOptional":true,"communes":[{"code":"21541","name":"Xã An Vĩnh","type":"Xã"}]}]}""")))
    @ApiResponse(responseCode = "401", description = "No valid token")
    public Province units() {
        return data.units().province();
    }

    @GetMapping("/product-groups")
    @Operation(
            summary = "Product sectors and sub-groups per legal basis",
            description = "Without `legalBasis` every classification is listed.")
    @ApiResponse(
            responseCode = "200",
            description = "Classifications",
            content = @Content(examples = @ExampleObject(value = """
                    [{"legalBasis":"QD1048_2019","note":{"vi":"…","en":"…"},"sectors":[{"code":"FOOD",\
                    "name":{"vi":"Thực phẩm","en":"Food"},"groups":[{"code":"FOOD_FRESH",\
                    "name":{"vi":"Thực phẩm tươi sống","en":"Fresh food"}}]}]}]""")))
    @ApiResponse(responseCode = "404", description = "Unknown legal basis")
    public List<Classification> productGroups(
            @Parameter(description = "Legal basis code", example = "QD1048_2019") @RequestParam(required = false)
                    String legalBasis) {
        if (legalBasis == null) {
            return data.classifications().classifications();
        }
        return List.of(data.classifications()
                .of(legalBasis)
                .orElseThrow(() -> new DossierRefusal.NotFound("legal basis", legalBasis)));
    }

    @GetMapping("/legal-bases")
    @Operation(summary = "Legal bases with their effective dates and forwarding thresholds")
    @ApiResponse(
            responseCode = "200",
            description = "Legal bases",
            content = @Content(examples = @ExampleObject(value = """
                    [{"code":"QD1048_2019","title":{"vi":"Quyết định 1048/QĐ-TTg ngày 21/8/2019",\
                    "en":"Decision 1048/QD-TTg of 21 August 2019"},"effectiveFrom":"2019-08-21",\
                    "effectiveUntil":"2023-02-23","forwardThreshold":50}]""")))
    @ApiResponse(responseCode = "401", description = "No valid token")
    public List<LegalBasis> legalBases() {
        return data.legalBases().legalBases();
    }

    @GetMapping("/checklists")
    @Operation(summary = "Mandatory documents for a legal basis and product group")
    @ApiResponse(
            responseCode = "200",
            description = "The checklist",
            content = @Content(examples = @ExampleObject(value = """
                    {"legalBasis":"QD1048_2019","productGroup":"FOOD_FRESH","sector":"FOOD","required":[\
                    {"code":"REGISTRATION_FORM","name":{"vi":"Phiếu đăng ký sản phẩm","en":"Product registration form"}}]}""")))
    @ApiResponse(responseCode = "400", description = "Unknown legal basis or product group")
    public ChecklistView checklist(
            @Parameter(description = "Legal basis code", example = "QD1048_2019") @RequestParam String legalBasis,
            @Parameter(description = "Product sub-group code", example = "FOOD_FRESH") @RequestParam
                    String productGroup) {
        String sector = data.classifications().sectorOf(legalBasis, productGroup);
        List<DocumentType> required =
                data.checklists().checklistFor(legalBasis, sector, productGroup).required().stream()
                        .map(code -> data.checklists().documentType(code).orElse(new DocumentType(code, null)))
                        .toList();
        return new ChecklistView(legalBasis, productGroup, sector, required);
    }
}
