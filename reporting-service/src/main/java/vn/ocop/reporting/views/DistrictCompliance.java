package vn.ocop.reporting.views;

/** How many of a district's dossiers of a round reached the province before the round's district deadline. */
public record DistrictCompliance(
        String roundId, String districtCode, String districtName, int forwarded, int onTime, int late) {

    public DistrictCompliance add(boolean inTime) {
        return new DistrictCompliance(
                roundId, districtCode, districtName, forwarded + 1, onTime + (inTime ? 1 : 0), late + (inTime ? 0 : 1));
    }
}
