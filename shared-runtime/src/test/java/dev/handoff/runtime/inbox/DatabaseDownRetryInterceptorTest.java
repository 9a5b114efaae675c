package dev.handoff.runtime.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A record is processed again after a lost race or an outage, and goes on to the dead letters for anything else. */
class DatabaseDownRetryInterceptorTest {

    @Test
    void aDeadlockedRecordIsProcessedAgainUntilItPasses() throws Exception {
        Attempts attempts = new Attempts(
                List.of(deadlock(), new PersistenceException(new SQLException("could not serialize access", "40001"))));

        assertThat(interceptor().retry(attempts)).isEqualTo("done");
        assertThat(attempts.count.get()).isEqualTo(3);
    }

    @Test
    void aRecordThatFailsOnItsOwnMeritsIsNotProcessedAgain() {
        Attempts attempts = new Attempts(List.of(new PersistenceException(new SQLException("duplicate key", "23505"))));

        assertThatThrownBy(() -> interceptor().retry(attempts)).isInstanceOf(PersistenceException.class);
        assertThat(attempts.count.get()).isEqualTo(1);
    }

    private static PersistenceException deadlock() {
        return new PersistenceException(new SQLException("deadlock detected", "40P01"));
    }

    private static DatabaseDownRetryInterceptor interceptor() {
        DatabaseDownRetryInterceptor interceptor = new DatabaseDownRetryInterceptor();
        interceptor.config = () -> Duration.ofSeconds(30);
        interceptor.shutdown = new DeadLetterUnlessStopping(null);
        return interceptor;
    }

    /** A consumer method that throws the given failures, one per call, then returns "done". */
    private static final class Attempts implements InvocationContext {
        private final List<RuntimeException> failures;
        private final AtomicInteger count = new AtomicInteger();

        Attempts(List<RuntimeException> failures) {
            this.failures = failures;
        }

        @Override
        public Object proceed() {
            int attempt = count.getAndIncrement();
            if (attempt < failures.size()) {
                throw failures.get(attempt);
            }
            return "done";
        }

        @Override
        public Method getMethod() {
            try {
                return Attempts.class.getMethod("proceed");
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Object getTarget() {
            return this;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {}

        @Override
        public Map<String, Object> getContextData() {
            return new HashMap<>();
        }
    }
}
