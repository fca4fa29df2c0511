package vn.ocop.dossier.dossier.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/** Attachment bytes in GridFS; the dossier document keeps only their reference and checksum. */
@Component
public class AttachmentFiles {

    private final GridFsTemplate gridFs;

    public AttachmentFiles(GridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    public String store(String dossierId, String fileName, String contentType, String sha256, byte[] bytes) {
        Document metadata =
                new Document("dossierId", dossierId).append("sha256", sha256).append("contentType", contentType);
        ObjectId id = gridFs.store(new ByteArrayInputStream(bytes), fileName, contentType, metadata);
        return id.toHexString();
    }

    public InputStream open(String storageId) {
        GridFsResource resource = gridFs.getResource(gridFs.findOne(byId(storageId)));
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String storageId) {
        gridFs.delete(byId(storageId));
    }

    private static Query byId(String storageId) {
        return Query.query(Criteria.where("_id").is(new ObjectId(storageId)));
    }
}
