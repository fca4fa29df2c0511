package vn.ocop.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules every service applies can fail: a sample that breaks each is caught, one that keeps them passes. */
class LayerRulesTest {

    @Test
    void aDomainOnSpringAUseCaseOnHttpAndDemoCodeAreEachCaught() {
        List<String> failed = failedRules("vn.ocop.platform.layersample.bad");
        assertThat(failed).anyMatch(d -> d.startsWith("the domain of"));
        assertThat(failed).anyMatch(d -> d.startsWith("the use cases of"));
        assertThat(failed).anyMatch(d -> d.startsWith("no demo code"));
        assertThat(failed).anyMatch(d -> d.startsWith("no fault hook"));
    }

    @Test
    void aPlainDomainAndUseCasesThatRefuseInTheDomainsWordsPass() {
        assertThat(failedRules("vn.ocop.platform.layersample.good")).isEmpty();
    }

    private static List<String> failedRules(String root) {
        JavaClasses classes = new ClassFileImporter().importPackages(root);
        return LayerRules.of(root).rules().stream()
                .filter(rule -> rule.evaluate(classes).hasViolation())
                .map(ArchRule::getDescription)
                .toList();
    }
}
