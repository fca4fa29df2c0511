package vn.ocop.reporting.period;

/** The structured part of a unit's semi-annual report (counts for the period, budget in million VND). */
public record ReportFigures(
        int dossiersGuided,
        int productsRecognized,
        int trainingCourses,
        int tradePromotionEvents,
        long budgetMillionVnd) {

    public ReportFigures {
        if (dossiersGuided < 0
                || productsRecognized < 0
                || trainingCourses < 0
                || tradePromotionEvents < 0
                || budgetMillionVnd < 0) {
            throw new IllegalArgumentException("report figures cannot be negative");
        }
    }

    public ReportFigures plus(ReportFigures o) {
        return new ReportFigures(
                dossiersGuided + o.dossiersGuided,
                productsRecognized + o.productsRecognized,
                trainingCourses + o.trainingCourses,
                tradePromotionEvents + o.tradePromotionEvents,
                budgetMillionVnd + o.budgetMillionVnd);
    }

    public static ReportFigures none() {
        return new ReportFigures(0, 0, 0, 0, 0);
    }
}
