package vn.ocop.reporting.views;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A recognised product as the catalogue shows it; {@code recognizedBy} is a user id, never shown publicly. */
public record CatalogueItem(
        String dossierId,
        String productName,
        String producerId,
        String producerName,
        String districtCode,
        String districtName,
        String communeCode,
        String communeName,
        String productGroup,
        int stars,
        BigDecimal score,
        String decisionNumber,
        LocalDate decisionDate,
        String certificateNumber,
        LocalDate validUntil,
        String recognizedBy) {}
