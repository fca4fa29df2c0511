package vn.ocop.reporting.views.application;

import vn.ocop.reporting.views.DossierChange;
import vn.ocop.reporting.views.DossierStage;
import vn.ocop.reporting.views.ViewCollections;

import java.util.List;
import java.util.Map;

/**
 * Applies what one event says about a dossier (or a round) to the views in {@code collections}. The live consumers
 * and the rebuild use the same code, only with different collections and {@link ViewWrites} (the rebuild's writer
 * sends the same writes in bulk), so a rebuild reproduces the live views.
 */
public class DossierProjection {

    private final ViewWrites writer;
    private final ViewCollections collections;
    private final ViewChangeListener listener;

    public DossierProjection(ViewWrites writer, ViewCollections collections, ViewChangeListener listener) {
        this.writer = writer;
        this.collections = collections;
        this.listener = listener;
    }

    /**
     * @param stage    the stage the event proves the dossier reached, or null
     * @param identity fields that place a dossier first seen through this event (round, district, group)
     */
    public void dossierChanged(String dossierId, DossierStage stage, Map<String, Object> identity,
                               List<DossierChange> changes) {
        writer.reached(collections.dossiers(), dossierId, stage, identity);
        for (DossierChange change : changes) {
            writer.apply(collections.dossiers(), change);
        }
        listener.viewsChanged();
    }

    public void roundScheduled(DossierChange round) {
        writer.apply(collections.rounds(), round);
        listener.viewsChanged();
    }

    /** Something outside the dossier views changed (a period, a task): readers should refresh. */
    public void othersChanged() {
        listener.viewsChanged();
    }
}
