package vn.ocop.notification.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.ocop.notification.channel.DeliveryChannel;

/**
 * What a contact must satisfy before it is stored. Reasons name the field, never echo the value: a rejected phone
 * number must not come back in an error body or a log.
 */
public final class ContactRules {

    /** Vietnamese mobile and landline numbers as people write them: 0 + 9 digits, or +84 / 84 + 9 digits. */
    private static final Pattern PHONE = Pattern.compile("^(0|\\+?84)[1-9][0-9]{8}$");

    private static final Pattern EMAIL =
            Pattern.compile("^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
    private static final Pattern DISTRICT = Pattern.compile("^[0-9]{3}$");
    private static final Pattern COMMUNE = Pattern.compile("^[0-9]{5}$");
    private static final Pattern UNIT = Pattern.compile("^[A-Z][A-Z0-9-]{1,30}$");

    private ContactRules() {}

    /** A problem with one field, in English and Vietnamese. */
    public record Violation(String field, String reason, String reasonVi) {}

    /** Strips the separators people type so that 090 000 0533 and 090.000.0533 are stored alike. */
    public static String normalizePhone(String phone) {
        return phone == null ? null : phone.replaceAll("[\\s.()-]", "");
    }

    public static List<Violation> check(Contact c) {
        List<Violation> problems = new ArrayList<>();
        if (c.name() == null || c.name().isBlank() || c.name().length() > 200) {
            problems.add(new Violation("name", "must be 1 to 200 characters", "phải có từ 1 đến 200 ký tự"));
        }
        if (c.phone() != null && !PHONE.matcher(c.phone()).matches()) {
            problems.add(new Violation(
                    "phone",
                    "must be a Vietnamese number: 0xxxxxxxxx or +84xxxxxxxxx",
                    "phải là số điện thoại Việt Nam dạng 0xxxxxxxxx hoặc +84xxxxxxxxx"));
        }
        if (c.email() != null
                && (c.email().length() > 254 || !EMAIL.matcher(c.email()).matches())) {
            problems.add(new Violation("email", "must be an e-mail address", "phải là địa chỉ thư điện tử hợp lệ"));
        }
        if (c.channels().isEmpty()) {
            problems.add(new Violation("channels", "must name at least one channel", "phải chọn ít nhất một kênh"));
        }
        if (c.channels().contains(DeliveryChannel.EMAIL) && c.email() == null) {
            problems.add(new Violation("email", "is required for the EMAIL channel", "bắt buộc khi chọn kênh EMAIL"));
        }
        if (c.channels().contains(DeliveryChannel.SMS) && c.phone() == null) {
            problems.add(new Violation("phone", "is required for the SMS channel", "bắt buộc khi chọn kênh SMS"));
        }
        scope(c, problems);
        return problems;
    }

    private static void scope(Contact c, List<Violation> problems) {
        if (c.districtCode() != null && !DISTRICT.matcher(c.districtCode()).matches()) {
            problems.add(new Violation("districtCode", "must be a 3-digit GSO code", "phải là mã huyện 3 chữ số"));
        }
        if (c.communeCode() != null && !COMMUNE.matcher(c.communeCode()).matches()) {
            problems.add(new Violation("communeCode", "must be a 5-digit GSO code", "phải là mã xã 5 chữ số"));
        }
        if (c.unitCode() != null && !UNIT.matcher(c.unitCode()).matches()) {
            problems.add(new Violation(
                    "unitCode",
                    "must be an upper-case unit code such as DARD or DIST-533",
                    "phải là mã đơn vị viết hoa, ví dụ DARD hoặc DIST-533"));
        }
        switch (c.role()) {
            case DISTRICT_OFFICER -> require(c.districtCode(), "districtCode", problems);
            case COMMUNE_OFFICER -> {
                require(c.districtCode(), "districtCode", problems);
                require(c.communeCode(), "communeCode", problems);
            }
            case PRODUCER -> require(c.producerId(), "producerId", problems);
            case UNIT_REPORTER -> require(c.unitCode(), "unitCode", problems);
            case PROVINCE_OFFICER -> {}
        }
    }

    private static void require(String value, String field, List<Violation> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new Violation(field, "is required for this role", "bắt buộc với vai trò này"));
        }
    }
}
