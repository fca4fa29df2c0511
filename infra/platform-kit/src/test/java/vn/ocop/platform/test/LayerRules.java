package vn.ocop.platform.test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The walls every service keeps, as one allow-list (ArchUnit), checked by each module with one line:
 * {@code LayerRules.of("vn.ocop.dossier").check();}.
 *
 * <p>A package belongs to a layer by a segment of its name: {@code application} (use cases),
 * {@code web}, {@code persistence}, {@code messaging} and {@code config} (adapters and wiring), or
 * one a service names as an adapter ({@link #adapters}). Everything else below the root, except the
 * root package itself (the Spring Boot application), is domain:
 * <ul>
 *   <li>the domain uses only the JDK, its own domain packages and the kit's plain-Java packages
 *       ({@code text}, {@code refusal});</li>
 *   <li>the use cases speak no HTTP: nothing of {@code org.springframework.http}, of a {@code web}
 *       package or of the kit's web support;</li>
 *   <li>web, persistence and messaging adapters do not use one another;</li>
 *   <li>no class named {@code Demo…}: demo data lives in the embedded demo and the test fixtures;</li>
 *   <li>no {@code Runtime.halt}: fault hooks live in infra/fault-hooks, outside every service jar;</li>
 *   <li>no {@code MongoOperations.exists(..)} ({@link StoreRules}).</li>
 * </ul>
 * Every rule fails on an empty selection, so a renamed package is noticed.
 */
public final class LayerRules {

    /** The kit's packages that are plain Java and may serve a domain. */
    public static final String[] PLAIN_KIT = {"vn.ocop.platform.text..", "vn.ocop.platform.refusal.."};

    private static final String[] ADAPTER_SEGMENTS = {"web", "persistence", "messaging", "config"};

    private final String root;
    private final List<String> adapterPackages = new ArrayList<>();
    private JavaClasses classes;

    private LayerRules(String root) {
        this.root = root;
    }

    public static LayerRules of(String rootPackage) {
        return new LayerRules(rootPackage);
    }

    /** Packages below the root (relative names, e.g. {@code "channel.sms"}) that are adapters by another name. */
    public LayerRules adapters(String... relativePackages) {
        Arrays.stream(relativePackages).map(p -> root + "." + p).forEach(adapterPackages::add);
        return this;
    }

    /** Checks every rule against the module's main classes. */
    public void check() {
        JavaClasses imported = importedClasses();
        for (ArchRule rule : rules()) {
            rule.check(imported);
        }
    }

    public List<ArchRule> rules() {
        List<ArchRule> rules = new ArrayList<>();
        rules.add(classes()
                .that(domain())
                .should()
                .onlyDependOnClassesThat(resideInAPackage("java..").or(domain()).or(resideInAnyPackage(PLAIN_KIT)))
                .allowEmptyShould(false)
                .as("the domain of " + root + " uses only the JDK, its own domain and the kit's plain-Java packages"));
        rules.add(noClasses()
                .that(application())
                .should()
                .dependOnClassesThat(
                        resideInAnyPackage("org.springframework.http..", "..web..", "vn.ocop.platform.web.."))
                .allowEmptyShould(false)
                .as("the use cases of " + root + " speak no HTTP"));
        for (String from : List.of("web", "persistence", "messaging")) {
            List<String> others = new ArrayList<>(List.of("web", "persistence", "messaging"));
            others.remove(from);
            rules.add(noClasses()
                    .that(ownPackageWith(from))
                    .should()
                    .dependOnClassesThat(ownPackageWith(others.get(0)).or(ownPackageWith(others.get(1))))
                    .allowEmptyShould(true)
                    .as(from + " adapters of " + root + " use no other adapter"));
        }
        rules.add(noClasses()
                .should()
                .haveSimpleNameStartingWith("Demo")
                .allowEmptyShould(false)
                .as("no demo code in " + root + ": demo data lives in the embedded demo and test fixtures"));
        rules.add(noClasses()
                .should()
                .callMethod(Runtime.class, "halt", int.class)
                .as("no fault hook in " + root + ": infra/fault-hooks is put on the class path by the test harnesses"));
        rules.add(StoreRules.NO_EXISTS_QUERIES);
        return rules;
    }

    public JavaClasses importedClasses() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                    .importPackages(root);
        }
        return classes;
    }

    DescribedPredicate<JavaClass> domain() {
        return DescribedPredicate.describe("domain of " + root, c -> {
            String pkg = c.getPackageName();
            return pkg.startsWith(root + ".") && !isAdapterOrApplication(pkg);
        });
    }

    DescribedPredicate<JavaClass> application() {
        return ownPackageWith("application");
    }

    private DescribedPredicate<JavaClass> ownPackageWith(String segment) {
        return DescribedPredicate.describe(segment + " packages of " + root, c -> {
            String pkg = c.getPackageName();
            return pkg.startsWith(root + ".") && hasSegment(pkg, segment);
        });
    }

    private boolean isAdapterOrApplication(String pkg) {
        if (hasSegment(pkg, "application")) {
            return true;
        }
        for (String segment : ADAPTER_SEGMENTS) {
            if (hasSegment(pkg, segment)) {
                return true;
            }
        }
        return adapterPackages.stream().anyMatch(a -> pkg.equals(a) || pkg.startsWith(a + "."));
    }

    private boolean hasSegment(String pkg, String segment) {
        String relative = pkg.substring(root.length());
        return (relative + ".").contains("." + segment + ".");
    }
}
