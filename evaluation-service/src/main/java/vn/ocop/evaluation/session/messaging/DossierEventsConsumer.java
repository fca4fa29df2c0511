package vn.ocop.evaluation.session.messaging;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.ocop.evaluation.session.EarlierResult;
import vn.ocop.evaluation.session.application.EvaluationIntake;
import vn.ocop.platform.messaging.EventRouter;
import vn.ocop.platform.messaging.EventRouters;

/**
 * Reads {@code ocop.dossier.events} (binding {@code dossierEvents-in-0}, group evaluation-service):
 * an accepted dossier opens the first-level evaluation, a forwarded one the provincial evaluation, a
 * withdrawn one cancels what is still open. Rounds, producers, submissions and returns need nothing here.
 */
@Configuration(proxyBeanMethods = false)
public class DossierEventsConsumer {

    public static final String BINDING = "dossierEvents-in-0";
    public static final String ACCEPTED = "vn.ocop.dossier.accepted.v1";
    public static final String FORWARDED = "vn.ocop.dossier.forwarded.v1";
    public static final String WITHDRAWN = "vn.ocop.dossier.withdrawn.v1";

    @Bean
    Consumer<Message<byte[]>> dossierEvents(EventRouters routers, EvaluationIntake intake) {
        EventRouter router = routers.forBinding(BINDING)
                .on(
                        ACCEPTED,
                        DossierEventBodies.DossierAccepted.class,
                        (event, body) ->
                                intake.accepted(body.dossierId(), body.product(), body.actor(), body.occurredAt()))
                .on(
                        FORWARDED,
                        DossierEventBodies.DossierForwarded.class,
                        (event, body) -> intake.forwarded(
                                body.dossierId(),
                                body.product(),
                                new EarlierResult(
                                        body.districtScore() == null
                                                ? null
                                                : body.districtScore().toPlainString(),
                                        body.districtStars()),
                                body.actor(),
                                body.occurredAt()))
                .on(
                        WITHDRAWN,
                        DossierEventBodies.DossierWithdrawn.class,
                        (event, body) ->
                                intake.withdrawn(body.dossierId(), body.reason(), body.actor(), body.occurredAt()))
                .ignore(
                        "vn.ocop.dossier.submitted.v1", "vn.ocop.dossier.returned.v1",
                        "vn.ocop.dossier.round-scheduled.v1", "vn.ocop.dossier.producer-registered.v1");
        return router::accept;
    }
}
