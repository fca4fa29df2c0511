package vn.ocop.evaluation.session.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.session.AuditEntry;
import vn.ocop.evaluation.session.EvaluationFilter;
import vn.ocop.evaluation.session.EvaluationStatus;
import vn.ocop.evaluation.session.application.EvaluationService;
import vn.ocop.platform.security.OcopUser;

/** Evaluations (opened by dossier events) in the caller's scope, their council session and their audit trail. */
@RestController
@RequestMapping("/api/v1/evaluations")
@Tag(name = "Evaluations", description = "District/commune and provincial evaluation sessions")
public class EvaluationController {

    public record AssignRequest(
            @NotBlank @Size(max = 40) String councilId,
            @NotNull LocalDate sessionDate) {}

    public record PreliminaryRequest(
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            BigDecimal score,

            @Size(max = 2000) String note) {}

    private final EvaluationService evaluations;

    public EvaluationController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping
    @Operation(
            summary = "List evaluations in scope",
            description =
                    "Council member: those assigned to its council; "
                            + "district officer: its district's; province officer/operator: all; producer: its own, once graded.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(examples = @ExampleObject(value = "[" + EvaluationView.EXAMPLE + "]")))
    public List<EvaluationView> list(
            OcopUser user,
            @Parameter(example = "IN_SESSION") @RequestParam(required = false) EvaluationStatus status,
            @Parameter(example = "DISTRICT") @RequestParam(required = false) GradingLevel level,
            @Parameter(example = "533") @RequestParam(required = false) String district,
            @Parameter(example = "HD-533") @RequestParam(required = false) String council) {
        return evaluations.search(user, new EvaluationFilter(status, level, district, council)).stream()
                .map(EvaluationView::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One evaluation", description = "Out of scope answers 404.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = EvaluationView.EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such evaluation in your scope")
    public EvaluationView get(
            OcopUser user, @Parameter(example = "dos-2020-533-0012:DISTRICT") @PathVariable String id) {
        return EvaluationView.of(evaluations.get(user, id));
    }

    @PostMapping("/{id}/assign")
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER', 'DISTRICT_OFFICER', 'COMMUNE_OFFICER')")
    @Operation(
            summary = "Put before a council session",
            description = "The officer of the evaluation's level names a "
                    + "council of that level and unit and the session date; the score sheet is chosen by the product's legal "
                    + "basis and sub-group. May be repeated (another date) until a member has scored.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"councilId":"HD-533","sessionDate":"2020-03-30"}""")))
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = EvaluationView.EXAMPLE)))
    @ApiResponse(responseCode = "403", description = "Not the officer of this level")
    @ApiResponse(responseCode = "404", description = "No such evaluation in scope, or no such council")
    @ApiResponse(
            responseCode = "409",
            description = "Council of another level/unit, no sheet for the group, or " + "the evaluation is closed")
    public EvaluationView assign(
            OcopUser user,
            @Parameter(example = "dos-2020-533-0012:DISTRICT") @PathVariable String id,
            @Valid @RequestBody AssignRequest body) {
        return EvaluationView.of(evaluations.assign(user, id, body.councilId(), body.sessionDate()));
    }

    @PostMapping("/{id}/preliminary-score")
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER', 'DISTRICT_OFFICER', 'COMMUNE_OFFICER')")
    @Operation(
            summary = "Record the advisory team's preliminary score",
            description = "Optional advice for the " + "council; it never enters the council's mean.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"score":68.5,"note":"Tổ tư vấn: hồ sơ đầy đủ, cần bổ sung câu chuyện sản phẩm"}""")))
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = EvaluationView.EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "The council has closed")
    public EvaluationView preliminary(
            OcopUser user,
            @Parameter(example = "dos-2020-533-0012:DISTRICT") @PathVariable String id,
            @Valid @RequestBody PreliminaryRequest body) {
        return EvaluationView.of(evaluations.preliminary(user, id, body.score(), body.note()));
    }

    @GetMapping("/{id}/audit")
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER', 'OPERATOR')")
    @Operation(summary = "Audit trail", description = "Every change with the acting user and the version it produced.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = """
            [{"action":"OPENED","actor":"usr-dist-533-02","at":"2020-03-23T03:10:00Z","version":1,\
            "detail":"DISTRICT evaluation opened from the dossier event"},{"action":"ASSIGNED",\
            "actor":"district.mo-duc","at":"2020-03-24T02:00:00Z","version":2,"detail":"council HD-533 on 2020-03-30"}]""")))
    @ApiResponse(responseCode = "403", description = "Province officers and operators only")
    public List<AuditEntry> audit(
            OcopUser user, @Parameter(example = "dos-2020-533-0012:DISTRICT") @PathVariable String id) {
        return evaluations.audit(user, id);
    }
}
