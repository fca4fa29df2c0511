package vn.ocop.dossier.dossier;

import java.time.Instant;

/** A stored file of the dossier: what document it is, its checked type, size and SHA-256. */
public record AttachmentRef(
        String id,
        String documentType,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String storageId,
        String uploadedBy,
        Instant uploadedAt) {}
