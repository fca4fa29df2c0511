package vn.ocop.notification.channel.sms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.notification.channel.DeliveryResult;
import vn.ocop.notification.channel.Masking;
import vn.ocop.notification.channel.SmsGateway;
import vn.ocop.notification.channel.SmsRequest;

/**
 * Stand-in provider for the embedded default: keeps the last messages in memory instead of sending them, and, like
 * eSMS, accepts a repeated request id without recording a second message.
 */
public final class DevSmsSink implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(DevSmsSink.class);
    static final int DEFAULT_CAPACITY = 1_000;

    private final int capacity;
    private final Map<String, SmsRequest> byRequestId = new LinkedHashMap<>();

    public DevSmsSink() {
        this(DEFAULT_CAPACITY);
    }

    public DevSmsSink(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized DeliveryResult send(SmsRequest request) {
        if (!byRequestId.containsKey(request.clientRequestId())) {
            if (byRequestId.size() == capacity) {
                byRequestId.remove(byRequestId.keySet().iterator().next());
            }
            byRequestId.put(request.clientRequestId(), request);
            log.info(
                    "Dev SMS kept delivery={} phone={} text={}",
                    request.clientRequestId(),
                    Masking.phone(request.phone()),
                    request.text());
        }
        return DeliveryResult.accepted("dev-" + request.clientRequestId());
    }

    /** Messages kept, oldest first. */
    public synchronized List<SmsRequest> messages() {
        return List.copyOf(new ArrayList<>(byRequestId.values()));
    }

    public synchronized void clear() {
        byRequestId.clear();
    }
}
