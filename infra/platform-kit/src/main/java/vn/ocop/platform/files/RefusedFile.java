package vn.ocop.platform.files;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An upload the inspection refuses: a stable code, the reason in English and Vietnamese (worded to follow the
 * field's name, e.g. "file is a PDF with active content"), and details a client may use. Each service answers it
 * with its own problem response (ApiProblem.refusedFile).
 */
public final class RefusedFile extends RuntimeException {

    public static final String TYPE_NOT_ALLOWED = "file-type-not-allowed";
    public static final String TOO_MANY_ENTRIES = "file-too-many-entries";
    public static final String INFLATES_TOO_MUCH = "file-inflates-too-much";
    public static final String PDF_ACTIVE_CONTENT = "pdf-active-content";
    public static final String PDF_POLYGLOT = "pdf-polyglot";
    public static final String PDF_NOT_INSPECTABLE = "pdf-not-inspectable";

    private final String code;
    private final String reasonVi;
    private final Map<String, Object> details = new LinkedHashMap<>();

    private RefusedFile(String code, String reason, String reasonVi) {
        super(reason, null, false, false);
        this.code = code;
        this.reasonVi = reasonVi;
    }

    static RefusedFile typeNotAllowed(String detected, String accepted) {
        return new RefusedFile(
                        TYPE_NOT_ALLOWED,
                        "is not an accepted type (accepted: " + accepted + "); its content is " + detected,
                        "không thuộc loại tệp được nhận (chỉ nhận: " + accepted + "); nội dung tệp là " + detected)
                .with("detected", detected);
    }

    static RefusedFile tooManyEntries(int max) {
        return new RefusedFile(
                        TOO_MANY_ENTRIES,
                        "is a package of more than " + max + " parts",
                        "là gói tài liệu có hơn " + max + " thành phần")
                .with("limit", max);
    }

    static RefusedFile inflatesTooMuch(long allowedBytes, FileInspector.Limits limits) {
        return new RefusedFile(
                        INFLATES_TOO_MUCH,
                        "inflates to more than " + allowedBytes
                                + " bytes when unpacked (at most " + limits.maxRatio()
                                + " times its size, never more than "
                                + limits.maxInflatedBytes() + " bytes)",
                        "khi giải nén vượt quá " + allowedBytes + " byte (tối đa " + limits.maxRatio()
                                + " lần dung lượng tệp, không quá " + limits.maxInflatedBytes() + " byte)")
                .with("limitBytes", allowedBytes);
    }

    static RefusedFile pdfActiveContent(String name) {
        return new RefusedFile(
                        PDF_ACTIVE_CONTENT,
                        "is a PDF with active content (/" + name
                                + "): JavaScript, launch actions, embedded files and interactive media are not accepted",
                        "là tệp PDF có nội dung thực thi (/" + name
                                + "): không nhận JavaScript, lệnh khởi chạy, tệp nhúng và đa phương tiện tương tác")
                .with("pdfName", name);
    }

    static RefusedFile pdfPolyglot(String found, String foundVi) {
        return new RefusedFile(PDF_POLYGLOT, "is not a plain PDF: " + found, "không phải tệp PDF thuần: " + foundVi);
    }

    static RefusedFile pdfNotInspectable(String why, String whyVi) {
        return new RefusedFile(
                PDF_NOT_INSPECTABLE,
                "is a PDF whose objects cannot be inspected (" + why + ")",
                "là tệp PDF không kiểm tra được các đối tượng bên trong (" + whyVi + ")");
    }

    private RefusedFile with(String name, Object value) {
        details.put(name, value);
        return this;
    }

    public String code() {
        return code;
    }

    /** The reason in English, e.g. "is a PDF with active content (/JavaScript): …". */
    public String reason() {
        return getMessage();
    }

    public String reasonVi() {
        return reasonVi;
    }

    /** Extra members for the problem response (detected, limit, limitBytes, pdfName). */
    public Map<String, Object> details() {
        return Map.copyOf(details);
    }
}
