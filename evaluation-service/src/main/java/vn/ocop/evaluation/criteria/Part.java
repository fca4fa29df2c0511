package vn.ocop.evaluation.criteria;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

public record Part(PartCode code, LocalizedText title, BigDecimal maxPoints, List<Criterion> criteria) {

    public Part {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(maxPoints, "maxPoints");
        criteria = List.copyOf(criteria);
    }

    /** What a perfect answer sheet scores in this part. */
    public BigDecimal bestPoints() {
        return criteria.stream().map(Criterion::bestPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
