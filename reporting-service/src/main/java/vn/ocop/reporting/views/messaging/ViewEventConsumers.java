package vn.ocop.reporting.views.messaging;

import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.ocop.platform.messaging.EventRouters;
import vn.ocop.reporting.views.application.DossierProjection;

/**
 * The four input bindings (group reporting-service, DLQ {@code <topic>.reporting-service.dlq}). The one-shot
 * rebuild mode ({@code ocop.rebuild=true}) reads the topics itself and starts none of them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ocop.rebuild", havingValue = "false", matchIfMissing = true)
public class ViewEventConsumers {

    @Bean
    Consumer<Message<byte[]>> dossierEvents(EventRouters routers, DossierProjection liveProjection) {
        return ProjectionRoutes.dossier(routers.forBinding("dossierEvents-in-0"), liveProjection)::accept;
    }

    @Bean
    Consumer<Message<byte[]>> evaluationEvents(EventRouters routers, DossierProjection liveProjection) {
        return ProjectionRoutes.evaluation(routers.forBinding("evaluationEvents-in-0"), liveProjection)::accept;
    }

    @Bean
    Consumer<Message<byte[]>> reportingEvents(EventRouters routers, DossierProjection liveProjection) {
        return ProjectionRoutes.refreshOnly(
                routers.forBinding("reportingEvents-in-0"),
                liveProjection,
                "vn.ocop.reporting.period-scheduled.v1",
                "vn.ocop.reporting.period-report-submitted.v1",
                "vn.ocop.reporting.report-overdue.v1",
                "vn.ocop.reporting.task-assigned.v1",
                "vn.ocop.reporting.task-overdue.v1")::accept;
    }

    @Bean
    Consumer<Message<byte[]>> notificationEvents(EventRouters routers) {
        return routers.forBinding("notificationEvents-in-0")
                .ignore("vn.ocop.notification.delivered.v1", "vn.ocop.notification.failed.v1")::accept;
    }
}
