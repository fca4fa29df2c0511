package vn.ocop.reporting.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import vn.ocop.platform.files.FileInspector;
import vn.ocop.platform.files.RefusedFile;
import vn.ocop.platform.refusal.Refusal;
import vn.ocop.platform.refusal.RefusedUpload;
import vn.ocop.platform.web.ApiProblem;

/** Each refusal carries what the ApiProblem it replaced carried, so the problem+json body stays the same. */
class ReportingRefusalTest {

    private static final Map<Refusal.Kind, HttpStatus> STATUS = Map.of(
            Refusal.Kind.NOT_FOUND,
            HttpStatus.NOT_FOUND,
            Refusal.Kind.FORBIDDEN,
            HttpStatus.FORBIDDEN,
            Refusal.Kind.INVALID,
            HttpStatus.BAD_REQUEST,
            Refusal.Kind.CONFLICT,
            HttpStatus.CONFLICT,
            Refusal.Kind.TOO_LARGE,
            HttpStatus.PAYLOAD_TOO_LARGE,
            Refusal.Kind.UNPROCESSABLE,
            HttpStatus.UNPROCESSABLE_CONTENT);

    @Test
    void refusalsCarryTheCodeTextsFieldsAndFactsOfTheProblemsTheyReplace() {
        sameBody(new ReportingRefusal.NotFound("period", "2041-H1"), ApiProblem.notFound("period", "2041-H1"));
        sameBody(
                new ReportingRefusal.Forbidden("only a unit's reporter files its report", "chỉ báo cáo viên"),
                ApiProblem.forbidden("only a unit's reporter files its report", "chỉ báo cáo viên"));
        sameBody(
                new ReportingRefusal.Invalid("ownerUnitCode", "is not a reporting unit", "không phải đơn vị báo cáo"),
                ApiProblem.invalid("ownerUnitCode", "is not a reporting unit", "không phải đơn vị báo cáo"));
        sameBody(
                new ReportingRefusal.Conflict("already-submitted", "unit DIST-533 already reported", "đã nộp"),
                ApiProblem.conflict("already-submitted", "unit DIST-533 already reported", "đã nộp"));
        sameBody(
                new ReportingRefusal.TooLarge(
                        "attachment-too-large", "the attachment exceeds 10 bytes", "tệp đính kèm vượt quá 10 byte"),
                new ApiProblem(
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        "attachment-too-large",
                        "the attachment exceeds 10 bytes",
                        "tệp đính kèm vượt quá 10 byte",
                        List.of()));
    }

    @Test
    void aRefusedUploadCarriesWhatTheRefusedFileProblemCarried() {
        RefusedFile refused = assertThrows(
                RefusedFile.class,
                () -> new FileInspector()
                        .inspect("not a pdf".getBytes(StandardCharsets.UTF_8), EnumSet.of(FileInspector.Kind.PDF)));
        assertThat(refused.details()).isNotEmpty();
        sameBody(RefusedUpload.of("attachment", refused), ApiProblem.refusedFile("attachment", refused));
    }

    static void sameBody(Refusal refusal, ApiProblem problem) {
        assertThat(STATUS.get(refusal.kind()).value())
                .isEqualTo(problem.status().value());
        assertThat(refusal.code()).isEqualTo(problem.code());
        assertThat(refusal.getMessage()).isEqualTo(problem.getMessage());
        assertThat(refusal.detailVi()).isEqualTo(problem.detailVi());
        assertThat(refusal.errors().stream()
                        .map(e -> List.of(e.field(), e.reason(), e.reasonVi()))
                        .toList())
                .isEqualTo(problem.errors().stream()
                        .map(e -> List.of(e.field(), e.reason(), e.reasonVi()))
                        .toList());
        assertThat(refusal.properties()).isEqualTo(problem.properties());
    }
}
