package vn.ocop.bench;

/** A scenario that cannot run here (a service jar is missing, or a service's API refused); reported, not fatal. */
final class ScenarioSkipped extends RuntimeException {

    ScenarioSkipped(String message) {
        super(message);
    }
}
