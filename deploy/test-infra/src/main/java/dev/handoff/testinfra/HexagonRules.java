package dev.handoff.testinfra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The ports-and-adapters rules every service keeps, checked by ArchUnit. Rules fail when they
 * match no class (failOnEmptyShould stays on), so a mistyped package cannot pass silently.
 */
public final class HexagonRules {
    private static final List<String> SERVICES = List.of(
            "handoffservice", "routing", "agent", "notification", "analytics");
    private static final String[] TECHNICAL = {
        "jakarta..", "javax..", "io.quarkus..", "io.smallrye..", "io.vertx..", "org.hibernate..",
        "com.fasterxml..", "org.apache.kafka..", "org.eclipse.microprofile..", "dev.handoff.runtime.."
    };

    private static final DescribedPredicate<JavaClass> CONSUME_KAFKA = DescribedPredicate.describe(
            "consume a Kafka channel", c -> c.getMethods().stream()
                    .anyMatch(m -> m.isAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming")));

    private final String base;
    private final JavaClasses classes;

    private HexagonRules(String base) {
        this.base = base;
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(base);
    }

    /** The rules for the service whose root package is {@code base}, e.g. {@code dev.handoff.routing}. */
    public static HexagonRules forService(String base) {
        return new HexagonRules(base);
    }

    /** Runs every rule; throws AssertionError listing the violations. */
    public void check() {
        for (ArchRule rule : rules()) {
            rule.check(classes);
        }
    }

    List<ArchRule> rules() {
        return List.of(
                noClasses().that().resideInAPackage(base + ".domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(TECHNICAL)
                        .because("the domain is plain Java"),
                noClasses().that().resideInAPackage(base + ".domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(base + ".application..", base + ".adapter..")
                        .because("the domain is the centre of the hexagon"),
                noClasses().that().resideInAPackage(base + ".application..")
                        .should().dependOnClassesThat().resideInAPackage(base + ".adapter..")
                        .because("use cases know ports, never adapters"),
                noClasses().that().resideInAPackage(base + ".adapter.in..")
                        .should().dependOnClassesThat().resideInAPackage(base + ".adapter.out..")
                        .because("adapters do not know each other"),
                noClasses().that().resideInAPackage(base + ".adapter.out..")
                        .should().dependOnClassesThat().resideInAPackage(base + ".adapter.in..")
                        .because("adapters do not know each other"),
                noClasses().that().resideInAPackage(base + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(otherServices())
                        .because("services share only shared-domain and shared-runtime, never each other's code"),
                classes().that(CONSUME_KAFKA)
                        .should().beAnnotatedWith("dev.handoff.runtime.inbox.RetryWhileDatabaseDown")
                        .because("a record must wait while PostgreSQL restarts, never go to the dead-letter topic"));
    }

    private String[] otherServices() {
        return SERVICES.stream()
                .map(s -> "dev.handoff." + s + "..")
                .filter(p -> !p.equals(base + ".."))
                .toArray(String[]::new);
    }
}
