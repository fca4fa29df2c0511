package vn.ocop.evaluation.criteria;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question on the score sheet with its fixed list of answers. A mandatory criterion
 * ({@code guardsStars} = n) caps the result at n − 1 stars when it is failed, whatever the total.
 *
 * @param topic optional heading the criterion sits under (e.g. "Production organisation")
 */
public record Criterion(
        String code,
        LocalizedText topic,
        LocalizedText text,
        List<AnswerOption> options,
        boolean mandatory,
        Integer guardsStars) {

    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        options = List.copyOf(options);
    }

    public Optional<AnswerOption> option(String optionCode) {
        return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
    }

    /** Points of the best answer; zero for a criterion without answers (which the validator refuses). */
    public BigDecimal bestPoints() {
        return options.stream()
                .map(AnswerOption::points)
                .max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
    }
}
