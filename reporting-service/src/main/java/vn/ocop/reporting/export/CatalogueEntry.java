package vn.ocop.reporting.export;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One recognised product in the public catalogue. {@code communeName} is null where the district has no communes (Lý Sơn). */
public record CatalogueEntry(
        String productName,
        String producerName,
        String districtName,
        String communeName,
        String productGroup,
        int stars,
        BigDecimal score,
        String decisionNumber,
        LocalDate decisionDate,
        String certificateNumber,
        LocalDate validUntil) {}
