package vn.ocop.evaluation.sheets.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * Imported criteria sheets, kept as the JSON text that was validated so that they are re-read exactly
 * (decimal points, Vietnamese text) on every instance.
 */
@Repository
public class ImportedSheetStore {

    public static final String COLLECTION = "criteria_sheets";

    /** {@code id} = sheet id + ":v" + version: a second import of the same version fails on the unique id. */
    public record ImportedSheet(
            String id, String sheetId, int sheetVersion, String json, String importedBy, Instant importedAt) {}

    private final MongoTemplate mongo;

    public ImportedSheetStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void insert(ImportedSheet sheet) {
        mongo.insert(sheet, COLLECTION);
    }

    public List<ImportedSheet> all() {
        return mongo.find(new Query().with(Sort.by("importedAt", "_id")), ImportedSheet.class, COLLECTION);
    }

    public long count() {
        return mongo.count(new Query(), COLLECTION);
    }
}
