package dev.handoff.testinfra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rule that a service's scheduled jobs skip their runs once the application is stopping: a run started during a
 * shutdown meets a closed connection pool and logs an error for nothing.
 */
final class ScheduledJobs {
    private static final String SCHEDULED = "io.quarkus.scheduler.Scheduled";
    private static final String NOT_RUNNING = "io.quarkus.scheduler.Scheduled$ApplicationNotRunning";

    private ScheduledJobs() {}

    static ArchRule skipWhileStopping(String base) {
        return methods()
                .that()
                .areAnnotatedWith(SCHEDULED)
                .and()
                .areDeclaredInClassesThat()
                .resideInAPackage(base + "..")
                .should(skipExecutionIfNotRunning())
                .because("a shutdown must not start a job against a closed database or broker");
    }

    private static ArchCondition<JavaMethod> skipExecutionIfNotRunning() {
        return new ArchCondition<>("skip their execution while the application is not running") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean skips = method.getAnnotationOfType(SCHEDULED)
                        .get("skipExecutionIf")
                        .filter(JavaClass.class::isInstance)
                        .map(skip -> ((JavaClass) skip).getName().equals(NOT_RUNNING))
                        .orElse(false);
                events.add(new SimpleConditionEvent(
                        method,
                        skips,
                        method.getFullName() + (skips ? " skips" : " does not skip")
                                + " while the application is not running (skipExecutionIf = ApplicationNotRunning)"));
            }
        };
    }
}
