package vn.ocop.notification.channel.email;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ocop.notification.channel.DeliveryResult;
import vn.ocop.notification.channel.EmailMessage;
import vn.ocop.notification.channel.EmailSender;
import vn.ocop.notification.channel.Masking;

/** Keeps mail in memory for the embedded default, which has no SMTP server; one message per delivery id. */
public final class DevEmailSink implements EmailSender {

    private static final Logger log = LoggerFactory.getLogger(DevEmailSink.class);
    private static final int CAPACITY = 1_000;

    private final Map<String, EmailMessage> byRequestId = new LinkedHashMap<>();

    @Override
    public synchronized DeliveryResult send(EmailMessage message) {
        if (!byRequestId.containsKey(message.clientRequestId())) {
            if (byRequestId.size() == CAPACITY) {
                byRequestId.remove(byRequestId.keySet().iterator().next());
            }
            byRequestId.put(message.clientRequestId(), message);
            log.info(
                    "Dev email kept delivery={} to={} subject={}",
                    message.clientRequestId(),
                    Masking.email(message.to()),
                    message.subject());
        }
        return DeliveryResult.accepted("dev-" + message.clientRequestId());
    }

    public synchronized List<EmailMessage> messages() {
        return List.copyOf(byRequestId.values());
    }

    public synchronized void clear() {
        byRequestId.clear();
    }
}
