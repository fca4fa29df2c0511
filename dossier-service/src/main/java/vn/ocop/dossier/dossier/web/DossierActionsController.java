package vn.ocop.dossier.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.dossier.common.web.Versions;
import vn.ocop.dossier.dossier.Dossier;
import vn.ocop.dossier.dossier.application.DossierService;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.web.RateLimited;

/** The lifecycle actions, one POST each; an action the status does not allow answers 409. */
@RestController
@RequestMapping("/api/v1/dossiers/{id}")
@Tag(name = "Dossier actions", description = "Submit, return, accept, forward, withdraw, deadline exception")
public class DossierActionsController {

    private final DossierService dossiers;

    public DossierActionsController(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @PostMapping("/submit")
    @PreAuthorize(DossierController.FILERS)
    @RateLimited("submission")
    @Operation(
            summary = "Submit to the district",
            description = "From DRAFT or RETURNED. Emits vn.ocop.dossier.submitted.v1 (resubmission=true after a "
                    + "return). Refused with the list of missing mandatory document types.")
    @ApiResponse(
            responseCode = "200",
            description = "SUBMITTED",
            content = @Content(examples = @ExampleObject(value = DossierExamples.DOSSIER)))
    @ApiResponse(responseCode = "403", description = "Role may not submit")
    @ApiResponse(responseCode = "404", description = "No such dossier in your scope")
    @ApiResponse(
            responseCode = "409",
            description = "Wrong status",
            content = @Content(examples = @ExampleObject(value = DossierExamples.ILLEGAL_TRANSITION)))
    @ApiResponse(
            responseCode = "422",
            description = "Mandatory documents missing",
            content = @Content(examples = @ExampleObject(value = DossierExamples.MISSING)))
    @ApiResponse(responseCode = "429", description = "Too many submissions")
    public ResponseEntity<DossierView> submit(
            OcopUser user, @Parameter(example = "DOS-2020-1-3F2A9C1B") @PathVariable String id) {
        return view(dossiers.submit(user, id));
    }

    @PostMapping("/return")
    @PreAuthorize("hasRole('DISTRICT_OFFICER')")
    @Operation(
            summary = "Return for completion",
            description = "District officer of the dossier's district; from "
                    + "SUBMITTED. Emits vn.ocop.dossier.returned.v1 with the reasons.")
    @ApiResponse(
            responseCode = "200",
            description = "RETURNED",
            content = @Content(examples = @ExampleObject(value = DossierExamples.DOSSIER)))
    @ApiResponse(responseCode = "400", description = "No reasons given")
    @ApiResponse(responseCode = "403", description = "Not a district officer")
    @ApiResponse(responseCode = "404", description = "No such dossier in your district")
    @ApiResponse(
            responseCode = "409",
            description = "Wrong status",
            content = @Content(examples = @ExampleObject(value = DossierExamples.ILLEGAL_TRANSITION)))
    public ResponseEntity<DossierView> returnForCompletion(
            OcopUser user,
            @Parameter(example = "DOS-2020-1-3F2A9C1B") @PathVariable String id,
            @Valid
                    @RequestBody
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
            {"reasons":["Thiếu phiếu kết quả kiểm nghiệm","Phương án kinh doanh chưa có chữ ký"]}""")))
                    DossierRequests.ReturnDossier body) {
        return view(dossiers.returnForCompletion(user, id, body.reasons()));
    }

    @PostMapping("/accept")
    @PreAuthorize("hasRole('DISTRICT_OFFICER')")
    @Operation(
            summary = "Accept for grading",
            description = "District officer; from SUBMITTED. Emits "
                    + "vn.ocop.dossier.accepted.v1, which the evaluation service takes up.")
    @ApiResponse(
            responseCode = "200",
            description = "ACCEPTED",
            content = @Content(examples = @ExampleObject(value = DossierExamples.DOSSIER)))
    @ApiResponse(responseCode = "403", description = "Not a district officer")
    @ApiResponse(responseCode = "404", description = "No such dossier in your district")
    @ApiResponse(
            responseCode = "409",
            description = "Wrong status",
            content = @Content(examples = @ExampleObject(value = DossierExamples.ILLEGAL_TRANSITION)))
    public ResponseEntity<DossierView> accept(
            OcopUser user, @Parameter(example = "DOS-2020-1-3F2A9C1B") @PathVariable String id) {
        return view(dossiers.accept(user, id));
    }

    @PostMapping("/forward")
    @PreAuthorize("hasRole('DISTRICT_OFFICER')")
    @Operation(
            summary = "Forward to the province",
            description = "District officer; from DISTRICT_GRADED when "
                    + "the district result qualifies, until the end of the round's district deadline (Asia/Ho_Chi_Minh), "
                    + "later only under a province exception (late=true). Emits vn.ocop.dossier.forwarded.v1.")
    @ApiResponse(
            responseCode = "200",
            description = "FORWARDED",
            content = @Content(examples = @ExampleObject(value = DossierExamples.DOSSIER)))
    @ApiResponse(responseCode = "403", description = "Not a district officer")
    @ApiResponse(responseCode = "404", description = "No such dossier in your district")
    @ApiResponse(
            responseCode = "409",
            description = "Wrong status, not qualified, or deadline passed",
            content = @Content(examples = @ExampleObject(value = DossierExamples.DEADLINE)))
    public ResponseEntity<DossierView> forward(
            OcopUser user, @Parameter(example = "DOS-2020-1-3F2A9C1B") @PathVariable String id) {
        return view(dossiers.forward(user, id));
    }

    @PostMapping("/withdraw")
    @PreAuthorize("hasRole('PRODUCER')")
    @Operation(
            summary = "Withdraw",
            description = "The producer, before the province has graded. Emits " + "vn.ocop.dossier.withdrawn.v1.")
    @ApiResponse(
            responseCode = "200",
            description = "WITHDRAWN",
            content = @Content(examples = @ExampleObject(value = DossierExamples.DOSSIER)))
    @ApiResponse(responseCode = "400", description = "No reason given")
    @ApiResponse(responseCode = "403", description = "Not a producer")
    @ApiResponse(responseCode = "404", description = "Not your dossier")
    @ApiResponse(
            responseCode = "409",
            description = "Wrong status",
            content = @Content(examples = @ExampleObject(value = DossierExamples.ILLEGAL_TRANSITION)))
    public ResponseEntity<DossierView> withdraw(
            OcopUser user,
            @Parameter(example = "DOS-2020-1-3F2A9C1B") @PathVariable String id,
            @Valid
                    @RequestBody
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
            {"reason":"Chủ thể chưa đủ sản lượng năm nay"}""")))
                    DossierRequests.Reason body) {
        return view(dossiers.withdraw(user, id, body.reason()));
    }

    @PostMapping("/deadline-exception")
    @PreAuthorize("hasRole('PROVINCE_OFFICER')")
    @Operation(
            summary = "Allow forwarding after the district deadline",
            description = "Province officer. The " + "status does not change; a later forward is marked late.")
    @ApiResponse(
            responseCode = "200",
            description = "Exception recorded",
            content = @Content(examples = @ExampleObject(value = DossierExamples.DOSSIER)))
    @ApiResponse(responseCode = "400", description = "No reason given")
    @ApiResponse(responseCode = "403", description = "Not a province officer")
    @ApiResponse(responseCode = "404", description = "No such dossier")
    @ApiResponse(
            responseCode = "409",
            description = "The dossier is closed",
            content = @Content(examples = @ExampleObject(value = DossierExamples.ILLEGAL_TRANSITION)))
    public ResponseEntity<DossierView> deadlineException(
            OcopUser user,
            @Parameter(example = "DOS-2020-1-3F2A9C1B") @PathVariable String id,
            @Valid
                    @RequestBody
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
            {"reason":"Hội đồng huyện họp muộn do mưa bão, Sở đồng ý gia hạn"}""")))
                    DossierRequests.Reason body) {
        return view(dossiers.grantDeadlineException(user, id, body.reason()));
    }

    private ResponseEntity<DossierView> view(Dossier d) {
        return ResponseEntity.ok().eTag(Versions.etag(d.version())).body(DossierView.of(d, dossiers.checklistOf(d)));
    }
}
