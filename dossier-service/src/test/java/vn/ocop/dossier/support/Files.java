package vn.ocop.dossier.support;

import vn.ocop.platform.test.SampleFiles;

/** Small but real files of each kind, built in memory (the kit's {@link SampleFiles}, under the names used here). */
public final class Files {

    private Files() {}

    public static byte[] pdf(String text) {
        return SampleFiles.pdf(text);
    }

    public static byte[] png() {
        return SampleFiles.png();
    }

    public static byte[] jpeg() {
        return SampleFiles.jpeg();
    }

    /** A Windows executable header (MZ … PE). */
    public static byte[] exe() {
        return SampleFiles.exe();
    }

    public static byte[] docx() {
        return SampleFiles.docx();
    }

    public static byte[] xlsx() {
        return SampleFiles.xlsx();
    }

    public static byte[] plainZip() {
        return SampleFiles.plainZip();
    }
}
