package vn.ocop.notification.alert.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** The three input bindings ({@code <name>-in-0}); each hands its records to its router. */
@Configuration(proxyBeanMethods = false)
class EventConsumers {

    @Bean
    Consumer<Message<byte[]>> dossierEvents(DossierEventHandler handler) {
        return handler.router::accept;
    }

    @Bean
    Consumer<Message<byte[]>> evaluationEvents(EvaluationEventHandler handler) {
        return handler.router::accept;
    }

    @Bean
    Consumer<Message<byte[]>> reportingEvents(ReportingEventHandler handler) {
        return handler.router::accept;
    }
}
