package vn.ocop.evaluation.session.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.evaluation.session.MemberSheet;
import vn.ocop.evaluation.session.application.ScoringService;
import vn.ocop.platform.security.OcopUser;

/** Members' own score sheets and the closing of the council session. */
@RestController
@RequestMapping("/api/v1/evaluations/{id}")
@Tag(name = "Score sheets", description = "Council members score on their own; the chair or secretary finalises")
public class ScoreSheetController {

    static final String SHEET = """
            {"memberId":"council.mo-duc.member1","answers":[{"criterion":"A1.1","option":"d"},\
            {"criterion":"A1.2","option":"c"}],"total":"72","submittedAt":"2020-03-30T02:30:00Z"}""";

    public record ScoreSheetRequest(@NotEmpty Map<String, @NotBlank String> answers) {}

    private final ScoringService scoring;

    public ScoreSheetController(ScoringService scoring) {
        this.scoring = scoring;
    }

    @PutMapping("/score-sheets/me")
    @PreAuthorize("hasRole('COUNCIL_MEMBER')")
    @Operation(
            summary = "Hand in (or replace) my score sheet",
            description = "One answer per criterion of the "
                    + "evaluation's sheet: {criterionCode: optionCode}. Unknown criterion, unknown option or a missing "
                    + "criterion → 400 naming each. Only members of the assigned council, while it is in session.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"answers":{"A1.1":"d","A1.2":"c","A1.3":"d","…":"…"}}""")))
    @ApiResponse(
            responseCode = "200",
            description = "The sheet with its total",
            content = @Content(examples = @ExampleObject(value = SHEET)))
    @ApiResponse(
            responseCode = "400",
            description = "Answers that do not fit the sheet",
            content = @Content(examples = @ExampleObject(value = """
            {"status":400,"code":"validation","detail":"The request is invalid","errors":[{"field":"answers.A1.1",\
            "reason":"UNKNOWN_OPTION: Criterion A1.1 has no answer z (sheet of council.mo-duc.member1)",\
            "reason_vi":"UNKNOWN_OPTION: Tiêu chí A1.1 không có phương án z (phiếu của council.mo-duc.member1)"}]}""")))
    @ApiResponse(responseCode = "403", description = "Not a member of the assigned council")
    @ApiResponse(responseCode = "404", description = "No such evaluation for your council")
    @ApiResponse(responseCode = "409", description = "Not in session")
    public MemberSheet submit(
            OcopUser user,
            @Parameter(example = "dos-2020-533-0012:DISTRICT") @PathVariable String id,
            @Valid @RequestBody ScoreSheetRequest body) {
        return scoring.submit(user, id, body.answers());
    }

    @GetMapping("/score-sheets")
    @Operation(
            summary = "Score sheets",
            description = "Before the council closes: only the caller's own sheet. After: " + "every member's sheet.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = "[" + SHEET + "]")))
    @ApiResponse(responseCode = "404", description = "No such evaluation in your scope")
    public List<MemberSheet> sheets(
            OcopUser user, @Parameter(example = "dos-2020-533-0012:DISTRICT") @PathVariable String id) {
        return scoring.sheets(user, id);
    }

    @PostMapping("/finalise")
    @PreAuthorize("hasRole('COUNCIL_MEMBER')")
    @Operation(
            summary = "Finalise the council result",
            description = "Chair or secretary of the assigned council. "
                    + "Refused (409) without quorum (names who is absent, and whether the chair is) or when members' totals "
                    + "spread more than the council allows (names who re-scores). The result is the mean truncated to two "
                    + "decimals with its stars after mandatory caps; emits district-graded or province-graded.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = EvaluationView.EXAMPLE)))
    @ApiResponse(responseCode = "403", description = "Not the chair or the secretary")
    @ApiResponse(
            responseCode = "409",
            description = "No quorum, chair absent, spread too wide, or not in session",
            content = @Content(examples = @ExampleObject(value = """
                    {"status":409,"code":"council-result-refused","detail":"Members' totals differ by 10.01 points \
                    (at most 10); after discussion these members re-score: council.mo-duc.chair, council.mo-duc.member2",\
                    "rescore":["council.mo-duc.chair","council.mo-duc.member2"],"refusals":[{"kind":"SPREAD_TOO_WIDE",\
                    "members":["council.mo-duc.chair","council.mo-duc.member2"]}]}""")))
    public EvaluationView finalise(
            OcopUser user, @Parameter(example = "dos-2020-533-0012:DISTRICT") @PathVariable String id) {
        return EvaluationView.of(scoring.finalise(user, id));
    }
}
