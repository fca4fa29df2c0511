package vn.ocop.local.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.ocop.client.OcopClient;
import vn.ocop.devidentity.DevTokenIssuer;
import vn.ocop.local.EmbeddedPlatform;

/**
 * The people who act in the demo, each with their own signed token: the token issuer's listed demo users where
 * one exists ({@code tokenFor}), otherwise a token minted with the same kind of claims ({@code mint}) — district
 * officers of all 13 districts, council members of every council, the sample producers, unit reporters.
 */
final class DemoPeople {

    static final String PROVINCE = "province.officer";
    static final String OPERATOR = "operator";
    static final String PROVINCE_COUNCIL = "HD-51";

    private final DevTokenIssuer issuer;
    private final Map<String, Map<String, Object>> minted = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    DemoPeople(DevTokenIssuer issuer) {
        this.issuer = issuer;
    }

    /** The platform's public APIs called as these people. */
    OcopClient client(EmbeddedPlatform platform) {
        return OcopClient.builder()
                .baseUrls(platform::serviceUrl)
                .tokens(this::token)
                .build();
    }

    /** The platform's public APIs called as the token issuer's listed demo users. */
    static OcopClient listedUsers(EmbeddedPlatform platform) {
        return new DemoPeople(platform.tokenIssuer()).client(platform);
    }

    String token(String user) {
        return tokens.computeIfAbsent(user, u -> {
            if (issuer.user(u) != null) {
                return issuer.tokenFor(u);
            }
            Map<String, Object> claims = minted.get(u);
            if (claims == null) {
                throw new IllegalStateException("nobody called " + u + " in the demo");
            }
            return issuer.mint(claims, Duration.ofHours(8));
        });
    }

    boolean isListed(String user) {
        return issuer.user(user) != null;
    }

    String districtOfficer(DemoCatalogue.District d) {
        return person(
                "district." + d.slug(),
                "Cán bộ OCOP " + d.name() + " (mẫu)",
                Map.of("roles", List.of("DISTRICT_OFFICER"), "district_code", d.code()));
    }

    String producer(DemoCatalogue.Producer p) {
        String listed = switch (p.regNo()) {
            case "4300100001" -> "producer.mo-duc";
            case "4300100002" -> "producer.ba-to";
            case "4300100003" -> "producer.ly-son";
            default -> null;
        };
        if (listed != null) {
            return listed;
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("roles", List.of("PRODUCER"));
        claims.put("producer_id", p.id());
        claims.put("district_code", p.districtCode());
        if (p.communeCode() != null) {
            claims.put("commune_code", p.communeCode());
        }
        return person("producer." + p.regNo(), p.name(), claims);
    }

    static String councilId(DemoCatalogue.District d) {
        return "HD-" + d.code();
    }

    /** Chair first, then the members; three per district council. */
    List<String> districtCouncil(DemoCatalogue.District d) {
        List<String> members = new ArrayList<>();
        for (String seat : List.of("chair", "member1", "member2")) {
            members.add(person(
                    "council." + d.slug() + "." + seat,
                    "Thành viên HĐ " + d.name() + " (mẫu)",
                    Map.of("roles", List.of("COUNCIL_MEMBER"), "council_id", councilId(d), "district_code", d.code())));
        }
        return members;
    }

    /** Chair first; five members, the three listed ones and two more departments. */
    List<String> provincialCouncil() {
        List<String> members = new ArrayList<>();
        for (String seat : List.of("chair", "member1", "member2", "member3", "member4")) {
            members.add(person(
                    "council.province." + seat,
                    "Thành viên HĐ tỉnh (mẫu)",
                    Map.of("roles", List.of("COUNCIL_MEMBER"), "council_id", PROVINCE_COUNCIL)));
        }
        return members;
    }

    /** The reporter of a unit of letter 878: a department code or DIST-&lt;district code&gt;. */
    String reporter(String unitCode, Map<String, DemoCatalogue.District> districts) {
        if (unitCode.startsWith("DIST-")) {
            DemoCatalogue.District d = districts.get(unitCode.substring(5));
            return person(
                    "reporter." + d.slug(),
                    "Báo cáo viên UBND " + d.name() + " (mẫu)",
                    Map.of("roles", List.of("UNIT_REPORTER"), "unit_code", unitCode));
        }
        return person(
                "reporter." + unitCode.toLowerCase(java.util.Locale.ROOT),
                "Báo cáo viên " + unitCode + " (mẫu)",
                Map.of("roles", List.of("UNIT_REPORTER"), "unit_code", unitCode));
    }

    List<String> mintedUsers() {
        return minted.keySet().stream().sorted().toList();
    }

    private String person(String user, String name, Map<String, Object> claims) {
        if (!isListed(user)) {
            minted.computeIfAbsent(user, u -> {
                Map<String, Object> all = new LinkedHashMap<>();
                all.put("sub", u);
                all.put("name", name);
                all.putAll(claims);
                return all;
            });
        }
        return user;
    }
}
