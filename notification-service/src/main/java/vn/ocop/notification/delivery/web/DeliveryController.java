package vn.ocop.notification.delivery.web;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.delivery.DeliveryState;
import vn.ocop.notification.delivery.application.DeliveryService;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.web.RateLimited;

/** The delivery log, and re-driving what failed. */
@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveryController {

    private final DeliveryService deliveries;

    DeliveryController(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @io.swagger.v3.oas.annotations.Operation(
            summary = "List deliveries (e-mail and SMS) with masked recipients and rendered text")
    @GetMapping
    @PreAuthorize("hasAnyRole('OPERATOR', 'PROVINCE_OFFICER', 'DISTRICT_OFFICER')")
    List<DeliveryView> list(
            OcopUser user,
            @RequestParam(required = false) DeliveryChannel channel,
            @RequestParam(required = false) DeliveryState status,
            @RequestParam(required = false) String eventType,
            @RequestParam(required = false) String contactId,
            @RequestParam(required = false) Integer limit) {
        return deliveries.search(user, channel, status, eventType, contactId, limit).stream()
                .map(DeliveryView::of)
                .toList();
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "Read one delivery")
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('OPERATOR', 'PROVINCE_OFFICER', 'DISTRICT_OFFICER')")
    DeliveryView get(OcopUser user, @PathVariable String id) {
        return DeliveryView.of(deliveries.get(user, id));
    }

    /** Puts a FAILED delivery back in the queue with a fresh retry budget; may send an SMS, hence the rate limit. */
    @io.swagger.v3.oas.annotations.Operation(summary = "Re-drive a FAILED delivery (operator) — rate limited")
    @PostMapping("/{id}/redrive")
    @PreAuthorize("hasRole('OPERATOR')")
    @RateLimited("sms")
    DeliveryView redrive(OcopUser user, @PathVariable String id) {
        return DeliveryView.of(deliveries.redrive(user, id));
    }
}
