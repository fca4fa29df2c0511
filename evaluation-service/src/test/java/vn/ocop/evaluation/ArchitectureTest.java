package vn.ocop.evaluation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The walls between the domain and the adapters, and between the adapters themselves. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.ocop.evaluation");

    private static final String[] DOMAIN = {"vn.ocop.evaluation.criteria", "vn.ocop.evaluation.criteria.catalog",
            "vn.ocop.evaluation.grading", "vn.ocop.evaluation.session", "vn.ocop.evaluation.council",
            "vn.ocop.evaluation.recognition"};

    @Test
    void domainImportsNoSpringMongoKafkaOrPlatform() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.bson..",
                        "com.mongodb..", "org.apache.kafka..", "vn.ocop.platform..", "jakarta.persistence..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void webDoesNotReachIntoPersistenceOrMessaging() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "..messaging..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void persistenceDoesNotDependOnWebOrMessaging() {
        noClasses().that().resideInAPackage("..persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..messaging..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void messagingDoesNotDependOnWebOrPersistence() {
        noClasses().that().resideInAPackage("..messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void onlyTheApplicationLayerTalksToPersistence() {
        noClasses().that().resideInAnyPackage("..web..", "..messaging..")
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    /** See {@link vn.ocop.platform.test.StoreRules#NO_EXISTS_QUERIES}. */
    @Test
    void noExistsQueriesOnTheStore() {
        vn.ocop.platform.test.StoreRules.NO_EXISTS_QUERIES.check(CLASSES);
    }
}
