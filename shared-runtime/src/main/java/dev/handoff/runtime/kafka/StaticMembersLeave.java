package dev.handoff.runtime.kafka;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberToRemove;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.common.errors.UnknownMemberIdException;
import org.jboss.logging.Logger;

/**
 * A graceful shutdown takes this replica's static members out of their groups at once. A static consumer does not
 * leave its group when it closes (that is what lets a restart take its partitions back), so without this a replica
 * that is scaled away or replaced would hold its partitions until its session expired.
 */
@ApplicationScoped
public class StaticMembersLeave {
    private static final Logger LOG = Logger.getLogger(StaticMembersLeave.class);

    private final ConsumerGroupMembership membership;
    private final KafkaAdminClients admins;
    private final KafkaMembershipConfig config;

    public StaticMembersLeave(
            ConsumerGroupMembership membership, KafkaAdminClients admins, KafkaMembershipConfig config) {
        this.membership = membership;
        this.admins = admins;
        this.config = config;
    }

    // After the Kafka connector closed the consumers (its observer has priority 50), so their last offsets are
    // committed and no poll of theirs can meet the fenced membership.
    void leave(@Observes @Priority(500) @BeforeDestroyed(ApplicationScoped.class) Object event) {
        Map<String, Set<String>> members = membership.staticMembers();
        if (members.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + config.leaveTimeout().toNanos();
        try (Admin admin = admins.open("leave-on-shutdown", config.leaveTimeout())) {
            members.forEach((group, member) -> leave(admin, group, member, deadline));
        } catch (RuntimeException e) {
            LOG.warnf(
                    "static members could not leave their groups; they go when their session expires: %s",
                    e.toString());
        }
    }

    private static void leave(Admin admin, String group, Set<String> members, long deadline) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            LOG.warnf("no time left to leave group %s as %s; it goes when its session expires", group, members);
            return;
        }
        try {
            admin.removeMembersFromConsumerGroup(
                            group,
                            new RemoveMembersFromConsumerGroupOptions(members.stream()
                                            .map(MemberToRemove::new)
                                            .toList())
                                    .timeoutMs((int) left))
                    .all()
                    .get(left, TimeUnit.MILLISECONDS);
            LOG.debugf("left group %s as %s", group, members);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            if (cause instanceof UnknownMemberIdException) {
                // its session ended while the consumers closed: the member is gone already, which is the goal
                LOG.debugf("group %s no longer knows %s", group, members);
            } else {
                LOG.warnf(
                        "could not leave group %s as %s (they go when their session expires): %s",
                        group, members, cause.toString());
            }
        }
    }
}
