package vn.ocop.evaluation.criteria;

/** The three parts of every OCOP score sheet. */
public enum PartCode {
    /** Product and community strength (sản phẩm và sức mạnh cộng đồng). */
    A,
    /** Marketing capacity (khả năng tiếp thị). */
    B,
    /** Product quality (chất lượng sản phẩm). */
    C
}
