package vn.ocop.dossier.producer;

/** The producer's contact person. Personal data: shown to people in scope, never logged or put in events. */
public record Contact(String name, String phone, String email) {

    @Override
    public String toString() {
        return "Contact[redacted]";
    }
}
