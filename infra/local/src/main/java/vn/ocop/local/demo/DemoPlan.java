package vn.ocop.local.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What happens to each sample product, decided up front from the seed: returned for completion (and whether
 * the producer resubmits), the total each council member gives at district and at province. Totals of one
 * council stay within 4 points of each other (the rule allows 10) and inside one star band, so the council's
 * mean lands in the band the demo meant: 29×3★ and 2×4★ recognised as in 2020, two products below 50 points
 * at the district, one below 3★ at the province, five dossiers returned of which three come back.
 */
final class DemoPlan {

    static final int RETURNED = 5;
    static final int RESUBMITTED = 3;
    static final int DISTRICT_FAILS = 2;
    static final int PROVINCE_FAILS = 1;
    static final int FOUR_STARS = 2;
    static final int DISTRICT_MEMBERS = 3;
    static final int PROVINCE_MEMBERS = 5;

    /** The fate of one product; {@code provinceTotals} is empty when it never reaches the province. */
    record Fate(
            DemoCatalogue.Product product,
            boolean returned,
            boolean resubmitted,
            List<Integer> districtTotals,
            List<Integer> provinceTotals) {

        boolean accepted() {
            return !returned || resubmitted;
        }

        boolean forwarded() {
            return accepted() && meetsForwardThreshold(districtTotals);
        }

        int districtStars() {
            return stars(districtTotals);
        }

        int provinceStars() {
            return forwarded() ? stars(provinceTotals) : 0;
        }

        boolean recognised() {
            return provinceStars() >= 3;
        }
    }

    private final Map<String, Fate> fates = new LinkedHashMap<>();
    private final long seed;

    DemoPlan(DemoCatalogue catalogue, long seed) {
        this.seed = seed;
        Random random = new Random(seed);
        // the token issuer's listed producers keep a complete story for the walk-throughs: never a bad fate
        List<DemoCatalogue.Product> candidates = new ArrayList<>(catalogue.products().stream()
                .filter(p -> p.producer().regNo().startsWith("43002"))
                .toList());
        Collections.shuffle(candidates, random);
        List<DemoCatalogue.Product> returned = candidates.subList(0, RETURNED);
        List<DemoCatalogue.Product> resubmitted = returned.subList(0, RESUBMITTED);
        List<DemoCatalogue.Product> districtFails = candidates.subList(RETURNED, RETURNED + DISTRICT_FAILS);
        List<DemoCatalogue.Product> provinceFails =
                candidates.subList(RETURNED + DISTRICT_FAILS, RETURNED + DISTRICT_FAILS + PROVINCE_FAILS);
        List<DemoCatalogue.Product> others = new ArrayList<>(catalogue.products());
        others.removeAll(candidates.subList(0, RETURNED + DISTRICT_FAILS + PROVINCE_FAILS));
        others.addAll(resubmitted);
        others.sort(java.util.Comparator.comparing(DemoCatalogue.Product::key));
        Collections.shuffle(others, random);
        List<DemoCatalogue.Product> fourStars = others.subList(0, FOUR_STARS);

        for (DemoCatalogue.Product p : catalogue.products()) {
            boolean isReturned = returned.contains(p);
            boolean isResubmitted = resubmitted.contains(p);
            List<Integer> district = districtFails.contains(p)
                    ? totals(random, 38, 46, DISTRICT_MEMBERS)
                    : totals(random, 56, 82, DISTRICT_MEMBERS);
            List<Integer> province = provinceFails.contains(p)
                    ? totals(random, 40, 46, PROVINCE_MEMBERS)
                    : fourStars.contains(p)
                            ? totals(random, 74, 84, PROVINCE_MEMBERS)
                            : totals(random, 53, 66, PROVINCE_MEMBERS);
            fates.put(p.key(), new Fate(p, isReturned, isResubmitted, district, province));
        }
    }

    List<Fate> fates() {
        return List.copyOf(fates.values());
    }

    Fate fate(String productKey) {
        return fates.get(productKey);
    }

    /** The random source of one member's answers: the same for the same seed whatever the thread order. */
    Random answersOf(String productKey, String level, int member) {
        return new Random(seed * 1_000_003L + (productKey + "/" + level + "/" + member).hashCode());
    }

    /** A random source for a later step, derived from the seed and the step's name. */
    Random forStep(String step) {
        return new Random(seed * 1_000_003L + step.hashCode());
    }

    /** Members' totals around a base in [from, to], each within ±2 of it: never across a band edge for these ranges. */
    private static List<Integer> totals(Random random, int from, int to, int members) {
        int base = from + random.nextInt(to - from + 1);
        List<Integer> totals = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            totals.add(base - 2 + random.nextInt(5));
        }
        return List.copyOf(totals);
    }

    /** 1048's bands on the exact mean (half-open intervals, no rounding): sum ≥ edge × members. */
    static int stars(List<Integer> totals) {
        int sum = totals.stream().mapToInt(Integer::intValue).sum();
        int n = totals.size();
        if (sum >= 90 * n) {
            return 5;
        }
        if (sum >= 70 * n) {
            return 4;
        }
        if (sum >= 50 * n) {
            return 3;
        }
        return sum >= 30 * n ? 2 : 1;
    }

    static boolean meetsForwardThreshold(List<Integer> totals) {
        return totals.stream().mapToInt(Integer::intValue).sum() >= 50 * totals.size();
    }

    static String mean(List<Integer> totals) {
        return java.math.BigDecimal.valueOf(
                        totals.stream().mapToInt(Integer::intValue).sum())
                .divide(java.math.BigDecimal.valueOf(totals.size()), 2, java.math.RoundingMode.DOWN)
                .toPlainString();
    }
}
