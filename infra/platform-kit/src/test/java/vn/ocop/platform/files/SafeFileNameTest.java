package vn.ocop.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SafeFileNameTest {

    @Test
    void stripsDirectoriesOfBothKinds() {
        assertThat(SafeFileName.of("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SafeFileName.of("C:\\Users\\a\\Phiếu đăng ký.pdf")).isEqualTo("Phiếu đăng ký.pdf");
    }

    @Test
    void dropsControlCharactersAndNormalisesToNfc() {
        String decomposed = Normalizer.normalize("Tỏi Lý Sơn\u0000\u202E.pdf", Normalizer.Form.NFD);
        String safe = SafeFileName.of(decomposed);
        assertThat(safe).isEqualTo("Tỏi Lý Sơn.pdf");
        assertThat(Normalizer.isNormalized(safe, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void replacesShellAndMarkupCharactersAndHiddenPrefixes() {
        assertThat(SafeFileName.of("a<b>|c;rm -rf.pdf")).isEqualTo("a_b_c_rm -rf.pdf");
        assertThat(SafeFileName.of(".htaccess")).isEqualTo("htaccess");
        assertThat(SafeFileName.of("")).isEqualTo("file");
        assertThat(SafeFileName.of(null)).isEqualTo("file");
    }

    @Test
    void keepsTheExtensionWhenShortening() {
        String safe = SafeFileName.of("đ".repeat(400) + ".docx");
        assertThat(safe).hasSize(SafeFileName.MAX_LENGTH).endsWith(".docx");
        assertThat(SafeFileName.extension("Báo cáo.PDF")).isEqualTo("pdf");
        assertThat(SafeFileName.extension("README")).isEmpty();
    }
}
