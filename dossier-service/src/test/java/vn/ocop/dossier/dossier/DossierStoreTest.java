package vn.ocop.dossier.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.ocop.dossier.dossier.persistence.DossierStore;
import vn.ocop.dossier.support.DossierServiceTestBase;

class DossierStoreTest extends DossierServiceTestBase {

    @Autowired
    DossierStore store;

    @Autowired
    MongoTemplate mongo;

    @Test
    void anEffectIsWrittenOncePerEventAndNeverOverAnotherWriter() {
        String id = newDraft(newRound(LocalDate.of(2040, 4, 10)));
        Dossier d = store.findById(id).orElseThrow();

        store.applyOnce(d, d.version(), "evt-1");

        assertThatThrownBy(() -> store.applyOnce(d, d.version(), "evt-1"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> store.applyOnce(d, d.version() - 1, "evt-2"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        Document stored = mongo.findById(id, Document.class, DossierStore.COLLECTION);
        assertThat(stored.getList("appliedEvents", String.class)).containsExactly("evt-1");
        assertThat(store.alreadyApplied(id, "evt-1")).isTrue();
        assertThat(store.alreadyApplied(id, "evt-2")).isFalse();
    }
}
