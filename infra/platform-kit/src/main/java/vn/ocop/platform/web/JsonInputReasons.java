package vn.ocop.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Why a JSON value does not fit the field it was sent for, said from the field's type, in both languages. */
final class JsonInputReasons {

    private JsonInputReasons() {}

    static FieldProblem forTarget(String field, Class<?> target) {
        if (target == null) {
            return new FieldProblem(field, "has the wrong type or format", "sai kiểu hoặc định dạng");
        }
        if (target == LocalDate.class) {
            return new FieldProblem(field, "is not a valid date (yyyy-MM-dd)", "không phải ngày hợp lệ (yyyy-MM-dd)");
        }
        if (target == Instant.class
                || target == OffsetDateTime.class
                || target == ZonedDateTime.class
                || target == LocalDateTime.class) {
            return new FieldProblem(
                    field,
                    "is not a valid date and time (ISO 8601, e.g. 2020-03-30T09:00:00+07:00)",
                    "không phải thời điểm hợp lệ (ISO 8601, ví dụ 2020-03-30T09:00:00+07:00)");
        }
        if (target == LocalTime.class) {
            return new FieldProblem(field, "is not a valid time (HH:mm)", "không phải giờ hợp lệ (HH:mm)");
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return new FieldProblem(
                    field, "is not a valid date or time (ISO 8601)", "không phải ngày giờ hợp lệ (ISO 8601)");
        }
        if (target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return new FieldProblem(field, "must be one of " + allowed, "phải là một trong các giá trị " + allowed);
        }
        if (isWholeNumber(target)) {
            return new FieldProblem(field, "must be a whole number", "phải là số nguyên");
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return new FieldProblem(field, "must be a number", "phải là số");
        }
        if (target == Boolean.class || target == boolean.class) {
            return new FieldProblem(field, "must be true or false", "phải là true hoặc false");
        }
        if (CharSequence.class.isAssignableFrom(target) || target == char.class || target == Character.class) {
            return new FieldProblem(field, "must be text (a JSON string)", "phải là chuỗi ký tự (chuỗi JSON)");
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return new FieldProblem(field, "must be a list (a JSON array)", "phải là danh sách (mảng JSON)");
        }
        if (Map.class.isAssignableFrom(target)
                || !target.isPrimitive() && !target.getName().startsWith("java.")) {
            return new FieldProblem(field, "must be an object (a JSON object)", "phải là đối tượng (đối tượng JSON)");
        }
        return new FieldProblem(field, "has the wrong type or format", "sai kiểu hoặc định dạng");
    }

    private static boolean isWholeNumber(Class<?> t) {
        return t == Integer.class
                || t == int.class
                || t == Long.class
                || t == long.class
                || t == Short.class
                || t == short.class
                || t == Byte.class
                || t == byte.class
                || t == java.math.BigInteger.class;
    }
}
