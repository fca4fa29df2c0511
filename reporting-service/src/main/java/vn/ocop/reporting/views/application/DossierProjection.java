package vn.ocop.reporting.views.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ocop.reporting.views.DossierChange;
import vn.ocop.reporting.views.DossierStage;
import vn.ocop.reporting.views.ViewCollections;
import vn.ocop.reporting.views.ViewSection;

/**
 * Applies what one event says about a dossier (or a round) to the views in {@code collections}. The live consumers
 * and the rebuild use the same code, only with different collections and {@link ViewWrites} (the rebuild's writer
 * sends the same writes in bulk), so a rebuild reproduces the live views. After an event's writes, the catalogue is
 * told which sections were written ({@link CatalogueChanges}: the live projection moves the catalogue's version), then
 * the listeners.
 */
public class DossierProjection {

    private final ViewWrites writer;
    private final ViewCollections collections;
    private final CatalogueChanges catalogue;
    private final ViewChangeListener listener;

    /** A projection whose writes no catalogue reads (the rebuild's). */
    public DossierProjection(ViewWrites writer, ViewCollections collections, ViewChangeListener listener) {
        this(writer, collections, CatalogueChanges.NONE, listener);
    }

    public DossierProjection(
            ViewWrites writer, ViewCollections collections, CatalogueChanges catalogue, ViewChangeListener listener) {
        this.writer = writer;
        this.collections = collections;
        this.catalogue = catalogue;
        this.listener = listener;
    }

    /**
     * @param stage    the stage the event proves the dossier reached, or null
     * @param identity fields that place a dossier first seen through this event (round, district, group)
     */
    public void dossierChanged(
            String dossierId, DossierStage stage, Map<String, Object> identity, List<DossierChange> changes) {
        writer.reached(collections.dossiers(), dossierId, stage, identity);
        Set<ViewSection> sections = EnumSet.noneOf(ViewSection.class);
        for (DossierChange change : changes) {
            writer.apply(collections.dossiers(), change);
            sections.add(change.section());
        }
        catalogue.written(dossierId, sections);
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
