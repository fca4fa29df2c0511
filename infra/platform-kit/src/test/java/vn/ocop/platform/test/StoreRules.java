package vn.ocop.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.mongodb.core.MongoOperations;

/** Architecture rules every service checks against its own classes (ArchUnit). */
public final class StoreRules {

    /**
     * No {@code MongoOperations.exists(..)}: Spring Data answers it with countDocuments, an aggregation, and the
     * embedded store (mongo-java-server) answers every aggregation by reading the whole collection, whatever the
     * filter, even an {@code _id}. One per consumed event made dossier-service apply about 8 evaluation events a
     * second at 16,000 dossiers (docs/benchmarks.md, run C). Use a find by {@code _id} instead.
     */
    public static final ArchRule NO_EXISTS_QUERIES = noClasses()
            .should()
            .callMethodWhere(DescribedPredicate.describe(
                    "MongoOperations.exists(..)",
                    (JavaMethodCall call) -> call.getName().equals("exists")
                            && call.getTargetOwner().isAssignableTo(MongoOperations.class)));

    private StoreRules() {}
}
