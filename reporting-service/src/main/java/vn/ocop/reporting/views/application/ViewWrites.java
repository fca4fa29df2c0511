package vn.ocop.reporting.views.application;

import java.util.Map;
import vn.ocop.reporting.views.DossierChange;
import vn.ocop.reporting.views.DossierStage;

/**
 * The two writes a {@link DossierProjection} makes. The live consumers write each event at once (DossierViewWriter);
 * the rebuild, the only writer of its fresh collections, queues them in order and sends them in bulk
 * (BulkViewWrites). Both must leave the same documents for the same sequence of calls.
 */
public interface ViewWrites {

    /**
     * Records that the dossier reached a stage (a monotone fact) and, for a dossier first seen now, where it belongs.
     *
     * @param stage    the stage reached, or null
     * @param identity fields written only when this call creates the document
     */
    void reached(String collection, String dossierId, DossierStage stage, Map<String, Object> identity);

    /** Applies the change to its section unless the section already holds this or a newer version. */
    void apply(String collection, DossierChange change);
}
