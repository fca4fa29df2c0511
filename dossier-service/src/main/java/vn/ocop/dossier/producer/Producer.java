package vn.ocop.dossier.producer;

import java.time.Instant;
import vn.ocop.dossier.reference.Location;
import vn.ocop.platform.text.Folding;

/**
 * A producer (chủ thể OCOP): cooperative, enterprise, cooperative group or registered household.
 * Its id derives from the registration or tax number, so tokens can carry a stable producer id.
 */
public class Producer {

    public static final String ID_PREFIX = "PR-";

    private String id;
    private long version;
    private ProducerKind kind;
    private String name;
    private String registrationNumber;
    private Location location;
    private String address;
    private Contact contact;
    private String searchText;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    // the version last put in the outbox; absent on producers stored before the producer-registered event existed
    private Long announcedVersion;

    // the document mapper instantiates through this, then fills the fields
    private Producer() {}

    public static String idFor(String registrationNumber) {
        return ID_PREFIX + registrationNumber;
    }

    public static Producer register(
            ProducerKind kind,
            String name,
            String registrationNumber,
            Location location,
            String address,
            Contact contact,
            String actor,
            Instant now) {
        Producer p = new Producer();
        p.id = idFor(registrationNumber);
        p.registrationNumber = registrationNumber;
        p.createdAt = now;
        p.createdBy = actor;
        p.apply(kind, name, location, address, contact, actor, now);
        return p;
    }

    /** Changes the editable details; the registration number (and so the id) never changes. */
    public void update(
            ProducerKind kind,
            String name,
            Location location,
            String address,
            Contact contact,
            String actor,
            Instant now) {
        apply(kind, name, location, address, contact, actor, now);
    }

    private void apply(
            ProducerKind kind,
            String name,
            Location location,
            String address,
            Contact contact,
            String actor,
            Instant now) {
        this.kind = kind;
        this.name = name;
        this.location = location;
        this.address = address;
        this.contact = contact;
        this.searchText = Folding.searchText(name, registrationNumber, location.communeName(), location.districtName());
        this.version++;
        this.updatedAt = now;
        this.updatedBy = actor;
    }

    /** Records that the current version goes out in a producer-registered event written with this state. */
    public void markAnnounced() {
        this.announcedVersion = version;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ProducerKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public Location location() {
        return location;
    }

    public String address() {
        return address;
    }

    public Contact contact() {
        return contact;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
