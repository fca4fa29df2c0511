package vn.ocop.reporting.views;

import java.util.List;
import vn.ocop.platform.text.Folding;

/** Catalogue filters; every one is optional. {@code q} is matched accent-insensitively, word by word. */
public record CatalogueFilter(String district, String commune, String group, Integer stars, Integer year, String q) {

    public List<String> words() {
        return Folding.words(q);
    }
}
