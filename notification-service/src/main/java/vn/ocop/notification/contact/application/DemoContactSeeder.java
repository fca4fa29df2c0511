package vn.ocop.notification.contact.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import vn.ocop.notification.contact.Contact;
import vn.ocop.notification.contact.persistence.ContactStore;
import vn.ocop.notification.unit.UnitDirectory;

/**
 * Fills an empty contact directory with the demo contacts. Ids are fixed, so two instances starting together insert
 * each contact once (the second gets a duplicate key and skips it), and a directory someone already edited is left
 * alone.
 */
@Component
@ConditionalOnProperty(name = "ocop.notification.contacts.seed-demo", havingValue = "true", matchIfMissing = true)
class DemoContactSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContactSeeder.class);

    private final ContactStore contacts;
    private final UnitDirectory units;

    DemoContactSeeder(ContactStore contacts, UnitDirectory units) {
        this.contacts = contacts;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!contacts.isEmpty()) {
            return;
        }
        int inserted = 0;
        for (Contact contact : DemoContacts.all(units)) {
            try {
                contacts.insert(contact);
                inserted++;
            } catch (DuplicateKeyException alreadyThere) {
                // another instance seeded it first
            }
        }
        log.info("Seeded {} demo contacts", inserted);
    }
}
