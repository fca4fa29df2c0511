package vn.ocop.dossier.producer.application;

import vn.ocop.dossier.producer.Contact;
import vn.ocop.dossier.producer.ProducerKind;

/** The editable details of a producer, as a use case receives them. */
public record ProducerDetails(
        ProducerKind kind, String name, String districtCode, String communeCode, String address, Contact contact) {}
