package vn.ocop.evaluation.criteria.catalog;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** One strict JSON mapper for catalog files: a misspelt field must be an error, not silently ignored. */
final class CatalogJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private CatalogJson() {}
}
