package vn.ocop.dossier.dossier.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Criteria;
import vn.ocop.dossier.common.DossierRefusal;
import vn.ocop.dossier.dossier.DossierStatus;
import vn.ocop.platform.security.OcopUser;
import vn.ocop.platform.security.Role;

/**
 * Which dossiers a caller may see, as a query criterion, so out-of-scope dossiers are never read
 * (they answer 404). Province officers and operators see all; a district officer their district;
 * a commune officer their commune; a producer their own; a district council member their district's;
 * a provincial council member (no district claim) those forwarded to the province and later.
 */
public final class DossierScope {

    static final List<DossierStatus> AT_PROVINCE = List.of(
            DossierStatus.FORWARDED,
            DossierStatus.PROVINCE_GRADED,
            DossierStatus.RECOGNIZED,
            DossierStatus.NOT_RECOGNIZED);

    private DossierScope() {}

    /** Empty when the caller sees every dossier; 403 when the caller's role sees none. */
    public static Optional<Criteria> of(OcopUser user) {
        if (user.provinceWide()) {
            return Optional.empty();
        }
        List<Criteria> any = new ArrayList<>();
        if (user.has(Role.DISTRICT_OFFICER) && user.districtCode() != null) {
            any.add(Criteria.where("origin.districtCode").is(user.districtCode()));
        }
        if (user.has(Role.COMMUNE_OFFICER) && user.communeCode() != null) {
            any.add(Criteria.where("origin.communeCode").is(user.communeCode()));
        }
        if (user.has(Role.PRODUCER) && user.producerId() != null) {
            any.add(Criteria.where("origin.producerId").is(user.producerId()));
        }
        if (user.has(Role.COUNCIL_MEMBER)) {
            any.add(
                    user.districtCode() != null
                            ? Criteria.where("origin.districtCode").is(user.districtCode())
                            : Criteria.where("status")
                                    .in(AT_PROVINCE.stream().map(Enum::name).toList()));
        }
        if (any.isEmpty()) {
            throw new DossierRefusal.Forbidden(
                    "Your role has no access to dossiers", "Vai trò của bạn không được xem hồ sơ");
        }
        return Optional.of(any.size() == 1 ? any.get(0) : new Criteria().orOperator(any));
    }
}
