package vn.ocop.dossier.round;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An intake round (đợt) of a year: its legal basis, the last day for districts to forward graded
 * dossiers and the last day for the provincial recognition decision. Producers file into open rounds.
 */
public class Round {

    private String id;
    private long version;
    private int year;
    private int number;
    private String legalBasis;
    private LocalDate districtDeadline;
    private LocalDate provinceDeadline;
    private boolean open;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    // the document mapper instantiates through this, then fills the fields
    private Round() {}

    public static String idFor(int year, int number) {
        return year + "-" + number;
    }

    public static Round schedule(
            int year,
            int number,
            String legalBasis,
            LocalDate districtDeadline,
            LocalDate provinceDeadline,
            String actor,
            Instant now) {
        if (provinceDeadline.isBefore(districtDeadline)) {
            throw new IllegalArgumentException("provinceDeadline must not be before districtDeadline");
        }
        if (districtDeadline.getYear() < year) {
            throw new IllegalArgumentException("districtDeadline must fall in the round's year or later");
        }
        Round r = new Round();
        r.id = idFor(year, number);
        r.year = year;
        r.number = number;
        r.legalBasis = legalBasis;
        r.districtDeadline = districtDeadline;
        r.provinceDeadline = provinceDeadline;
        r.open = true;
        r.createdAt = now;
        r.createdBy = actor;
        r.touch(actor, now);
        return r;
    }

    /** Stops taking new dossiers; returns false when it was already closed. */
    public boolean close(String actor, Instant now) {
        if (!open) {
            return false;
        }
        open = false;
        touch(actor, now);
        return true;
    }

    private void touch(String actor, Instant now) {
        version++;
        updatedAt = now;
        updatedBy = actor;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public int year() {
        return year;
    }

    public int number() {
        return number;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public LocalDate districtDeadline() {
        return districtDeadline;
    }

    public LocalDate provinceDeadline() {
        return provinceDeadline;
    }

    public boolean open() {
        return open;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
