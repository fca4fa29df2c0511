package vn.ocop.notification.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The walls between domain and adapters. Every rule fails on an empty selection, so a renamed package is noticed. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.ocop.notification");

    /** Packages that hold domain rules only (not their sub-packages). */
    private static final String[] DOMAIN = {"vn.ocop.notification.contact", "vn.ocop.notification.delivery",
            "vn.ocop.notification.reminder", "vn.ocop.notification.subscription", "vn.ocop.notification.alert",
            "vn.ocop.notification.channel", "vn.ocop.notification.template", "vn.ocop.notification.producer"};

    @Test
    void domainImportsNoSpringMongoOrKafka() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..",
                        "com.mongodb..", "org.apache.kafka..", "tools.jackson..", "com.fasterxml..",
                        "vn.ocop.platform..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void webAdaptersDependOnNoOtherAdapter() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "..messaging..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void persistenceAdaptersDependOnNoOtherAdapter() {
        noClasses().that().resideInAPackage("..persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..messaging..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void messagingAdaptersDependOnNoOtherAdapter() {
        noClasses().that().resideInAPackage("..messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void domainDependsOnNoApplicationOrAdapterCode() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..web..",
                        "..persistence..", "..messaging..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    /** Demo data (invented people, phones, e-mails) lives in the embedded demo and the test fixtures, never here. */
    @Test
    void theServiceJarHoldsNoDemoCode() {
        noClasses().should().haveSimpleNameStartingWith("Demo")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    /** See {@link vn.ocop.platform.test.StoreRules#NO_EXISTS_QUERIES}. */
    @Test
    void noExistsQueriesOnTheStore() {
        vn.ocop.platform.test.StoreRules.NO_EXISTS_QUERIES.check(CLASSES);
    }
}
