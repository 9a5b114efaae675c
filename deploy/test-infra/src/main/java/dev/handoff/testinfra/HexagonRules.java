package dev.handoff.testinfra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.regex.Pattern;

/**
 * The ports-and-adapters rules every service keeps, checked by ArchUnit. Rules fail when they
 * match no class (failOnEmptyShould stays on), so a mistyped package cannot pass silently.
 */
public final class HexagonRules {
    private static final List<String> SERVICES = List.of("handoff", "routing", "agent", "notification", "analytics");
    private static final String[] TECHNICAL = {
        "jakarta..",
        "javax..",
        "io.quarkus..",
        "io.smallrye..",
        "io.vertx..",
        "org.hibernate..",
        "com.fasterxml..",
        "org.apache.kafka..",
        "org.eclipse.microprofile..",
        "dev.handoff.runtime.."
    };

    private static final DescribedPredicate<JavaClass> CONSUME_KAFKA = DescribedPredicate.describe(
            "consume a Kafka channel",
            c -> c.getMethods().stream()
                    .anyMatch(m -> m.isAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming")));

    /** A transport as a camel-case word of a simple name: KafkaSender, RestClient; not Restore. */
    private static final Pattern TRANSPORT_WORD =
            Pattern.compile("(SocketIo|WebSocket|Socket|Http|Rest|Kafka)s?(?![a-z])");

    private static final DescribedPredicate<JavaClass> NAMES_A_TRANSPORT = DescribedPredicate.describe(
            "a simple name naming a transport (SocketIo, WebSocket, Socket, Http, Rest, Kafka)",
            c -> TRANSPORT_WORD.matcher(c.getSimpleName()).find());
    private static final String[] DATABASE = {
        "jakarta.persistence..",
        "javax.persistence..",
        "org.hibernate..",
        "io.quarkus.hibernate..",
        "io.quarkus.panache..",
        "javax.sql..",
        "java.sql.."
    };
    private static final List<String> OUTBOX_STORE_TYPES = List.of(
            "dev.handoff.runtime.outbox.Outbox",
            "dev.handoff.runtime.outbox.OutboxMessage",
            "dev.handoff.runtime.outbox.OutboxStore");
    private static final DescribedPredicate<JavaClass> OUTBOX_STORE = DescribedPredicate.describe(
            "are the outbox store (Outbox, OutboxMessage, OutboxStore)", c -> OUTBOX_STORE_TYPES.contains(c.getName()));

    private static final DescribedPredicate<JavaConstructorCall> MAKES_THREADS = DescribedPredicate.describe(
            "a Thread or a thread pool",
            call -> call.getTargetOwner().isAssignableTo(Thread.class)
                    || call.getTargetOwner().isAssignableTo(ExecutorService.class));
    private static final DescribedPredicate<JavaClass> THREAD_OWNERSHIP = DescribedPredicate.describe(
            "own threads (ExecutorService, ThreadFactory)",
            c -> c.isAssignableTo(ExecutorService.class) || c.isAssignableTo(ThreadFactory.class));

    private final String base;
    private final JavaClasses classes;

    private HexagonRules(String base) {
        this(
                base,
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(base));
    }

    HexagonRules(String base, JavaClasses classes) {
        this.base = base;
        this.classes = classes;
    }

    /** The rules for the service whose root package is {@code base}, e.g. {@code dev.handoff.routing}. */
    public static HexagonRules forService(String base) {
        return new HexagonRules(base);
    }

    /** Runs every rule; throws one AssertionError listing the violations of all the rules that failed. */
    public void check() {
        List<String> reports = new ArrayList<>();
        for (ArchRule rule : rules()) {
            report(rule, reports);
        }
        for (ArchRule rule : placementRules()) {
            report(rule, reports);
        }
        report(scheduledJobsSkipWhileStopping(), reports);
        if (!reports.isEmpty()) {
            throw new AssertionError(String.join(System.lineSeparator(), reports));
        }
    }

    private void report(ArchRule rule, List<String> reports) {
        try {
            rule.check(classes);
        } catch (AssertionError violated) {
            // every broken rule in one run, not only the first
            reports.add(violated.getMessage());
        }
    }

    List<ArchRule> rules() {
        return List.of(
                noClasses()
                        .that()
                        .resideInAPackage(base + ".domain..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(TECHNICAL)
                        .because("the domain is plain Java"),
                noClasses()
                        .that()
                        .resideInAPackage(base + ".domain..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(base + ".application..", base + ".adapter..")
                        .because("the domain is the centre of the hexagon"),
                noClasses()
                        .that()
                        .resideInAPackage(base + ".application..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(base + ".adapter..")
                        .because("use cases know ports, never adapters"),
                noClasses()
                        .that()
                        .resideInAPackage(base + ".adapter.in..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(base + ".adapter.out..")
                        .because("adapters do not know each other"),
                noClasses()
                        .that()
                        .resideInAPackage(base + ".adapter.out..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(base + ".adapter.in..")
                        .because("adapters do not know each other"),
                noClasses()
                        .that()
                        .resideInAPackage(base + "..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(otherServices())
                        .because("services share only shared-domain and shared-runtime, never each other's code"),
                classes()
                        .that(CONSUME_KAFKA)
                        .should()
                        .beAnnotatedWith("dev.handoff.runtime.inbox.RetryWhileDatabaseDown")
                        .because("a record must wait while PostgreSQL restarts, never go to the dead-letter topic"));
    }

    /**
     * Each class in the layer its role says: use cases are named for what they do, not for the transport that calls
     * them, a Kafka out-adapter sends records but never writes the database (the outbox row is persistence), and
     * neither use cases nor metrics adapters read rows themselves.
     */
    List<ArchRule> placementRules() {
        return List.of(
                useCasesNameNoTransport(),
                kafkaAdaptersStayOutOfTheDatabase(),
                onlyTheOutboxAdapterWritesTheOutbox(),
                threadsAreMadeOnlyInConfig(),
                inAdaptersImplementNoOutPort(),
                useCasesOwnNoThreads(),
                useCasesAndMetricsStayOutOfTheDatabase());
    }

    ArchRule scheduledJobsSkipWhileStopping() {
        return ScheduledJobs.skipWhileStopping(base);
    }

    ArchRule threadsAreMadeOnlyInConfig() {
        return noClasses()
                .that()
                .resideOutsideOfPackage(base + ".config..")
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(Executors.class)
                .orShould()
                .callConstructorWhere(MAKES_THREADS)
                .because("pools are managed executors made in config, which the container shuts down (decision 0061)");
    }

    ArchRule inAdaptersImplementNoOutPort() {
        return noClasses()
                .that()
                .resideInAPackage(base + ".adapter.in..")
                .should()
                .implement(JavaClass.Predicates.resideInAPackage(base + ".application.port.out..")
                        .as("an out-port (application.port.out)"))
                .because("an in-adapter drives use cases; what the application calls out to is an out-adapter");
    }

    ArchRule useCasesOwnNoThreads() {
        return noClasses()
                .that()
                .resideInAnyPackage(base + ".application..", base + ".domain..")
                .should()
                .dependOnClassesThat(THREAD_OWNERSHIP)
                .because("use cases are given an Executor; threads belong to config and adapters");
    }

    ArchRule useCasesNameNoTransport() {
        return classes()
                .that()
                .resideInAPackage(base + ".application..")
                .should(ArchConditions.not(ArchConditions.have(NAMES_A_TRANSPORT)))
                .because("transports live in adapters; a use case is named for what it does");
    }

    ArchRule kafkaAdaptersStayOutOfTheDatabase() {
        return noClasses()
                .that()
                .resideInAPackage(base + ".adapter.out.kafka..")
                .should()
                .dependOnClassesThat(databaseAccess())
                .because("writing the database (the outbox row included) is a persistence adapter's job")
                // Most services publish only through the outbox and have no Kafka out-adapter at all; the rule's own
                // test (HexagonRulesTest) shows it bites when the package holds a class.
                .allowEmptyShould(true);
    }

    /**
     * Scoped to use cases and metrics adapters: in-adapters that listen on PostgreSQL (LISTEN/NOTIFY), config that
     * reads the data source, and out-adapters that keep their own delivery rows use the database by design.
     */
    ArchRule useCasesAndMetricsStayOutOfTheDatabase() {
        return noClasses()
                .that()
                .resideInAnyPackage(base + ".application..", base + ".adapter.out.metrics..")
                .should()
                .dependOnClassesThat(databaseAccess())
                .because("rows are read by a persistence adapter behind a port; a metrics adapter records what the use"
                        + " case hands it");
    }

    ArchRule onlyTheOutboxAdapterWritesTheOutbox() {
        return noClasses()
                .that()
                .resideOutsideOfPackage(base + ".adapter.out.outbox..")
                .should()
                .dependOnClassesThat(OUTBOX_STORE)
                .because("the outbox row is written by the outbox adapter, in the use case's transaction");
    }

    private DescribedPredicate<JavaClass> databaseAccess() {
        return JavaClass.Predicates.resideInAnyPackage(DATABASE)
                .or(JavaClass.Predicates.resideInAnyPackage(
                        base + ".adapter.out.persistence..", base + ".adapter.out.outbox.."))
                .or(OUTBOX_STORE)
                .as("access the database (JPA, Hibernate, Panache, JDBC, the outbox store, persistence adapters)");
    }

    private String[] otherServices() {
        return SERVICES.stream()
                .map(s -> "dev.handoff." + s + "..")
                .filter(p -> !p.equals(base + ".."))
                .toArray(String[]::new);
    }
}
