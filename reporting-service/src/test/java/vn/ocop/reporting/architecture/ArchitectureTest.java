package vn.ocop.reporting.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

class ArchitectureTest {

    private static final String[] DOMAIN = {"vn.ocop.reporting.views", "vn.ocop.reporting.period",
            "vn.ocop.reporting.task", "vn.ocop.reporting.reference", "vn.ocop.reporting.export"};
    private static final String[] ADAPTERS = {"web", "persistence", "messaging"};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.ocop.reporting");

    @Test
    void everyDomainPackageExistsAndHoldsClasses() {
        for (String pkg : DOMAIN) {
            assertThat(classes.stream().filter(c -> c.getPackageName().equals(pkg))).as(pkg).isNotEmpty();
        }
    }

    @Test
    void domainPackagesImportNoSpringMongoOrKafka() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat(resideInAnyPackage("org.springframework..", "org.bson..",
                        "com.mongodb..", "org.apache.kafka..", "tools.jackson..",
                        "com.fasterxml.jackson..")
                        .or(resideInAPackage("vn.ocop.platform..").and(not(resideInAPackage("vn.ocop.platform.text..")))))
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void webPersistenceAndMessagingDoNotDependOnEachOther() {
        for (String from : ADAPTERS) {
            for (String to : ADAPTERS) {
                if (!from.equals(to)) {
                    noClasses().that().resideInAPackage("vn.ocop.reporting.*." + from + "..")
                            .should().dependOnClassesThat().resideInAPackage("vn.ocop.reporting.*." + to + "..")
                            .allowEmptyShould(false)
                            .check(classes);
                }
            }
        }
        for (String adapter : ADAPTERS) {
            assertThat(classes.stream().filter(c -> c.getPackageName().endsWith("." + adapter))).as(adapter)
                    .hasSizeGreaterThanOrEqualTo(2);
        }
    }

    /** See {@link vn.ocop.platform.test.StoreRules#NO_EXISTS_QUERIES}. */
    @Test
    void noExistsQueriesOnTheStore() {
        vn.ocop.platform.test.StoreRules.NO_EXISTS_QUERIES.check(classes);
    }
}
