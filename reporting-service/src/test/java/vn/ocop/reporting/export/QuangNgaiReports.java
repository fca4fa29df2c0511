package vn.ocop.reporting.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ocop.reporting.export.ConsolidatedReport.DirectiveTask;
import vn.ocop.reporting.export.ConsolidatedReport.DistrictFunnel;
import vn.ocop.reporting.export.ConsolidatedReport.DistrictStars;
import vn.ocop.reporting.export.ConsolidatedReport.Targets;
import vn.ocop.reporting.export.ConsolidatedReport.UnitNarrative;
import vn.ocop.reporting.export.ConsolidatedReport.UnitReportRow;

/**
 * A full-size first-half 2020 report for Quảng Ngãi: the 13 district-level units (GSO codes of 1/3/2020),
 * 22 reporting units and 30 directive tasks. Figures are shaped like the press results for 2020
 * (31 products recognised: 29 at 3★, 2 at 4★, none at 5★).
 */
final class QuangNgaiReports {

    static final Instant GENERATED_AT = Instant.parse("2020-06-21T01:05:00Z");

    /** code, name, then submitted, returned, accepted, district graded, forwarded, province graded, recognised. */
    private static final Object[][] DISTRICTS = {
        {"522", "Thành phố Quảng Ngãi", 8, 1, 7, 7, 5, 5, 4},
        {"524", "Huyện Bình Sơn", 6, 1, 5, 5, 4, 4, 3},
        {"525", "Huyện Trà Bồng", 4, 0, 4, 4, 3, 3, 2},
        {"527", "Huyện Sơn Tịnh", 5, 1, 4, 4, 3, 3, 3},
        {"528", "Huyện Tư Nghĩa", 6, 0, 6, 6, 4, 4, 3},
        {"529", "Huyện Sơn Hà", 3, 0, 3, 3, 2, 2, 2},
        {"530", "Huyện Sơn Tây", 2, 0, 2, 2, 1, 1, 1},
        {"531", "Huyện Minh Long", 2, 1, 1, 1, 1, 1, 1},
        {"532", "Huyện Nghĩa Hành", 4, 0, 4, 4, 3, 3, 2},
        {"533", "Huyện Mộ Đức", 7, 2, 5, 5, 4, 4, 4},
        {"534", "Thị xã Đức Phổ", 5, 1, 4, 4, 3, 3, 2},
        {"535", "Huyện Ba Tơ", 3, 0, 3, 3, 2, 2, 1},
        {"536", "Huyện Lý Sơn", 5, 0, 5, 5, 4, 4, 3},
    };

    private static final String[][] DEPARTMENTS = {
        {"SNN", "Sở Nông nghiệp và Phát triển nông thôn"},
        {"SCT", "Sở Công Thương"},
        {"SKHDT", "Sở Kế hoạch và Đầu tư"},
        {"SKHCN", "Sở Khoa học và Công nghệ"},
        {"SYT", "Sở Y tế"},
        {"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"},
        {"STNMT", "Sở Tài nguyên và Môi trường"},
        {"LMHTX", "Liên minh Hợp tác xã tỉnh"},
        {"VPDP", "Văn phòng Điều phối nông thôn mới tỉnh"},
    };

    private QuangNgaiReports() {}

    static ConsolidatedReport firstHalf2020() {
        List<DistrictFunnel> funnel = new ArrayList<>();
        List<DistrictStars> stars = new ArrayList<>();
        for (Object[] d : DISTRICTS) {
            String code = (String) d[0];
            String name = (String) d[1];
            int recognised = (int) d[8];
            funnel.add(new DistrictFunnel(
                    code, name, (int) d[2], (int) d[3], (int) d[4], (int) d[5], (int) d[6], (int) d[7], recognised));
            // Mộ Đức and Lý Sơn (garlic) each had one 4★ product in 2020.
            int fourStar = code.equals("533") || code.equals("536") ? 1 : 0;
            stars.add(new DistrictStars(code, name, recognised - fourStar, fourStar, 0));
        }

        List<UnitReportRow> units = new ArrayList<>();
        List<UnitNarrative> narratives = new ArrayList<>();
        for (int i = 0; i < DISTRICTS.length; i++) {
            String code = (String) DISTRICTS[i][0];
            String name = "UBND " + DISTRICTS[i][1];
            addUnit(units, narratives, code, name, statusOf(i));
        }
        for (int i = 0; i < DEPARTMENTS.length; i++) {
            addUnit(units, narratives, DEPARTMENTS[i][0], DEPARTMENTS[i][1], statusOf(DISTRICTS.length + i));
        }

        return new ConsolidatedReport(
                "Quảng Ngãi",
                2020,
                ReportHalf.H1,
                LocalDate.of(2020, 6, 20),
                GENERATED_AT,
                funnel,
                stars,
                new Targets(2020, 20, 25, 3, 31, 0, 31),
                units,
                narratives,
                tasks());
    }

    /** Sơn Tây and the Cooperative Alliance were late; Ba Tơ and the Health department had not reported. */
    private static UnitReportStatus statusOf(int index) {
        return switch (index) {
            case 6, 20 -> UnitReportStatus.LATE;
            case 11, 17 -> UnitReportStatus.MISSING;
            default -> UnitReportStatus.SUBMITTED;
        };
    }

    private static void addUnit(
            List<UnitReportRow> units,
            List<UnitNarrative> narratives,
            String code,
            String name,
            UnitReportStatus status) {
        Instant submittedAt = switch (status) {
            case SUBMITTED -> Instant.parse("2020-06-18T02:30:00Z").plusSeconds(3600L * units.size());
            case LATE -> Instant.parse("2020-06-22T09:30:00Z");
            case MISSING -> null;
        };
        units.add(new UnitReportRow(code, name, status, submittedAt));
        if (status != UnitReportStatus.MISSING) {
            narratives.add(new UnitNarrative(
                    code,
                    name + " đã tổ chức tuyên truyền, hướng dẫn các chủ thể hoàn "
                            + "thiện hồ sơ sản phẩm OCOP và phối hợp với Sở NN&PTNT tổ chức đánh giá, phân hạng."));
        }
    }

    private static List<DirectiveTask> tasks() {
        List<DirectiveTask> tasks = new ArrayList<>();
        for (Object[] d : DISTRICTS) {
            tasks.add(new DirectiveTask(
                    "Đánh giá, phân hạng cấp huyện và gửi hồ sơ về Sở NN&PTNT",
                    "UBND " + d[1],
                    LocalDate.of(2020, 4, 10),
                    TaskStatus.DONE,
                    null));
        }
        String[] departmentTasks = {
            "Thẩm định, trình UBND tỉnh công nhận sản phẩm OCOP đợt 1 năm 2020",
            "Tổng hợp báo cáo kết quả thực hiện Chương trình OCOP 6 tháng đầu năm",
            "Hướng dẫn xây dựng câu chuyện sản phẩm",
            "Hỗ trợ đăng ký nhãn hiệu, chỉ dẫn địa lý cho sản phẩm OCOP",
            "Tổ chức hội chợ, điểm giới thiệu và bán sản phẩm OCOP",
            "Hỗ trợ truy xuất nguồn gốc và tem điện tử",
            "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
            "Bố trí vốn sự nghiệp thực hiện Chương trình OCOP",
            "Lồng ghép quảng bá sản phẩm OCOP với du lịch nông thôn",
            "Hướng dẫn thủ tục đăng ký kinh doanh cho hộ sản xuất",
            "Củng cố, thành lập hợp tác xã tham gia Chương trình OCOP",
            "Hướng dẫn bảo vệ môi trường tại cơ sở sản xuất",
            "Tập huấn nâng cao năng lực cho cán bộ OCOP cấp huyện, xã",
            "Rà soát, đề xuất sản phẩm tiềm năng 5 sao",
            "Xây dựng trang thông tin điện tử về sản phẩm OCOP",
            "Kiểm tra, giám sát chất lượng sản phẩm sau công nhận",
            "Đánh giá, phân hạng sản phẩm OCOP đợt 2 năm 2020",
        };
        TaskStatus[] cycle = {TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.OPEN, TaskStatus.OVERDUE};
        for (int i = 0; i < departmentTasks.length; i++) {
            TaskStatus status = cycle[i % cycle.length];
            tasks.add(new DirectiveTask(
                    departmentTasks[i],
                    DEPARTMENTS[i % DEPARTMENTS.length][1],
                    LocalDate.of(2020, 5 + i % 7, 15),
                    status,
                    status == TaskStatus.OVERDUE ? "Chưa báo cáo kết quả, đề nghị khẩn trương thực hiện" : null));
        }
        return tasks;
    }

    static List<CatalogueEntry> catalogue() {
        return List.of(
                new CatalogueEntry(
                        "Tỏi Lý Sơn",
                        "Hợp tác xã Nông nghiệp tổng hợp An Hải",
                        "Huyện Lý Sơn",
                        null,
                        "Nông sản tươi sống",
                        4,
                        new BigDecimal("74.50"),
                        "1037/QĐ-UBND",
                        LocalDate.of(2020, 7, 15),
                        "OCOP-QNg-2020-001",
                        LocalDate.of(2023, 7, 14)),
                new CatalogueEntry(
                        "Mạch nha Mộ Đức",
                        "Cơ sở sản xuất mạch nha Thi Phổ",
                        "Huyện Mộ Đức",
                        "Xã Đức Nhuận",
                        "Thực phẩm chế biến",
                        3,
                        new BigDecimal("66.25"),
                        "1037/QĐ-UBND",
                        LocalDate.of(2020, 7, 15),
                        "OCOP-QNg-2020-002",
                        LocalDate.of(2023, 7, 14)));
    }
}
