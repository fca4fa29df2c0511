package vn.ocop.platform.layersample.bad;

/** A fault hook in a service: the fault-hook rule must catch it. */
public final class CrashHook {
    private CrashHook() {}

    static void crash() {
        Runtime.getRuntime().halt(137);
    }
}
