package vn.ocop.local.demo;

/** The demo could not go on: a service refused a step or an asynchronous step did not finish in time. */
public final class DemoFailure extends RuntimeException {

    public DemoFailure(String message) {
        super(message);
    }

    public DemoFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
