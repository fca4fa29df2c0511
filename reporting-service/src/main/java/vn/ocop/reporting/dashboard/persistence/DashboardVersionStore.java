package vn.ocop.reporting.dashboard.persistence;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;
import vn.ocop.reporting.dashboard.application.DashboardVersions;
import vn.ocop.reporting.views.persistence.VersionCounter;

/** The dashboards' counter: {@code view_versions}, {@code _id: "dashboard"}, beside the catalogue's. */
@Repository
class DashboardVersionStore implements DashboardVersions {

    private final VersionCounter counter;

    DashboardVersionStore(MongoOperations mongo) {
        this.counter = new VersionCounter(mongo, "dashboard");
    }

    @Override
    public long read() {
        return counter.read();
    }

    @Override
    public void bump() {
        counter.bump();
    }
}
