package vn.ocop.reporting.views;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one event changes in one section of a dossier's view: applied only when {@code version} is newer than the
 * section's. Field values are plain (String, Number, Boolean, Instant, null).
 */
public record DossierChange(String dossierId, ViewSection section, long version, Map<String, Object> fields) {

    public DossierChange {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(section, "section");
        fields = new LinkedHashMap<>(fields);
    }
}
