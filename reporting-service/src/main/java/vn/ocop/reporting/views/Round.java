package vn.ocop.reporting.views;

import java.time.LocalDate;

/** An intake round as round-scheduled events describe it. */
public record Round(String roundId, int year, int number, LocalDate districtDeadline, LocalDate provinceDeadline) {

    public String label() {
        return "Đợt " + number + " năm " + year;
    }
}
