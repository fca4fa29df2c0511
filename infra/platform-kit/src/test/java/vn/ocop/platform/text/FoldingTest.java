package vn.ocop.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void foldsVietnameseLettersIncludingDStroke() {
        assertThat(Folding.fold("Tỏi Lý Sơn")).isEqualTo("toi ly son");
        assertThat(Folding.fold("ĐỨC LỢI, Mộ Đức")).isEqualTo("duc loi mo duc");
        assertThat(Folding.fold(Normalizer.normalize("Nước mắm", Normalizer.Form.NFD)))
                .isEqualTo("nuoc mam");
    }

    @Test
    void queryTokensAreFoldedWords() {
        assertThat(Folding.words("  Tỏi   LÝ-sơn ")).containsExactly("toi", "ly", "son");
        assertThat(Folding.words("   ")).isEmpty();
        assertThat(Folding.words(".*")).isEmpty();
    }
}
