package vn.ocop.reporting.reference;

import java.util.List;
import java.util.Optional;

/**
 * The 13 district-level units of Quảng Ngãi from 1/2/2020 in official order (GSO list of 1/3/2020,
 * shared/data/quang-ngai-admin-units-2020-03.json): reports and charts list districts in this order.
 */
public final class Districts {

    public static final List<District> QUANG_NGAI_2020 = List.of(
            new District("522", "Thành phố Quảng Ngãi"),
            new District("524", "Huyện Bình Sơn"),
            new District("525", "Huyện Trà Bồng"),
            new District("527", "Huyện Sơn Tịnh"),
            new District("528", "Huyện Tư Nghĩa"),
            new District("529", "Huyện Sơn Hà"),
            new District("530", "Huyện Sơn Tây"),
            new District("531", "Huyện Minh Long"),
            new District("532", "Huyện Nghĩa Hành"),
            new District("533", "Huyện Mộ Đức"),
            new District("534", "Thị xã Đức Phổ"),
            new District("535", "Huyện Ba Tơ"),
            new District("536", "Huyện Lý Sơn"));

    public static final String PROVINCE_NAME = "Tỉnh Quảng Ngãi";

    private Districts() {}

    public static Optional<District> byCode(String code) {
        return QUANG_NGAI_2020.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The official name, or the code itself for a district outside the list (another province, a later merger). */
    public static String nameOf(String code) {
        return byCode(code).map(District::name).orElse(code);
    }

    /** Position in official order; unknown codes sort last. */
    public static int order(String code) {
        for (int i = 0; i < QUANG_NGAI_2020.size(); i++) {
            if (QUANG_NGAI_2020.get(i).code().equals(code)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
