package vn.ocop.evaluation.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ocop.evaluation.common.EvaluationRefusal;
import vn.ocop.evaluation.criteria.GradingLevel;
import vn.ocop.evaluation.session.EvaluationChange.FiveStarProposed;
import vn.ocop.evaluation.session.EvaluationChange.Graded;
import vn.ocop.evaluation.session.EvaluationChange.Recognised;
import vn.ocop.platform.refusal.Refusal;

/** The evaluation itself says what a change meant: the facts its events are built from. */
class EvaluationChangeTest {

    private static final Instant AT = Instant.parse("2020-04-10T02:00:00Z");
    private static final Product PRODUCT = new Product(
            "R-2020-1",
            2020,
            "QD1048_2019",
            "Mật ong",
            "FOOD_PROCESSED",
            "FOOD",
            "PR-4300100001",
            "HTX",
            "533",
            "Mộ Đức",
            "21310",
            "Đức Chánh");

    @Test
    void finalisingSaysTheEvaluationWasGradedByWhomAndWhen() {
        EvaluationChange change = inSession().graded(result(4, false));

        assertThat(change.evaluation().status()).isEqualTo(EvaluationStatus.GRADED);
        assertThat(change.happened()).containsExactly(new Graded("council.chair", AT));
    }

    @Test
    void aCertificateSaysRecognisedAndAFiveStarCandidateOnlyProposed() {
        Evaluation fourStars = inSession().graded(result(4, false)).evaluation();
        Evaluation fiveStars = inSession().graded(result(5, true)).evaluation();

        EvaluationChange certified = fourStars.recognised(
                new Recognition(
                        "QD-1",
                        LocalDate.of(2020, 5, 1),
                        "Chủ tịch",
                        "OCOP-QNg-2020-0001",
                        4,
                        LocalDate.of(2020, 5, 1),
                        LocalDate.of(2023, 5, 1),
                        LocalDate.of(2023, 2, 1),
                        false,
                        false),
                "province.officer",
                AT);
        EvaluationChange proposed = fiveStars.recognised(
                new Recognition("QD-1", LocalDate.of(2020, 5, 1), "Chủ tịch", null, 5, null, null, null, false, false),
                "province.officer",
                AT);

        assertThat(certified.happened()).containsExactly(new Recognised("province.officer", AT));
        assertThat(proposed.happened()).containsExactly(new FiveStarProposed("province.officer", AT));
    }

    @Test
    void refusesToFinaliseTwiceAsAConflictNamingTheStatus() {
        Evaluation graded = inSession().graded(result(4, false)).evaluation();

        assertThatThrownBy(() -> graded.graded(result(4, false)))
                .isInstanceOfSatisfying(EvaluationRefusal.IllegalTransition.class, e -> {
                    assertThat(e.kind()).isEqualTo(Refusal.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("illegal-transition");
                    assertThat(e.getMessage())
                            .isEqualTo("Cannot finalise evaluation " + graded.id() + " while it is GRADED");
                    assertThat(e.detailVi())
                            .isEqualTo("Không thể thực hiện thao tác với phiên đánh giá " + graded.id()
                                    + " ở trạng thái GRADED");
                });
    }

    private static Evaluation inSession() {
        return Evaluation.open("dos-1", GradingLevel.PROVINCE, PRODUCT, null, "dossier-service", AT)
                .assign(
                        new Assignment("HD-51", LocalDate.of(2020, 4, 9), "QD1048-FOOD-SAMPLE", 1),
                        "province.officer",
                        AT);
    }

    private static Result result(int stars, boolean fiveStarCandidate) {
        return new Result(
                "HD-51",
                "QD1048-FOOD-SAMPLE v1",
                "91.50",
                stars,
                stars,
                true,
                fiveStarCandidate,
                List.of(),
                List.of(),
                AT,
                "council.chair");
    }
}
