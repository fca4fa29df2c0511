package vn.ocop.local.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.ocop.client.OcopClient;

/**
 * The demo's sample data: Quảng Ngãi's 13 district-level units and their communes (GSO list of 1/3/2020, copied
 * from shared/data) and the SAMPLE producers and products of {@code demo/products-2020.json}.
 */
record DemoCatalogue(
        Map<String, District> districts, int communeCount, List<Producer> producers, List<Product> products) {

    static final String SAMPLE_MARK = "(mẫu/sample)";

    record District(String code, String name, String slug, Map<String, String> communes) {}

    record Producer(
            String regNo, String kind, String name, String districtCode, String communeCode, String contactName) {
        String id() {
            return "PR-" + regNo;
        }
    }

    record Product(String key, String name, String group, String about, Producer producer) {
        String description() {
            return about + " " + SAMPLE_MARK;
        }
    }

    static DemoCatalogue load() {
        JsonNode units = read("/demo/quang-ngai-admin-units-2020-03.json");
        JsonNode sample = read("/demo/products-2020.json");
        Map<String, District> districts = new LinkedHashMap<>();
        int communes = 0;
        for (JsonNode d : units.get("province").get("districts")) {
            Map<String, String> communeNames = new LinkedHashMap<>();
            d.get("communes")
                    .forEach(c -> communeNames.put(
                            c.get("code").asString(), nfc(c.get("name").asString())));
            communes += communeNames.size();
            String code = d.get("code").asString();
            districts.put(
                    code,
                    new District(
                            code,
                            nfc(d.get("name").asString()),
                            sample.get("districtSlugs").get(code).asString(),
                            communeNames));
        }
        Map<String, Producer> producers = new LinkedHashMap<>();
        for (JsonNode p : sample.get("producers")) {
            JsonNode commune = p.get("commune");
            producers.put(
                    p.get("regNo").asString(),
                    new Producer(
                            p.get("regNo").asString(),
                            p.get("kind").asString(),
                            nfc(p.get("name").asString()) + " (mẫu)",
                            p.get("district").asString(),
                            commune == null || commune.isNull() ? null : commune.asString(),
                            nfc(p.get("contact").asString())));
        }
        List<Product> products = new ArrayList<>();
        for (JsonNode p : sample.get("products")) {
            products.add(new Product(
                    p.get("key").asString(),
                    nfc(p.get("name").asString()),
                    p.get("group").asString(),
                    nfc(p.get("about").asString()),
                    producers.get(p.get("producer").asString())));
        }
        return new DemoCatalogue(districts, communes, List.copyOf(producers.values()), List.copyOf(products));
    }

    District district(String code) {
        return districts.get(code);
    }

    /** A producer that only the demo creates (not one of the token issuer's listed demo producers). */
    Producer marker() {
        return producers.stream()
                .filter(p -> p.regNo().startsWith("43002"))
                .findFirst()
                .orElseThrow();
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = DemoCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return OcopClient.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
