package vn.ocop.dossier.dossier.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Upload limits ({@code ocop.dossier.uploads.*}).
 *
 * @param maxFileSize    largest single file (default 20 MB)
 * @param maxDossierSize largest total of a dossier's files (default 200 MB)
 */
@ConfigurationProperties("ocop.dossier.uploads")
public record UploadLimits(DataSize maxFileSize, DataSize maxDossierSize) {
    public UploadLimits {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
        maxDossierSize = maxDossierSize == null ? DataSize.ofMegabytes(200) : maxDossierSize;
    }
}
