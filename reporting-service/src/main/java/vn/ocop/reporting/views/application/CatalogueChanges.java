package vn.ocop.reporting.views.application;

import java.util.Set;
import vn.ocop.reporting.views.ViewSection;

/**
 * Told by the live projection, after it wrote an event's changes to a dossier's view, which sections it wrote; moves
 * the catalogue's version (see {@link CatalogueIndex.Source#version()}) when what the catalogue shows may have changed,
 * so that every instance reloads its catalogue. A failure propagates: the event is then retried, re-applied (which
 * changes nothing) and announced again.
 */
public interface CatalogueChanges {

    void written(String dossierId, Set<ViewSection> sections);

    /** For a projection whose writes no catalogue reads (the rebuild, which announces its swap instead). */
    CatalogueChanges NONE = (dossierId, sections) -> {};
}
