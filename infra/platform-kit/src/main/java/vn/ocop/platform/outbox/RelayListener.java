package vn.ocop.platform.outbox;

/**
 * Told what the relay is about to publish: the seam a test fixture uses to inject a fault between the state write
 * and the publish (infra/fault-hooks); production deployments register none.
 */
public interface RelayListener {

    /** False leaves every event to the sweep, so that nothing is published straight after its write. */
    default boolean fastPath() {
        return true;
    }

    /** Called before the sweep publishes the events of {@code documents} documents of {@code collection}. */
    void beforeSweepPublish(String collection, int documents);
}
