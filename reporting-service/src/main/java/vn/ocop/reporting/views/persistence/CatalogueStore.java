package vn.ocop.reporting.views.persistence;

import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.ocop.reporting.views.CatalogueRow;
import vn.ocop.reporting.views.ViewCollections;
import vn.ocop.reporting.views.ViewSection;
import vn.ocop.reporting.views.application.CatalogueChanges;
import vn.ocop.reporting.views.application.CatalogueIndex;

/**
 * The catalogue's side of the store: its recognised products (for {@link CatalogueIndex}) and its version, a counter
 * in one document ({@code view_versions}, {@code _id: "catalogue"} for the live views) that every instance reads by
 * {@code _id} to learn that its in-memory catalogue is stale.
 * <p>
 * The counter moves ({@code $inc}) after a write that may change what the catalogue shows: an event's RECOGNITION or
 * EXPIRY section; its STATE section when the dossier is in the catalogue (the catalogue shows the district and commune
 * names the dossier events carry, which may arrive after the recognition: they travel on another topic); and the
 * rebuild's swap of the collections. The other sections (grades, forwarding, five-star, stages) are not shown.
 * Moving it when nothing changed costs one needless reload per instance; missing a move would leave a change unseen
 * until the index's max age, which is the safety net for a writer stopped between its view write and the counter.
 */
public class CatalogueStore implements CatalogueIndex.Source, CatalogueChanges {

    private static final String LIVE_ID = "catalogue";

    private final MongoOperations mongo;
    private final DossierViewQueries queries;
    private final ViewCollections views;
    private final VersionCounter counter;

    /** The catalogue of {@code views}; any other views than the live ones get a counter of their own. */
    public CatalogueStore(MongoOperations mongo, DossierViewQueries queries, ViewCollections views) {
        this.mongo = mongo;
        this.queries = queries;
        this.views = views;
        this.counter = new VersionCounter(
                mongo, ViewCollections.LIVE.equals(views) ? LIVE_ID : LIVE_ID + ":" + views.dossiers());
    }

    @Override
    public long version() {
        return counter.read();
    }

    @Override
    public List<CatalogueRow> recognisedProducts() {
        return queries.recognisedProducts(views);
    }

    @Override
    public void written(String dossierId, Set<ViewSection> sections) {
        if (sections.contains(ViewSection.RECOGNITION)
                || sections.contains(ViewSection.EXPIRY)
                || sections.contains(ViewSection.STATE) && inCatalogue(dossierId)) {
            changed();
        }
    }

    /** Moves the version: every instance reloads its catalogue at its next check. */
    public void changed() {
        counter.bump();
    }

    /** Whether the catalogue shows the dossier: read by {@code _id} alone (an index lookup in any store). */
    private boolean inCatalogue(String dossierId) {
        Query byId = Query.query(Criteria.where("_id").is(dossierId));
        byId.fields().include("recognition.version", "expiry.state");
        Document d = mongo.findOne(byId, Document.class, views.dossiers());
        if (d == null || !(d.get("recognition") instanceof Document r) || !r.containsKey("version")) {
            return false;
        }
        return !(d.get("expiry") instanceof Document e) || !"EXPIRED".equals(e.get("state"));
    }
}
