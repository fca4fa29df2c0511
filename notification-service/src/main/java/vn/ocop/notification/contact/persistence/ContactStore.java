package vn.ocop.notification.contact.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.ocop.notification.contact.Contact;
import vn.ocop.notification.contact.ContactRole;

/** Contacts in MongoDB ({@code contacts}); every query takes the caller's scope as criteria. */
@Component
public class ContactStore {

    static final String COLLECTION = "contacts";

    private final MongoTemplate mongo;

    public ContactStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<Contact> withRoles(Collection<ContactRole> roles) {
        return mongo.find(Query.query(Criteria.where("role").in(roles)), Contact.class, COLLECTION);
    }

    public List<Contact> find(Criteria scope, ContactRole role, int limit) {
        Criteria criteria = role == null
                ? scope
                : new Criteria().andOperator(scope, Criteria.where("role").is(role));
        return mongo.find(Query.query(criteria).with(Sort.by("_id")).limit(limit), Contact.class, COLLECTION);
    }

    public Optional<Contact> find(String id, Criteria scope) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(new Criteria().andOperator(Criteria.where("_id").is(id), scope)),
                Contact.class,
                COLLECTION));
    }

    public Optional<Contact> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Contact.class, COLLECTION));
    }

    public boolean isEmpty() {
        return mongo.estimatedCount(COLLECTION) == 0;
    }

    /** Inserts; an existing id fails with DuplicateKeyException. */
    public void insert(Contact contact) {
        mongo.insert(contact, COLLECTION);
    }

    public void replace(Contact contact, long expectedVersion) {
        var result = mongo.replace(
                Query.query(
                        Criteria.where("_id").is(contact.id()).and("version").is(expectedVersion)),
                contact,
                COLLECTION);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("contact " + contact.id() + " changed meanwhile");
        }
    }

    public boolean delete(String id, Criteria scope) {
        return mongo.remove(
                                Query.query(new Criteria()
                                        .andOperator(Criteria.where("_id").is(id), scope)),
                                COLLECTION)
                        .getDeletedCount()
                > 0;
    }
}
