package vn.ocop.dossier.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.ocop.dossier.dossier.DossierAction;
import vn.ocop.dossier.dossier.DossierStatus;
import vn.ocop.platform.refusal.Refusal;
import vn.ocop.platform.refusal.Refusal.Kind;
import vn.ocop.platform.web.ApiProblem;
import vn.ocop.platform.web.FieldProblem;

/**
 * Each refusal carries what the service answered before as an ApiProblem (the expected problems below are
 * the ones the removed {@code Refusals.translate} and the use cases built), so the wire does not change.
 */
class DossierRefusalTest {

    @Test
    void anIllegalTransitionNamesTheStatusTheActionAndTheAllowedActions() {
        assertSame(
                new DossierRefusal.IllegalTransition(DossierStatus.DRAFT, DossierAction.ACCEPT),
                Kind.CONFLICT,
                ApiProblem.conflict(
                                "illegal-transition",
                                "A dossier in status DRAFT cannot accept; allowed now: [EDIT, SUBMIT, WITHDRAW]",
                                "Hồ sơ đang ở trạng thái DRAFT nên không thể thực hiện thao tác ACCEPT; các thao tác "
                                        + "được phép: [EDIT, SUBMIT, WITHDRAW]")
                        .with("currentStatus", "DRAFT")
                        .with("action", "ACCEPT")
                        .with("allowedActions", List.of("EDIT", "SUBMIT", "WITHDRAW")));
    }

    @Test
    void missingDocumentsNameEachDocumentAsAField() {
        List<String> missing = List.of("BUSINESS_PLAN", "PRODUCT_SAMPLES");
        assertSame(
                new DossierRefusal.MissingDocuments(missing),
                Kind.UNPROCESSABLE,
                new ApiProblem(
                                HttpStatus.UNPROCESSABLE_CONTENT,
                                "missing-documents",
                                "Mandatory documents are missing: [BUSINESS_PLAN, PRODUCT_SAMPLES]",
                                "Hồ sơ còn thiếu tài liệu bắt buộc: BUSINESS_PLAN, PRODUCT_SAMPLES",
                                missing.stream()
                                        .map(t -> new FieldProblem(
                                                "attachments." + t,
                                                "mandatory document is missing",
                                                "thiếu tài liệu bắt buộc"))
                                        .toList())
                        .with("missing", missing));
    }

    @Test
    void aPassedDeadlineNamesTheDeadline() {
        LocalDate deadline = LocalDate.of(2020, 4, 10);
        assertSame(
                new DossierRefusal.DeadlinePassed(deadline),
                Kind.CONFLICT,
                ApiProblem.conflict(
                                "deadline-passed",
                                "The district deadline 2020-04-10 has passed and the province granted no exception",
                                "Đã quá hạn chuyển hồ sơ lên tỉnh (2020-04-10) và tỉnh chưa cho phép gia hạn")
                        .with("deadline", "2020-04-10"));
    }

    @Test
    void notQualifyingNamesTheScoreAndTheThreshold() {
        BigDecimal threshold = new BigDecimal("50");
        assertSame(
                new DossierRefusal.NotQualified(42.5, threshold),
                Kind.CONFLICT,
                ApiProblem.conflict(
                                "not-qualified",
                                "The district score 42.5 does not qualify for the province (threshold 50)",
                                "Điểm cấp huyện 42.5 chưa đạt ngưỡng chuyển lên tỉnh (50)")
                        .with("score", 42.5)
                        .with("threshold", threshold));
    }

    @Test
    void anUnknownReferenceIsAFieldError() {
        assertSame(
                new DossierRefusal.UnknownReference(
                        "communeCode", "is required in Huyện Mộ Đức", "là bắt buộc ở Huyện Mộ Đức"),
                Kind.INVALID,
                ApiProblem.invalid("communeCode", "is required in Huyện Mộ Đức", "là bắt buộc ở Huyện Mộ Đức"));
        assertSame(
                new DossierRefusal.Invalid("roundId", "is not a known round", "không phải đợt đã lên lịch"),
                Kind.INVALID,
                ApiProblem.invalid("roundId", "is not a known round", "không phải đợt đã lên lịch"));
    }

    @Test
    void notFoundAndForbiddenAreTheKitsProblems() {
        assertSame(
                new DossierRefusal.NotFound("dossier", "DOS-1"),
                Kind.NOT_FOUND,
                ApiProblem.notFound("dossier", "DOS-1"));
        assertSame(
                new DossierRefusal.Forbidden(
                        "Your role has no access to dossiers", "Vai trò của bạn không được xem hồ sơ"),
                Kind.FORBIDDEN,
                ApiProblem.forbidden("Your role has no access to dossiers", "Vai trò của bạn không được xem hồ sơ"));
    }

    @Test
    void tooLargeNamesTheLimit() {
        assertSame(
                new DossierRefusal.TooLarge(
                        "file-too-large",
                        "The file is larger than 64KB",
                        "Tệp vượt quá dung lượng cho phép 64KB",
                        65536),
                Kind.TOO_LARGE,
                new ApiProblem(
                                HttpStatus.CONTENT_TOO_LARGE,
                                "file-too-large",
                                "The file is larger than 64KB",
                                "Tệp vượt quá dung lượng cho phép 64KB",
                                List.of())
                        .with("limitBytes", 65536L));
    }

    @Test
    void aStaleVersionNamesTheCurrentVersion() {
        ApiProblem stale = new ApiProblem(
                HttpStatus.PRECONDITION_FAILED,
                "stale-version",
                "The object was changed since you read it (If-Match does not match the current ETag); reload it",
                "Đối tượng đã thay đổi kể từ lần bạn đọc (If-Match không khớp ETag hiện tại); hãy tải lại",
                List.of());
        assertSame(new DossierRefusal.Stale(), Kind.STALE, stale);
        assertThatThrownBy(() -> DossierRefusal.requireVersion(3, 4))
                .isInstanceOfSatisfying(
                        DossierRefusal.Stale.class, e -> assertSame(e, Kind.STALE, stale.with("currentVersion", 4L)));
        DossierRefusal.requireVersion(4, 4);
        assertSame(
                new DossierRefusal.VersionRequired(),
                Kind.VERSION_REQUIRED,
                new ApiProblem(
                        HttpStatus.PRECONDITION_REQUIRED,
                        "if-match-required",
                        "This change needs an If-Match header with the ETag you last read",
                        "Thay đổi này cần tiêu đề If-Match chứa ETag bạn đã đọc gần nhất",
                        List.of()));
    }

    /** Field by field what the problem document is made of: kind (the kit answers it by status), code, texts, fields, members. */
    private static void assertSame(Refusal refusal, Kind kind, ApiProblem expected) {
        assertThat(refusal.kind()).isEqualTo(kind);
        assertThat(refusal.code()).isEqualTo(expected.code());
        assertThat(refusal.getMessage()).isEqualTo(expected.getMessage());
        assertThat(refusal.detailVi()).isEqualTo(expected.detailVi());
        assertThat(refusal.errors().stream()
                        .map(f -> new FieldProblem(f.field(), f.reason(), f.reasonVi()))
                        .toList())
                .isEqualTo(expected.errors());
        assertThat(refusal.properties()).containsExactlyEntriesOf(expected.properties());
    }
}
