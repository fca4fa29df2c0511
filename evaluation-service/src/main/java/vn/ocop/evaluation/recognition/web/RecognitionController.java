package vn.ocop.evaluation.recognition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.evaluation.recognition.RecognitionDecision;
import vn.ocop.evaluation.recognition.application.RecognitionService;
import vn.ocop.platform.security.OcopUser;

/** Recognition decisions of the provincial People's Committee and the certificates they issue. */
@RestController
@RequestMapping("/api/v1/recognition-decisions")
@Tag(name = "Recognition decisions", description = "Certificates for provincially graded products; 5★ proposals")
@PreAuthorize("hasAnyRole('PROVINCE_OFFICER', 'OPERATOR')")
public class RecognitionController {

    static final String DECISION = """
            {"id":"412/QĐ-UBND","decisionDate":"2020-05-29","signer":"Phó Chủ tịch UBND tỉnh Trần Phước Hiền",\
            "items":[{"evaluationId":"dos-2020-536-0007:PROVINCE","outcome":"RECOGNISED",\
            "certificateNumber":"OCOP-QNg-2020-0001","stars":4}],"recordedBy":"province.officer",\
            "recordedAt":"2020-05-29T08:00:00Z"}""";

    public record DecisionBody(
            @NotBlank @Size(max = 100) String decisionNumber,
            @NotNull LocalDate decisionDate,
            @NotBlank @Size(max = 200) String signer,
            @Size(max = 500) List<@NotBlank String> evaluationIds,
            @Size(max = 500) List<@NotBlank String> dossierIds) {

        @AssertTrue(message = "name at least one evaluationId or dossierId")
        public boolean isNamingProducts() {
            return (evaluationIds != null && !evaluationIds.isEmpty()) || (dossierIds != null && !dossierIds.isEmpty());
        }
    }

    private final RecognitionService recognitions;

    public RecognitionController(RecognitionService recognitions) {
        this.recognitions = recognitions;
    }

    @PostMapping
    @PreAuthorize("hasRole('PROVINCE_OFFICER')")
    @Operation(
            summary = "Record a recognition decision",
            description = "For each provincially graded product listed: "
                    + "3★+ that the legal basis lets the province recognise → certificate (OCOP-QNg-<year>-<seq>, valid 36 "
                    + "months) and product-recognized; a 5★ candidate (≥ 90) → five-star-proposed. Idempotent: recording the "
                    + "same decision again completes what a failure left undone and never recognises a product twice.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"decisionNumber":"412/QĐ-UBND","decisionDate":"2020-05-29","signer":"Phó Chủ tịch UBND tỉnh",\
            "dossierIds":["dos-2020-536-0007"]}""")))
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = DECISION)))
    @ApiResponse(responseCode = "400", description = "No product named, missing number, date or signer")
    @ApiResponse(responseCode = "409", description = "The decision number was recorded with another date or signer")
    public RecognitionDecision record(OcopUser user, @Valid @RequestBody DecisionBody body) {
        return recognitions.record(
                user.id(),
                new RecognitionService.DecisionRequest(
                        body.decisionNumber(),
                        body.decisionDate(),
                        body.signer(),
                        body.evaluationIds(),
                        body.dossierIds()));
    }

    @GetMapping
    @Operation(summary = "List recorded decisions, or one by its number (?number=)")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = "[" + DECISION + "]")))
    @ApiResponse(responseCode = "404", description = "No decision with this number")
    public List<RecognitionDecision> list(
            @Parameter(example = "412/QĐ-UBND") @RequestParam(required = false) String number) {
        return number == null ? recognitions.list() : List.of(recognitions.get(number));
    }
}
