package vn.ocop.evaluation.criteria.catalog;

import java.util.List;

/**
 * The JSON shape of {@code criteria/catalog.json}. Sheets are listed rather than discovered because
 * listing a classpath folder inside a packaged jar needs framework help that the domain must not use.
 */
record CatalogIndex(String legalBases, String productGroups, List<String> sheets) {}
