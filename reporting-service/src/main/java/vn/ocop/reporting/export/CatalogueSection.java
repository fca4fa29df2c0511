package vn.ocop.reporting.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.ocop.reporting.export.ReportSection.Column;

/** The recognised-product catalogue as one table. */
final class CatalogueSection {

    static final String TITLE = "Danh mục sản phẩm OCOP";

    private CatalogueSection() {}

    static ReportSection of(List<CatalogueEntry> entries) {
        List<List<Object>> rows = new ArrayList<>();
        int number = 1;
        for (CatalogueEntry e : entries) {
            rows.add(new ArrayList<>(Arrays.asList(
                    number++,
                    e.productName(),
                    e.producerName(),
                    e.districtName(),
                    e.communeName(),
                    e.productGroup(),
                    e.stars(),
                    e.score(),
                    e.decisionNumber(),
                    e.decisionDate(),
                    e.certificateNumber(),
                    e.validUntil())));
        }
        return new ReportSection(
                TITLE,
                TITLE,
                List.of(
                        new Column("STT", 6),
                        new Column("Sản phẩm", 34),
                        new Column("Chủ thể", 32),
                        new Column("Huyện", 20),
                        new Column("Xã", 20),
                        new Column("Nhóm sản phẩm", 22),
                        new Column("Hạng sao", 9),
                        new Column("Điểm", 8),
                        new Column("Số quyết định", 18),
                        new Column("Ngày quyết định", 15),
                        new Column("Số giấy chứng nhận", 20),
                        new Column("Hiệu lực đến", 14)),
                rows,
                null);
    }
}
