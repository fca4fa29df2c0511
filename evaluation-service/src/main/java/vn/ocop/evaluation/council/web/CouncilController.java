package vn.ocop.evaluation.council.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.evaluation.council.CouncilRecord;
import vn.ocop.evaluation.council.application.CouncilService;
import vn.ocop.evaluation.council.application.NewCouncil;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.grading.CouncilRole;
import vn.ocop.platform.security.OcopUser;

/** Evaluation councils (hội đồng đánh giá, phân hạng) and their members. */
@RestController
@RequestMapping("/api/v1/councils")
@Tag(name = "Councils", description = "District and provincial evaluation councils")
public class CouncilController {

    static final String COUNCIL = """
            {"id":"HD-533","version":1,"name":"Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Mộ Đức","level":"DISTRICT",\
            "unit":"533","members":[{"userId":"council.mo-duc.chair","name":"Chủ tịch HĐ huyện Mộ Đức","role":"CHAIR"},\
            {"userId":"council.mo-duc.member1","name":"Thành viên 1","role":"MEMBER"},\
            {"userId":"council.mo-duc.member2","name":"Thành viên 2","role":"SECRETARY"}],"quorumShare":"0.75",\
            "chairMustAttend":true,"maxSpread":"10","createdBy":"district.mo-duc","createdAt":"2020-03-20T02:00:00Z"}""";

    public record MemberRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[^@\\s]+")
            String userId,

            @NotBlank @Size(max = 200) String name,
            @NotNull CouncilRole role) {}

    public record CreateCouncil(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+")
            String id,

            @Size(max = 300) String name,
            @NotNull GradingLevel level,
            @NotBlank String unit,
            @NotEmpty @Size(max = 50) List<@NotNull @Valid MemberRequest> members,

            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1")
            BigDecimal quorumShare,

            Boolean chairMustAttend,
            @DecimalMin("0") @DecimalMax("100") BigDecimal maxSpread) {}

    private final CouncilService councils;

    public CouncilController(CouncilService councils) {
        this.councils = councils;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('PROVINCE_OFFICER', 'DISTRICT_OFFICER')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Set up a council",
            description = "Province officer: any council. District officer: only a "
                    + "DISTRICT council of its own district. Exactly one CHAIR; quorum share (default 0.75), whether the "
                    + "chair must attend (default true) and the widest allowed spread of members' totals (default 10).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"id":"HD-533","name":"Hội đồng huyện Mộ Đức","level":"DISTRICT","unit":"533","members":[\
            {"userId":"council.mo-duc.chair","name":"Chủ tịch HĐ huyện Mộ Đức","role":"CHAIR"},\
            {"userId":"council.mo-duc.member1","name":"Thành viên 1","role":"MEMBER"},\
            {"userId":"council.mo-duc.member2","name":"Thành viên 2","role":"SECRETARY"}],\
            "quorumShare":0.75,"chairMustAttend":true,"maxSpread":10}""")))
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = COUNCIL)))
    @ApiResponse(responseCode = "400", description = "Not exactly one chair, a member twice, a bad unit code")
    @ApiResponse(responseCode = "403", description = "Not allowed for this level or unit")
    @ApiResponse(responseCode = "409", description = "A council with this id exists")
    public CouncilRecord create(OcopUser user, @Valid @RequestBody CreateCouncil body) {
        return councils.create(
                user,
                new NewCouncil(
                        body.id(),
                        body.name(),
                        body.level(),
                        body.unit(),
                        body.members().stream()
                                .map(m -> new NewCouncil.Member(m.userId(), m.name(), m.role()))
                                .toList(),
                        body.quorumShare(),
                        body.chairMustAttend(),
                        body.maxSpread()));
    }

    @GetMapping
    @Operation(
            summary = "List councils in scope",
            description = "Province: all; district officer: its district's; " + "council member: its own council.")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = "[" + COUNCIL + "]")))
    public List<CouncilRecord> list(
            OcopUser user, @Parameter(example = "DISTRICT") @RequestParam(required = false) GradingLevel level) {
        return councils.list(user, level);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One council")
    @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = COUNCIL)))
    @ApiResponse(responseCode = "404", description = "No such council in your scope")
    public CouncilRecord get(OcopUser user, @Parameter(example = "HD-533") @PathVariable String id) {
        return councils.get(user, id);
    }
}
