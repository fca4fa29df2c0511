package vn.ocop.notification.delivery.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;
import vn.ocop.notification.channel.DeliveryChannel;
import vn.ocop.notification.common.NotificationRefusal;
import vn.ocop.notification.delivery.Delivery;
import vn.ocop.notification.delivery.DeliveryState;
import vn.ocop.notification.delivery.persistence.DeliveryStore;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.Role;

/** Reading the delivery log (scoped: a district officer sees their district's) and re-driving failed deliveries. */
@Service
public class DeliveryService {

    private final DeliveryStore store;
    private final Clock clock;

    public DeliveryService(DeliveryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<Delivery> search(
            OcopUser user,
            DeliveryChannel channel,
            DeliveryState status,
            String eventType,
            String contactId,
            Integer limit) {
        List<Criteria> all = new ArrayList<>();
        all.add(scope(user));
        if (channel != null) {
            all.add(Criteria.where("channel").is(channel));
        }
        if (status != null) {
            all.add(Criteria.where("status").is(status));
        }
        if (eventType != null && !eventType.isBlank()) {
            all.add(Criteria.where("sourceEventType").is(eventType));
        }
        if (contactId != null && !contactId.isBlank()) {
            all.add(Criteria.where("contactId").is(contactId));
        }
        int size = limit == null ? 100 : Math.max(1, Math.min(limit, 1000));
        return store.search(new Criteria().andOperator(all), size);
    }

    public Delivery get(OcopUser user, String id) {
        return store.find(id, scope(user)).orElseThrow(() -> new NotificationRefusal.NotFound("delivery", id));
    }

    public Delivery redrive(OcopUser user, String id) {
        Delivery delivery = get(user, id);
        if (delivery.status() != DeliveryState.FAILED) {
            throw new NotificationRefusal.Conflict(
                            "delivery-not-failed",
                            "Only a FAILED delivery can be re-driven",
                            "Chỉ gửi lại được thông báo ở trạng thái FAILED")
                    .with("status", delivery.status());
        }
        long version = delivery.version();
        delivery.redrive(clock.instant());
        store.update(delivery, version, List.of());
        return delivery;
    }

    private static Criteria scope(OcopUser user) {
        if (user.provinceWide()) {
            return new Criteria();
        }
        if (user.has(Role.DISTRICT_OFFICER) && user.districtCode() != null) {
            return Criteria.where("districtCode").is(user.districtCode());
        }
        return Criteria.where("_id").is(null);
    }
}
