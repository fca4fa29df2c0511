package vn.ocop.dossier.reference;

import vn.ocop.dossier.common.DossierRefusal.UnknownReference;

/** Resolves district and commune codes into a {@link Location}, applying the district's commune rule. */
public record AdministrativeUnits(Province province) {

    /**
     * The location of a producer. A commune is required unless the district allows producers
     * without one; a commune given without a district implies its district.
     */
    public Location locate(String districtCode, String communeCode) {
        District district;
        if (districtCode == null || districtCode.isBlank()) {
            if (communeCode == null || communeCode.isBlank()) {
                throw new UnknownReference("districtCode", "is required", "là bắt buộc");
            }
            district = province.districtOfCommune(communeCode)
                    .orElseThrow(() -> new UnknownReference(
                            "communeCode", "is not a commune of the province", "không phải xã/phường của tỉnh"));
        } else {
            district = province.district(districtCode)
                    .orElseThrow(() -> new UnknownReference(
                            "districtCode",
                            "is not a district of the province",
                            "không phải huyện/thị xã/thành phố của tỉnh"));
        }
        if (communeCode == null || communeCode.isBlank()) {
            if (!district.communeOptional()) {
                throw new UnknownReference(
                        "communeCode", "is required in " + district.name(), "là bắt buộc đối với " + district.name());
            }
            return new Location(province.code(), district.code(), district.name(), null, null);
        }
        Commune commune = district.commune(communeCode)
                .orElseThrow(() -> new UnknownReference(
                        "communeCode",
                        "is not a commune of " + district.name(),
                        "không phải xã/phường/thị trấn thuộc " + district.name()));
        return new Location(province.code(), district.code(), district.name(), commune.code(), commune.name());
    }
}
