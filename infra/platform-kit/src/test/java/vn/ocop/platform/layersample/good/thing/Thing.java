package vn.ocop.platform.layersample.good.thing;

import vn.ocop.platform.text.Folding;

/** A plain-Java domain class using the kit's plain-Java text folding. */
public record Thing(String name) {
    public String searchText() {
        return Folding.searchText(name);
    }
}
