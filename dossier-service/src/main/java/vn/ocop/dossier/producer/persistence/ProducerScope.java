package vn.ocop.dossier.producer.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Criteria;
import vn.ocop.dossier.common.DossierRefusal;
import vn.ocop.dossier.reference.Location;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.Role;

/**
 * Which producers a caller may see or change: province officers and operators all, a district
 * officer those of the district, a commune officer those of the commune, a producer itself.
 */
public final class ProducerScope {

    private ProducerScope() {}

    /** Empty when the caller sees every producer; 403 when the caller's role sees none. */
    public static Optional<Criteria> of(OcopUser user) {
        if (user.provinceWide()) {
            return Optional.empty();
        }
        List<Criteria> any = new ArrayList<>();
        if (user.has(Role.DISTRICT_OFFICER) && user.districtCode() != null) {
            any.add(Criteria.where("location.districtCode").is(user.districtCode()));
        }
        if (user.has(Role.COMMUNE_OFFICER) && user.communeCode() != null) {
            any.add(Criteria.where("location.communeCode").is(user.communeCode()));
        }
        if (user.has(Role.PRODUCER) && user.producerId() != null) {
            any.add(Criteria.where("_id").is(user.producerId()));
        }
        if (any.isEmpty()) {
            throw new DossierRefusal.Forbidden(
                    "Your role has no access to producers", "Vai trò của bạn không được xem chủ thể OCOP");
        }
        return Optional.of(any.size() == 1 ? any.get(0) : new Criteria().orOperator(any));
    }

    /** Whether an officer may register or move a producer to this location. */
    public static boolean officerCovers(OcopUser user, Location location) {
        if (user.has(Role.PROVINCE_OFFICER)) {
            return true;
        }
        if (user.has(Role.DISTRICT_OFFICER) && location.districtCode().equals(user.districtCode())) {
            return true;
        }
        return user.has(Role.COMMUNE_OFFICER)
                && location.communeCode() != null
                && location.communeCode().equals(user.communeCode());
    }
}
