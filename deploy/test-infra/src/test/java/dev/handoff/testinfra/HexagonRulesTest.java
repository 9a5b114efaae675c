package dev.handoff.testinfra;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The placement rules catch the leaks of issue 15 on fixtures shaped like the old code, and pass tidy code. */
class HexagonRulesTest {
    private static final String LEAKY = "dev.handoff.testinfra.hexagon.leaky";
    private static final String TIDY = "dev.handoff.testinfra.hexagon.tidy";
    private static final JavaClasses LEAKY_CLASSES = new ClassFileImporter().importPackages(LEAKY);
    private static final JavaClasses TIDY_CLASSES = new ClassFileImporter().importPackages(TIDY);

    private static final HexagonRules LEAKY_RULES = new HexagonRules(LEAKY, LEAKY_CLASSES);

    @Test
    void aUseCaseNamedForItsTransportBreaksTheNamingRule() {
        ArchRule rule = LEAKY_RULES.useCasesNameNoTransport();
        assertThatThrownBy(() -> rule.check(LEAKY_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("SocketIoJoinCommand")
                .hasMessageContaining("LocateSocketSessionService");
    }

    @Test
    void aKafkaAdapterWritingTheDatabaseBreaksThePlacementRule() {
        ArchRule rule = LEAKY_RULES.kafkaAdaptersStayOutOfTheDatabase();
        assertThatThrownBy(() -> rule.check(LEAKY_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("OutboxEventPublisher")
                .hasMessageContaining("javax.sql.DataSource");
    }

    @Test
    void aPoolMadeOutsideConfigBreaksTheThreadRule() {
        ArchRule rule = LEAKY_RULES.threadsAreMadeOnlyInConfig();
        assertThatThrownBy(() -> rule.check(LEAKY_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FeedReaders")
                .hasMessageContaining("Executors.newFixedThreadPool")
                .hasMessageContaining("Thread.<init>");
    }

    @Test
    void anInAdapterImplementingAnOutPortBreaksTheAdapterRule() {
        ArchRule rule = LEAKY_RULES.inAdaptersImplementNoOutPort();
        assertThatThrownBy(() -> rule.check(LEAKY_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("leaky.adapter.in.scheduler.QueueDispatcher")
                .hasMessageContaining("implement an out-port");
    }

    @Test
    void anApplicationClassOwningAPoolBreaksTheUseCaseThreadRule() {
        ArchRule rule = LEAKY_RULES.useCasesOwnNoThreads();
        assertThatThrownBy(() -> rule.check(LEAKY_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FeedReaders")
                .hasMessageContaining("ExecutorService");
    }

    @Test
    void aMetricsAdapterReadingTheDatabaseBreaksTheDatabaseRule() {
        ArchRule rule = LEAKY_RULES.useCasesAndMetricsStayOutOfTheDatabase();
        assertThatThrownBy(() -> rule.check(LEAKY_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("leaky.adapter.out.metrics.AcceptWaitTimer")
                .hasMessageContaining("javax.sql.DataSource");
    }

    @Test
    void aJobThatRunsWhileStoppingBreaksTheScheduledJobRule() {
        assertThatThrownBy(() -> LEAKY_RULES.scheduledJobsSkipWhileStopping().check(LEAKY_CLASSES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("leaky.adapter.in.scheduler.GaugeRefresh.refresh()")
                .hasMessageContaining("does not skip");
        assertThatCode(() -> new HexagonRules(TIDY, TIDY_CLASSES)
                        .scheduledJobsSkipWhileStopping()
                        .check(TIDY_CLASSES))
                .doesNotThrowAnyException();
    }

    @Test
    void tidyCodeKeepsEveryPlacementRule() {
        HexagonRules tidy = new HexagonRules(TIDY, TIDY_CLASSES);
        for (ArchRule rule : tidy.placementRules()) {
            assertThatCode(() -> rule.check(TIDY_CLASSES))
                    .as(rule.getDescription())
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void checkReportsEveryBrokenRuleAtOnce() {
        assertThatThrownBy(LEAKY_RULES::check)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("should not have a simple name naming a transport")
                .hasMessageContaining("adapter.out.kafka");
    }
}
