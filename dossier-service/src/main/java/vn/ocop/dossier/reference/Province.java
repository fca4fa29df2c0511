package vn.ocop.dossier.reference;

import java.util.List;
import java.util.Optional;

/** The province and its administrative units (GSO list, snapshot of 1/3/2020). */
public record Province(String code, String name, String type, List<District> districts) {

    public Province {
        districts = List.copyOf(districts);
    }

    public Optional<District> district(String districtCode) {
        return districts.stream().filter(d -> d.code().equals(districtCode)).findFirst();
    }

    /** The district that holds the commune. */
    public Optional<District> districtOfCommune(String communeCode) {
        return districts.stream()
                .filter(d -> d.commune(communeCode).isPresent())
                .findFirst();
    }
}
