package vn.ocop.dossier.dossier.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.ocop.dossier.dossier.application.OutcomeRecorder;
import vn.ocop.platform.messaging.EventRouter;
import vn.ocop.platform.messaging.EventRouters;

/**
 * Reads the evaluation results (binding {@code evaluationEvents-in-0}, group dossier-service) to
 * show them on the dossier; the other evaluation types are none of this service's business.
 */
@Configuration(proxyBeanMethods = false)
public class EvaluationEventsConsumer {

    public static final String BINDING = "evaluationEvents-in-0";
    public static final String DISTRICT_GRADED = "vn.ocop.evaluation.district-graded.v1";
    public static final String PROVINCE_GRADED = "vn.ocop.evaluation.province-graded.v1";
    public static final String PRODUCT_RECOGNIZED = "vn.ocop.evaluation.product-recognized.v1";

    @Bean
    Consumer<Message<byte[]>> evaluationEvents(EventRouters routers, OutcomeRecorder outcomes) {
        EventRouter router = routers.forBinding(BINDING)
                .on(DISTRICT_GRADED, EvaluationEventBodies.DistrictGraded.class, outcomes::districtGraded)
                .on(PROVINCE_GRADED, EvaluationEventBodies.ProvinceGraded.class, outcomes::provinceGraded)
                .on(PRODUCT_RECOGNIZED, EvaluationEventBodies.ProductRecognized.class, outcomes::productRecognized)
                .ignore(
                        "vn.ocop.evaluation.five-star-proposed.v1",
                        "vn.ocop.evaluation.recognition-expiring.v1",
                        "vn.ocop.evaluation.recognition-expired.v1");
        return router::accept;
    }
}
