package vn.ocop.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.ocop.platform.test.StoreRules;

/** The kit keeps the rules it gives the services: no exists() query, no demo code, no fault hook. */
class KitArchitectureTest {

    private static final JavaClasses KIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("vn.ocop.platform");

    @Test
    void kitMakesNoExistsQueries() {
        StoreRules.NO_EXISTS_QUERIES.check(KIT);
    }

    @Test
    void kitHoldsNoDemoCode() {
        noClasses()
                .should()
                .haveSimpleNameStartingWith("Demo")
                .allowEmptyShould(false)
                .as("no demo code in the kit: demo data lives in the embedded demo and test fixtures")
                .check(KIT);
    }

    @Test
    void kitNeverHaltsTheJvm() {
        // the crash-before-publish fault lives in infra/fault-hooks, put on the classpath only by the test harnesses
        noClasses()
                .should()
                .callMethod(Runtime.class, "halt", int.class)
                .allowEmptyShould(false)
                .as("no fault hook in the kit")
                .check(KIT);
    }
}
