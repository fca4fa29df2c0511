package vn.ocop.dossier.architecture;

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

    private static final String[] DOMAIN = {"vn.ocop.dossier.dossier", "vn.ocop.dossier.producer",
            "vn.ocop.dossier.round", "vn.ocop.dossier.reference"};
    private static final String[] FEATURES = {"dossier", "producer", "round"};
    private static final String[] ADAPTERS = {"web", "persistence", "messaging"};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.ocop.dossier");

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
                        "com.fasterxml.jackson..", "jakarta.persistence..")
                        .or(resideInAPackage("vn.ocop.platform..").and(not(resideInAPackage("vn.ocop.platform.text..")))))
                .allowEmptyShould(false)
                .check(classes);
    }

    @Test
    void adaptersOfAFeatureDoNotDependOnEachOther() {
        for (String feature : FEATURES) {
            for (String from : ADAPTERS) {
                for (String to : ADAPTERS) {
                    if (from.equals(to)) {
                        continue;
                    }
                    String source = "vn.ocop.dossier." + feature + "." + from + "..";
                    boolean exists = classes.stream().anyMatch(c -> c.getPackageName()
                            .startsWith("vn.ocop.dossier." + feature + "." + from));
                    if (!exists) {
                        continue;
                    }
                    noClasses().that().resideInAPackage(source)
                            .should().dependOnClassesThat().resideInAPackage("vn.ocop.dossier.*." + to + "..")
                            .allowEmptyShould(false)
                            .check(classes);
                }
            }
        }
        assertThat(classes.stream().filter(c -> c.getPackageName().endsWith(".web"))).hasSizeGreaterThan(3);
        assertThat(classes.stream().filter(c -> c.getPackageName().endsWith(".persistence"))).hasSizeGreaterThan(3);
        assertThat(classes.stream().filter(c -> c.getPackageName().endsWith(".messaging"))).hasSizeGreaterThan(2);
    }

    /** See {@link vn.ocop.platform.test.StoreRules#NO_EXISTS_QUERIES}. */
    @Test
    void noExistsQueriesOnTheStore() {
        vn.ocop.platform.test.StoreRules.NO_EXISTS_QUERIES.check(classes);
    }
}
