package vn.ocop.platform.web;

/** Vietnamese wording of the Bean Validation constraints the APIs use. */
final class ConstraintMessages {

    private ConstraintMessages() {}

    static String vietnamese(String code, Object[] args, String fallback) {
        if (code == null) {
            return fallback;
        }
        return switch (code) {
            case "NotNull" -> "là bắt buộc";
            case "NotBlank", "NotEmpty" -> "không được để trống";
            case "Size" -> "có độ dài không hợp lệ" + range(args);
            case "Pattern" -> "không đúng định dạng";
            case "Email" -> "không phải địa chỉ email hợp lệ";
            case "Min", "DecimalMin" -> "nhỏ hơn giá trị tối thiểu";
            case "Max", "DecimalMax" -> "lớn hơn giá trị tối đa";
            case "Positive", "PositiveOrZero" -> "phải là số dương";
            case "Past", "PastOrPresent" -> "phải là thời điểm trong quá khứ";
            case "Future", "FutureOrPresent" -> "phải là thời điểm trong tương lai";
            default -> fallback;
        };
    }

    private static String range(Object[] args) {
        // Size's arguments are [field, max, min]
        if (args != null && args.length >= 3) {
            return " (từ " + args[2] + " đến " + args[1] + ")";
        }
        return "";
    }
}
