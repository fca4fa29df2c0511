package vn.ocop.evaluation.criteria;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A versioned score sheet (phiếu đánh giá) for some product sub-groups under one legal basis.
 *
 * @param sample        true for content written by the project because the official annex was unavailable
 * @param productGroups the product sub-group codes this sheet applies to
 */
public record CriteriaSheet(
        String id,
        int version,
        String legalBasis,
        LocalizedText title,
        boolean sample,
        List<String> productGroups,
        List<Part> parts) {

    public CriteriaSheet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(title, "title");
        productGroups = List.copyOf(productGroups);
        parts = List.copyOf(parts);
    }

    public Stream<Criterion> criteria() {
        return parts.stream().flatMap(p -> p.criteria().stream());
    }

    public Optional<Criterion> criterion(String code) {
        return criteria().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<Part> part(PartCode code) {
        return parts.stream().filter(p -> p.code() == code).findFirst();
    }

    /** The part a criterion belongs to. */
    public Optional<PartCode> partOf(String criterionCode) {
        return parts.stream()
                .filter(p -> p.criteria().stream().anyMatch(c -> c.code().equals(criterionCode)))
                .map(Part::code)
                .findFirst();
    }

    public String reference() {
        return id + " v" + version;
    }
}
