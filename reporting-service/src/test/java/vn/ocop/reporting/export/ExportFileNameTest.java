package vn.ocop.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExportFileNameTest {

    @Test
    void foldsVietnameseIncludingDStrokeIntoAsciiFileName() {
        ExportFileName name = ExportFileName.forConsolidatedReport(QuangNgaiReports.firstHalf2020(), "xlsx");

        assertThat(name.ascii()).isEqualTo("Bao-cao-OCOP-6-thang-dau-nam-2020.xlsx");
        assertThat(name.utf8()).isEqualTo("Báo-cáo-OCOP-6-tháng-đầu-năm-2020.xlsx");
    }

    @Test
    void contentDispositionCarriesAsciiFallbackAndPercentEncodedUtf8Name() {
        ExportFileName name = ExportFileName.of("Báo cáo OCOP 6 tháng đầu năm 2020", "xlsx");

        assertThat(name.contentDisposition())
                .isEqualTo("attachment; filename=\"Bao-cao-OCOP-6-thang-dau-nam-2020.xlsx\"; "
                        + "filename*=UTF-8''B%C3%A1o-c%C3%A1o-OCOP-6-th%C3%A1ng-%C4%91%E1%BA%A7u-n%C4%83m-2020.xlsx");
    }

    @Test
    void decomposedInputEncodesLikeComposedSoBrowsersSeeOneName() {
        String decomposed = Normalizer.normalize("Danh mục sản phẩm Lý Sơn", Normalizer.Form.NFD);

        ExportFileName name = ExportFileName.of(decomposed, "pdf");

        assertThat(name.utf8()).isEqualTo("Danh-mục-sản-phẩm-Lý-Sơn.pdf");
        assertThat(name.percentEncoded()).isEqualTo("Danh-m%E1%BB%A5c-s%E1%BA%A3n-ph%E1%BA%A9m-L%C3%BD-S%C6%A1n.pdf");
    }

    @Test
    void dropsCharactersThatWouldEscapeThePathOrTheHeader() {
        ExportFileName name = ExportFileName.of("../báo cáo\"; x=\"y\\z", "pdf");

        assertThat(name.utf8()).doesNotContain("/", "\\", "\"", " ");
        assertThat(name.ascii()).matches("[A-Za-z0-9._-]+");
        assertThat(name.contentDisposition()).doesNotContain("x=\"y");
    }

    @Test
    void catalogueNameCarriesItsDate() {
        assertThat(ExportFileName.forCatalogue(LocalDate.of(2020, 7, 31), "xlsx")
                        .ascii())
                .isEqualTo("Danh-muc-san-pham-OCOP-2020-07-31.xlsx");
    }
}
