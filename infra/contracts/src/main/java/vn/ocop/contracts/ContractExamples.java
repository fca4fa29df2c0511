package vn.ocop.contracts;

import java.util.Set;
import java.util.TreeSet;

/**
 * The example body of each event type ({@code contracts/examples/<ce_type>.json}): realistic Quảng Ngãi data that
 * satisfies the schema, for consumer tests to feed into their listeners.
 */
public final class ContractExamples {

    private ContractExamples() {}

    /** The example body of {@code ceType}, as UTF-8 JSON text. */
    public static String body(String ceType) {
        return ContractResources.read(ContractResources.EXAMPLES + ceType + ".json");
    }

    /** Every ce_type that has an example. */
    public static Set<String> types() {
        Set<String> types = new TreeSet<>();
        for (String file : ContractResources.list(ContractResources.EXAMPLES)) {
            if (file.endsWith(".json")) {
                types.add(file.substring(0, file.length() - ".json".length()));
            }
        }
        return types;
    }
}
