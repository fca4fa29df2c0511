package vn.ocop.reporting.views.application;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import vn.ocop.reporting.views.ViewCollections;
import vn.ocop.reporting.views.persistence.CatalogueStore;
import vn.ocop.reporting.views.persistence.DossierViewQueries;
import vn.ocop.reporting.views.persistence.DossierViewWriter;

@Configuration(proxyBeanMethods = false)
public class ViewsConfiguration {

    @Bean
    DossierProjection liveProjection(
            DossierViewWriter writer, CatalogueStore catalogue, ObjectProvider<ViewChangeListener> listeners) {
        return new DossierProjection(
                writer,
                ViewCollections.LIVE,
                catalogue,
                () -> listeners.orderedStream().forEach(ViewChangeListener::viewsChanged));
    }

    /** The live catalogue's products and version counter (the rebuild moves it too, after its swap). */
    @Bean
    CatalogueStore catalogueStore(MongoOperations mongo, DossierViewQueries queries) {
        return new CatalogueStore(mongo, queries, ViewCollections.LIVE);
    }

    @Bean
    CatalogueIndex catalogueIndex(
            CatalogueStore catalogue, @Value("${ocop.reporting.catalogue.max-age:PT10M}") Duration maxAge) {
        return new CatalogueIndex(catalogue, maxAge, System::nanoTime);
    }

    /** Loads the catalogue at start-up and keeps it fresh; the one-shot rebuild serves no reader and needs none. */
    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnProperty(name = "ocop.rebuild", havingValue = "false", matchIfMissing = true)
    CatalogueRefresher catalogueRefresher(
            CatalogueIndex index, @Value("${ocop.reporting.catalogue.refresh-interval:PT0.5S}") Duration interval) {
        return new CatalogueRefresher(index, interval);
    }
}
