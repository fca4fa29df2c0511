package vn.ocop.reporting.dashboard.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.reporting.dashboard.application.DashboardService;

/** The ops dashboard's data: a snapshot and a stream of snapshots (docs/dashboard-api.md). */
@RestController
@PreAuthorize("hasAnyRole('PROVINCE_OFFICER', 'OPERATOR', 'DISTRICT_OFFICER')")
public class DashboardController {

    private final DashboardService dashboard;
    private final DashboardStream stream;

    public DashboardController(DashboardService dashboard, DashboardStream stream) {
        this.dashboard = dashboard;
        this.stream = stream;
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Everything the ops dashboard shows, in one snapshot")
    @GetMapping("/api/v1/dashboard")
    public DashboardService.Dashboard snapshot(@RequestParam(required = false) String roundId, OcopUser user) {
        return dashboard.snapshot(roundId, scope(user));
    }

    /** The token comes as ?access_token= on this path only (EventSource cannot send headers). */
    @io.swagger.v3.oas.annotations.Operation(
            summary = "Live dashboard snapshots as server-sent events (token in ?access_token=)")
    @GetMapping(path = "/api/v1/dashboard/stream", produces = "text/event-stream")
    public SseEmitter stream(OcopUser user) {
        return stream.open(scope(user));
    }

    /** Province officers and operators see the whole province; a district officer only their district. */
    private static String scope(OcopUser user) {
        return user.provinceWide() ? null : user.districtCode();
    }
}
