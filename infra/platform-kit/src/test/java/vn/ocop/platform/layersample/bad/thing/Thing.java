package vn.ocop.platform.layersample.bad.thing;

import org.springframework.util.StringUtils;

/** A domain class that reaches for Spring: the domain rule must catch it. */
public record Thing(String name) {
    public boolean named() {
        return StringUtils.hasText(name);
    }
}
