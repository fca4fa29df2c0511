package vn.ocop.reporting.views.application;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.ocop.reporting.views.Target;
import vn.ocop.reporting.views.ViewCollections;
import vn.ocop.reporting.views.persistence.DossierViewWriter;
import vn.ocop.reporting.views.persistence.TargetStore;

@Configuration(proxyBeanMethods = false)
public class ViewsConfiguration {

    @Bean
    DossierProjection liveProjection(DossierViewWriter writer, ObjectProvider<ViewChangeListener> listeners) {
        return new DossierProjection(writer, ViewCollections.LIVE,
                () -> listeners.orderedStream().forEach(ViewChangeListener::viewsChanged));
    }

    /** Letter 878's 2020 target is data; other years are set by the province (PUT /api/v1/targets/{year}). */
    @Bean
    ApplicationRunner seed2020Target(TargetStore targets) {
        return args -> targets.save(Target.YEAR_2020, true);
    }
}
