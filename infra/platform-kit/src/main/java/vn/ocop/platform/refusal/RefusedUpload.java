package vn.ocop.platform.refusal;

import java.util.List;
import vn.ocop.platform.files.RefusedFile;

/**
 * An upload the kit's file inspection refused, as a use case's refusal: answered 422 with the inspection's
 * code, naming the field (the multipart part) and why, and its details as facts, as
 * {@code ApiProblem.refusedFile} renders it.
 */
public final class RefusedUpload extends Refusal {

    private RefusedUpload(String field, RefusedFile refused) {
        super(
                Kind.UNPROCESSABLE,
                refused.code(),
                "The upload was refused: " + field + " " + refused.reason(),
                "Tệp tải lên bị từ chối: " + field + " " + refused.reasonVi(),
                List.of(new FieldError(field, refused.reason(), refused.reasonVi())));
        refused.details().forEach(this::with);
    }

    public static RefusedUpload of(String field, RefusedFile refused) {
        return new RefusedUpload(field, refused);
    }
}
