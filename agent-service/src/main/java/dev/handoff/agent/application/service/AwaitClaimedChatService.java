package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.AwaitClaimedChatUseCase;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.application.port.out.ChatChangesPort;
import dev.handoff.agent.application.port.out.ChatChangesPort.Watch;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.ChatAccess;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Read-your-writes after a claim (decision 0046): routing answers a claim or an accept once it committed, and this
 * service learns of the assignment from Kafka a moment later. A write in that moment waits here, woken by the
 * view's change, instead of being refused. Only a chat still waiting (or not heard of yet) can be on its way to
 * the caller, or, for a supervisor, another agent's chat they may have just taken over: every other refusal stays
 * immediate.
 */
@ApplicationScoped
public class AwaitClaimedChatService implements AwaitClaimedChatUseCase {
    private final AgentConversationPort conversations;
    private final ChatChangesPort changes;
    private final Clock clock;
    private final Duration bound;

    public AwaitClaimedChatService(
            AgentConversationPort conversations,
            ChatChangesPort changes,
            Clock clock,
            @ConfigProperty(name = "agent.chats.claim-wait", defaultValue = "10s") Duration bound) {
        this.conversations = conversations;
        this.changes = changes;
        this.clock = clock;
        this.bound = bound;
    }

    // No transaction here: each look is a short one of its own, none stays open while waiting.
    @Override
    public boolean awaitHolding(Actor actor, ConversationId id) {
        Instant deadline = clock.instant().plus(bound);
        Optional<Watch> watch = changes.watch(id);
        if (watch.isEmpty()) {
            return false;
        }
        try (Watch changed = watch.get()) {
            while (true) {
                Prospect prospect = prospect(actor, id);
                Duration left = Duration.between(clock.instant(), deadline);
                if (prospect != Prospect.MAY_COME || left.isNegative() || left.isZero()) {
                    return prospect == Prospect.HOLDS;
                }
                changed.awaitChange(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether the actor holds the chat, may still get it from an assignment on its way, or cannot. */
    @Transactional
    Prospect prospect(Actor actor, ConversationId id) {
        Optional<AgentConversation> chat = conversations.find(id);
        if (chat.isEmpty()) {
            return Prospect.MAY_COME;
        }
        AgentConversation view = chat.get();
        if (!view.tenantId().equals(actor.tenantId())) {
            return Prospect.NEVER;
        } else if (view.accessOf(actor) == ChatAccess.HOLD) {
            return Prospect.HOLDS;
        }
        if (view.isEnded()) {
            return Prospect.NEVER;
        }
        // A supervisor may have just taken over another agent's chat (decision 0054): that transfer may be on its way.
        return view.holder().isEmpty() || actor.supervisor() ? Prospect.MAY_COME : Prospect.NEVER;
    }

    enum Prospect {
        HOLDS,
        MAY_COME,
        NEVER
    }
}
