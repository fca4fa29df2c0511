package vn.ocop.reporting.dashboard.web;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;
import vn.ocop.reporting.dashboard.application.DashboardService;
import vn.ocop.reporting.views.application.ViewChangeListener;

/**
 * Server-Sent Events for the dashboard: one event on connect, then one after each burst of changes (changes within
 * the debounce window are sent once), computed once per scope and sent to every subscriber of that scope.
 */
@Component
public class DashboardStream implements ViewChangeListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DashboardStream.class);
    private static final String PROVINCE = "*";

    private record Subscriber(SseEmitter emitter, String district) {}

    private final DashboardService dashboard;
    private final JsonMapper json;
    private final Duration debounce;
    private final CopyOnWriteArrayList<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dashboard-stream");
        t.setDaemon(true);
        return t;
    });

    public DashboardStream(
            DashboardService dashboard,
            JsonMapper json,
            @Value("${ocop.reporting.dashboard-debounce:PT0.25S}") Duration debounce) {
        this.dashboard = dashboard;
        this.json = json;
        this.debounce = debounce;
    }

    public SseEmitter open(String district) {
        SseEmitter emitter = new SseEmitter(Duration.ofMinutes(30).toMillis());
        Subscriber subscriber = new Subscriber(emitter, district);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        subscribers.add(subscriber);
        executor.execute(() -> send(subscriber, snapshot(district)));
        return emitter;
    }

    @Override
    public void viewsChanged() {
        if (!subscribers.isEmpty() && pending.compareAndSet(false, true)) {
            executor.schedule(this::flush, debounce.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void flush() {
        pending.set(false);
        Map<String, Optional<String>> byScope = new HashMap<>();
        for (Subscriber s : subscribers) {
            Optional<String> body = byScope.computeIfAbsent(
                    s.district() == null ? PROVINCE : s.district(), k -> Optional.ofNullable(snapshot(s.district())));
            body.ifPresent(b -> send(s, b));
        }
    }

    private String snapshot(String district) {
        try {
            return json.writeValueAsString(dashboard.snapshot(null, district));
        } catch (RuntimeException e) {
            log.warn("dashboard snapshot failed, the next change retries: {}", e.toString());
            return null;
        }
    }

    private void send(Subscriber s, String body) {
        if (body == null) {
            return;
        }
        try {
            s.emitter().send(SseEmitter.event().name("dashboard").data(body, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(s);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
        subscribers.forEach(s -> s.emitter().complete());
    }
}
