package dev.handoff.runtime.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.jboss.logging.Logger;

/**
 * Whether the broker answered this replica lately: asked once a second, so a send can be refused at once (and
 * honestly: nothing was handed to the producer) while the broker is away, and health can show the outage without
 * taking the replica out of rotation (decision 0016).
 */
@ApplicationScoped
public class KafkaBrokerStatus {
    private static final Logger LOG = Logger.getLogger(KafkaBrokerStatus.class);
    private static final Duration PROBE_TIMEOUT = Duration.ofMillis(1500);

    private final KafkaAdminClients admins;
    private Admin admin;
    private volatile boolean reachable = true; // until a probe says otherwise: sends then wait for the producer
    private volatile String problem = "";
    private volatile boolean stopping;

    public KafkaBrokerStatus(KafkaAdminClients admins) {
        this.admins = admins;
    }

    /** True unless the last probe failed. */
    public boolean reachable() {
        return reachable;
    }

    /** Why the last probe failed, or empty. */
    public String problem() {
        return problem;
    }

    @Scheduled(
            every = "${handoff.kafka.probe-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void probe() {
        if (stopping) {
            return;
        }
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs((int) PROBE_TIMEOUT.toMillis()))
                    .nodes()
                    .get(PROBE_TIMEOUT.toMillis() + 500, TimeUnit.MILLISECONDS)
                    .size();
            update(nodes > 0, nodes > 0 ? "" : "the broker reports no nodes");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            update(false, "no answer from the broker: " + e.getClass().getSimpleName());
        }
    }

    private void update(boolean now, String why) {
        if (now != reachable) {
            if (now) {
                LOG.info("Kafka is reachable again");
            } else {
                LOG.warnf("Kafka is not reachable (%s): visitor messages are refused until it is back", why);
            }
        }
        problem = why;
        reachable = now;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = admins.open("broker-status", PROBE_TIMEOUT);
        }
        return admin;
    }

    synchronized void stop(@Observes ShutdownEvent event) {
        stopping = true;
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
            admin = null;
        }
    }
}
