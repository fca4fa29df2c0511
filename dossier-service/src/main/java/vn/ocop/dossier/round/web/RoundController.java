package vn.ocop.dossier.round.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.dossier.common.web.LocalTimes;
import vn.ocop.dossier.common.web.Versions;
import vn.ocop.dossier.round.Round;
import vn.ocop.dossier.round.application.RoundService;
import vn.ocop.platform.security.OcopUser;

/** Intake rounds (đợt): scheduled and closed by the province, read by everyone signed in. */
@RestController
@RequestMapping("/api/v1/rounds")
@Tag(name = "Rounds", description = "Intake rounds with their legal basis and deadlines")
public class RoundController {

    private static final String ROUND_EXAMPLE = """
            {"id":"2020-1","version":1,"year":2020,"number":1,"legalBasis":"QD1048_2019",\
            "districtDeadline":"2020-04-10","provinceDeadline":"2020-05-31","open":true,\
            "createdAt":"2020-03-06T08:00:00+07:00","createdBy":"province.officer"}""";

    private final RoundService rounds;

    public RoundController(RoundService rounds) {
        this.rounds = rounds;
    }

    @PostMapping
    @PreAuthorize("hasRole('PROVINCE_OFFICER')")
    @Operation(
            summary = "Schedule a round",
            description = "Emits vn.ocop.dossier.round-scheduled.v1 (key = round "
                    + "id). Without legalBasis, the basis in force on the district deadline applies.")
    @ApiResponse(
            responseCode = "201",
            description = "Scheduled",
            content = @Content(examples = @ExampleObject(value = ROUND_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Invalid dates or unknown legal basis")
    @ApiResponse(responseCode = "403", description = "Not a province officer")
    @ApiResponse(responseCode = "409", description = "The round already exists")
    public ResponseEntity<RoundView> schedule(
            OcopUser user,
            @Valid
                    @RequestBody(required = true)
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(examples = @ExampleObject(value = """
            {"year":2020,"number":1,"legalBasis":"QD1048_2019","districtDeadline":"2020-04-10",\
            "provinceDeadline":"2020-05-31"}""")))
                    ScheduleRound body) {
        Round r = rounds.schedule(
                user, body.year(), body.number(), body.legalBasis(), body.districtDeadline(), body.provinceDeadline());
        return ResponseEntity.created(URI.create("/api/v1/rounds/" + r.id()))
                .eTag(Versions.etag(r.version()))
                .body(RoundView.of(r));
    }

    @GetMapping
    @Operation(summary = "List rounds, newest year first")
    @ApiResponse(
            responseCode = "200",
            description = "Rounds",
            content = @Content(examples = @ExampleObject(value = "[" + ROUND_EXAMPLE + "]")))
    @ApiResponse(responseCode = "401", description = "No valid token")
    public List<RoundView> list(
            @Parameter(description = "Only this year", example = "2020") @RequestParam(required = false) Integer year) {
        return rounds.list(year).stream().map(RoundView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a round")
    @ApiResponse(
            responseCode = "200",
            description = "The round",
            content = @Content(examples = @ExampleObject(value = ROUND_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such round")
    public ResponseEntity<RoundView> get(@Parameter(example = "2020-1") @PathVariable String id) {
        Round r = rounds.get(id);
        return ResponseEntity.ok().eTag(Versions.etag(r.version())).body(RoundView.of(r));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasRole('PROVINCE_OFFICER')")
    @Operation(summary = "Close a round to new dossiers", description = "Emits round-scheduled with open=false.")
    @ApiResponse(
            responseCode = "200",
            description = "Closed",
            content = @Content(examples = @ExampleObject(value = ROUND_EXAMPLE)))
    @ApiResponse(responseCode = "403", description = "Not a province officer")
    @ApiResponse(responseCode = "404", description = "No such round")
    public RoundView close(OcopUser user, @Parameter(example = "2020-1") @PathVariable String id) {
        return RoundView.of(rounds.close(user, id));
    }

    /** The fields a province officer sets when scheduling a round. */
    public record ScheduleRound(
            @NotNull @Min(2019) @Max(2100) Integer year,
            @NotNull @Min(1) @Max(12) Integer number,

            @Pattern(regexp = "QD1048_2019|QD148_2023|QD148_1489_2025")
            String legalBasis,

            @NotNull LocalDate districtDeadline,
            @NotNull LocalDate provinceDeadline) {}

    /** A round as shown to clients. */
    public record RoundView(
            String id,
            long version,
            int year,
            int number,
            String legalBasis,
            LocalDate districtDeadline,
            LocalDate provinceDeadline,
            boolean open,
            OffsetDateTime createdAt,
            String createdBy) {
        static RoundView of(Round r) {
            return new RoundView(
                    r.id(),
                    r.version(),
                    r.year(),
                    r.number(),
                    r.legalBasis(),
                    r.districtDeadline(),
                    r.provinceDeadline(),
                    r.open(),
                    LocalTimes.local(r.createdAt()),
                    r.createdBy());
        }
    }
}
