package vn.ocop.dossier.dossier;

import org.junit.jupiter.api.Test;
import vn.ocop.dossier.dossier.application.FileInspector;
import vn.ocop.dossier.dossier.application.FileInspector.Kind;
import vn.ocop.dossier.support.Files;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FileInspectorTest {

    private final FileInspector inspector = new FileInspector();

    @Test
    void recognisesTheAllowedKindsByTheirBytes() {
        assertThat(inspector.allowedKind(Files.pdf("x"))).contains(Kind.PDF);
        assertThat(inspector.allowedKind(Files.png())).contains(Kind.PNG);
        assertThat(inspector.allowedKind(Files.jpeg())).contains(Kind.JPEG);
        assertThat(inspector.allowedKind(Files.docx())).contains(Kind.DOCX);
        assertThat(inspector.allowedKind(Files.xlsx())).contains(Kind.XLSX);
    }

    @Test
    void refusesExecutablesPlainZipsAndText() {
        assertThat(inspector.allowedKind(Files.exe())).isEmpty();
        assertThat(inspector.allowedKind(Files.plainZip())).isEmpty();
        assertThat(inspector.allowedKind("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void extensionMustAgreeWithTheContent() {
        assertThat(Kind.PDF.matchesExtension("pdf")).isTrue();
        assertThat(Kind.PDF.matchesExtension("exe")).isFalse();
        assertThat(Kind.JPEG.matchesExtension("jpg")).isTrue();
    }
}
