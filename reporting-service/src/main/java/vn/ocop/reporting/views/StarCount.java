package vn.ocop.reporting.views;

/** Recognised products of one group (a district, a product group) by star rating. */
public record StarCount(String key, String label, int stars3, int stars4, int stars5) {

    public int total() {
        return stars3 + stars4 + stars5;
    }
}
