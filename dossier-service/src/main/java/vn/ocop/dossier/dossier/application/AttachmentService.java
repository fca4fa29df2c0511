package vn.ocop.dossier.dossier.application;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.ocop.dossier.common.DossierRefusal;
import vn.ocop.dossier.dossier.AttachmentRef;
import vn.ocop.dossier.dossier.Dossier;
import vn.ocop.dossier.dossier.persistence.AttachmentFiles;
import vn.ocop.dossier.dossier.persistence.DossierScope;
import vn.ocop.dossier.dossier.persistence.DossierStore;
import vn.ocop.dossier.reference.ReferenceData;
import vn.ocop.platform.files.FileInspector;
import vn.ocop.platform.files.RefusedFile;
import vn.ocop.platform.files.SafeFileName;
import vn.ocop.platform.refusal.RefusedUpload;
import vn.ocop.platform.security.OcopUser;

/**
 * Dossier files: checked (not empty, within the size limits, passing the kit's upload inspection and named
 * like what it is), stored in GridFS with their SHA-256, listed on the dossier while it may change.
 */
@Service
public class AttachmentService {

    private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

    private final DossierStore store;
    private final AttachmentFiles files;
    private final FileInspector inspector = new FileInspector();
    private final UploadLimits limits;
    private final ReferenceData reference;
    private final Clock clock;

    public AttachmentService(
            DossierStore store, AttachmentFiles files, UploadLimits limits, ReferenceData reference, Clock clock) {
        this.store = store;
        this.files = files;
        this.limits = limits;
        this.reference = reference;
        this.clock = clock;
    }

    public AttachmentRef upload(
            OcopUser user, String dossierId, String originalName, String documentType, byte[] bytes) {
        if (reference.checklists().documentType(documentType).isEmpty()) {
            throw new DossierRefusal.Invalid(
                    "documentType", "is not a known document type", "không phải loại tài liệu đã biết");
        }
        if (bytes.length == 0) {
            throw new DossierRefusal.Invalid("file", "is empty", "là tệp rỗng");
        }
        if (bytes.length > limits.maxFileSize().toBytes()) {
            throw new DossierRefusal.TooLarge(
                    "file-too-large",
                    "The file is larger than " + limits.maxFileSize(),
                    "Tệp vượt quá dung lượng cho phép " + limits.maxFileSize(),
                    limits.maxFileSize().toBytes());
        }
        Dossier d = store.find(dossierId, DossierScope.of(user))
                .orElseThrow(() -> new DossierRefusal.NotFound("dossier", dossierId));
        d.requireEditable();
        if (d.attachedBytes() + bytes.length > limits.maxDossierSize().toBytes()) {
            throw new DossierRefusal.TooLarge(
                    "dossier-too-large",
                    "The dossier's files would exceed " + limits.maxDossierSize(),
                    "Tổng dung lượng tệp của hồ sơ sẽ vượt quá " + limits.maxDossierSize(),
                    limits.maxDossierSize().toBytes());
        }
        String name = SafeFileName.of(originalName);
        FileInspector.Kind kind = checkedKind(bytes, name);
        Instant now = clock.instant();
        String storageId = files.store(d.id(), name, kind.mediaType(), sha256(bytes), bytes);
        AttachmentRef ref = new AttachmentRef(
                "ATT-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase(Locale.ROOT),
                documentType,
                name,
                kind.mediaType(),
                bytes.length,
                sha256(bytes),
                storageId,
                user.id(),
                now);
        long expected = d.version();
        try {
            d.attach(ref, user.id(), now);
            store.update(d, expected, List.of());
        } catch (RuntimeException e) {
            files.delete(storageId);
            throw e;
        }
        return ref;
    }

    public List<AttachmentRef> list(OcopUser user, String dossierId) {
        return load(user, dossierId).attachments();
    }

    public Download download(OcopUser user, String dossierId, String attachmentId) {
        AttachmentRef ref = attachment(load(user, dossierId), attachmentId);
        return new Download(ref, files.open(ref.storageId()));
    }

    public void delete(OcopUser user, String dossierId, String attachmentId) {
        Dossier d = load(user, dossierId);
        AttachmentRef ref = attachment(d, attachmentId);
        long expected = d.version();
        d.detach(attachmentId, user.id(), clock.instant());
        store.update(d, expected, List.of());
        try {
            files.delete(ref.storageId());
        } catch (RuntimeException e) {
            // the dossier no longer lists it; an orphaned chunk costs space, not correctness
            log.warn("could not delete stored file {} of dossier {}: {}", ref.storageId(), dossierId, e.toString());
        }
    }

    private FileInspector.Kind checkedKind(byte[] bytes, String name) {
        String extension = SafeFileName.extension(name);
        FileInspector.Kind kind;
        try {
            kind = inspector.inspect(bytes);
        } catch (RefusedFile refused) {
            throw RefusedUpload.of("file", refused);
        }
        if (!kind.matchesExtension(extension)) {
            throw new DossierRefusal.Unprocessable(
                            "file-type-mismatch",
                            "The file is named ." + extension + " but its content is " + kind,
                            "Tên tệp có đuôi ." + extension + " nhưng nội dung là " + kind,
                            List.of())
                    .with("detected", kind.mediaType())
                    .with("extension", extension);
        }
        return kind;
    }

    private Dossier load(OcopUser user, String dossierId) {
        return store.find(dossierId, DossierScope.of(user))
                .orElseThrow(() -> new DossierRefusal.NotFound("dossier", dossierId));
    }

    private static AttachmentRef attachment(Dossier d, String attachmentId) {
        return d.attachment(attachmentId).orElseThrow(() -> new DossierRefusal.NotFound("attachment", attachmentId));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file to send back, with its stored description. */
    public record Download(AttachmentRef ref, InputStream content) {}
}
