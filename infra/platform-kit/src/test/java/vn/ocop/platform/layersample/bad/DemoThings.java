package vn.ocop.platform.layersample.bad;

/** Demo data in a service: the demo rule must catch it. */
public final class DemoThings {
    private DemoThings() {}
}
