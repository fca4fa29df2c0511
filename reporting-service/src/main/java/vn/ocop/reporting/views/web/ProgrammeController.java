package vn.ocop.reporting.views.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.Role;
import vn.ocop.platform.web.ApiProblem;
import vn.ocop.reporting.reference.ReportingUnit;
import vn.ocop.reporting.views.DistrictCompliance;
import vn.ocop.reporting.views.Funnel;
import vn.ocop.reporting.views.Round;
import vn.ocop.reporting.views.StarCount;
import vn.ocop.reporting.views.Target;
import vn.ocop.reporting.views.TargetProgress;
import vn.ocop.reporting.views.application.ViewQueries;

/** Funnel, stars, deadline compliance and targets: the programme as the events tell it. */
@RestController
@PreAuthorize("hasAnyRole('PROVINCE_OFFICER', 'OPERATOR', 'DISTRICT_OFFICER', 'UNIT_REPORTER')")
public class ProgrammeController {

    private final ViewQueries queries;

    public ProgrammeController(ViewQueries queries) {
        this.queries = queries;
    }

    public record Stars(Integer year, List<StarCount> byDistrict, List<StarCount> byProductGroup) {}

    public record TargetRequest(
            @NotNull @Min(0) Integer minProducts,
            @NotNull @Min(0) Integer maxProducts,
            @NotNull @Min(0) Integer minFiveStar) {}

    @io.swagger.v3.oas.annotations.Operation(summary = "List the evaluation rounds learnt from round-scheduled events")
    @GetMapping("/api/v1/rounds")
    public List<Round> rounds() {
        return queries.rounds();
    }

    /** Without roundId: the latest round. A district officer sees their district only. */
    @io.swagger.v3.oas.annotations.Operation(
            summary = "Dossier funnel by status, district, commune and product group (scoped to the caller's district)")
    @GetMapping("/api/v1/funnel")
    public Funnel funnel(@RequestParam(required = false) String roundId, OcopUser user) {
        String round = roundId != null
                ? roundId
                : queries.currentRound()
                        .map(Round::roundId)
                        .orElseThrow(() -> ApiProblem.notFound("round", "(none scheduled yet)"));
        return queries.funnel(round, funnelDistrict(user));
    }

    /**
     * The district a caller's funnel is cut to, or null for the whole province: province-wide readers
     * and the reporters of provincial departments see the province; a district officer, and the
     * reporter of a district's People's Committee, their own district.
     */
    static String funnelDistrict(OcopUser user) {
        if (user.provinceWide()) {
            return null;
        }
        if (user.has(Role.DISTRICT_OFFICER)) {
            return user.districtCode();
        }
        String unit = user.unitCode();
        if (unit != null && unit.startsWith(ReportingUnit.DISTRICT_PREFIX)) {
            return unit.substring(ReportingUnit.DISTRICT_PREFIX.length());
        }
        return null;
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "Stars by district and product group: a year's recognitions, or the certificates valid today")
    @GetMapping("/api/v1/stars")
    public Stars stars(@RequestParam(required = false) Integer year) {
        return new Stars(year, queries.starsByDistrict(year), queries.starsByGroup(year));
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "Per district: dossiers forwarded before the round's district deadline or late")
    @GetMapping("/api/v1/deadline-compliance")
    public List<DistrictCompliance> compliance(@RequestParam(required = false) String roundId) {
        return queries.deadlineCompliance(roundId);
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "Target progress for a year: actual, 5-star, per-district contribution, projection")
    @GetMapping("/api/v1/targets/{year}")
    public TargetProgress target(@PathVariable int year) {
        return queries.progress(year).orElseThrow(() -> ApiProblem.notFound("target", year));
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Set a year's target (province officer)")
    @PutMapping("/api/v1/targets/{year}")
    @PreAuthorize("hasRole('PROVINCE_OFFICER')")
    public TargetProgress setTarget(
            @PathVariable @Min(2019) @Max(2100) int year, @Valid @RequestBody TargetRequest request) {
        if (year < 2019 || year > 2100) {
            throw ApiProblem.invalid("year", "must be between 2019 and 2100", "phải từ 2019 đến 2100");
        }
        if (request.maxProducts() < request.minProducts()) {
            throw ApiProblem.invalid("maxProducts", "must not be below minProducts", "không được nhỏ hơn minProducts");
        }
        queries.setTarget(new Target(year, request.minProducts(), request.maxProducts(), request.minFiveStar()));
        return target(year);
    }
}
