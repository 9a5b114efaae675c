package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.ConversationIdTakenException;
import dev.handoff.handoff.application.port.in.HandoffAccepted;
import dev.handoff.handoff.application.port.in.HandoffUnavailableException;
import dev.handoff.handoff.application.port.in.RequestHandoffCommand;
import dev.handoff.handoff.application.port.in.RequestHandoffUseCase;
import dev.handoff.handoff.application.port.in.UnknownBotException;
import dev.handoff.handoff.application.port.out.LoadBotSettingsPort;
import dev.handoff.handoff.application.port.out.LoadConversationPort;
import dev.handoff.handoff.application.port.out.PublishConversationEventPort;
import dev.handoff.handoff.application.port.out.QueueOutlookPort;
import dev.handoff.handoff.application.port.out.SaveConversationPort;
import dev.handoff.handoff.application.port.out.VisitorTokenPort;
import dev.handoff.handoff.domain.model.Availability;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.shared.event.HandoffRefused;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Opens a live chat for a bot and announces it to routing and the agents. */
@ApplicationScoped
public class RequestHandoffService implements RequestHandoffUseCase {
    private final LoadBotSettingsPort botSettings;
    private final LoadConversationPort loadConversation;
    private final SaveConversationPort saveConversation;
    private final PublishConversationEventPort events;
    private final VisitorTokenPort tokens;
    private final QueueOutlookPort queue;
    private final Clock clock;

    public RequestHandoffService(
            LoadBotSettingsPort botSettings,
            LoadConversationPort loadConversation,
            SaveConversationPort saveConversation,
            PublishConversationEventPort events,
            VisitorTokenPort tokens,
            QueueOutlookPort queue,
            Clock clock) {
        this.botSettings = botSettings;
        this.loadConversation = loadConversation;
        this.saveConversation = saveConversation;
        this.events = events;
        this.tokens = tokens;
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    // A refusal commits: analytics counts the requests refused outside hours from the HandoffRefused it publishes.
    @Transactional(dontRollbackOn = HandoffUnavailableException.class)
    public HandoffAccepted requestHandoff(RequestHandoffCommand command) {
        BotSettings settings = botSettings
                .loadRecent(command.tenantId(), command.botId())
                .orElseThrow(() -> new UnknownBotException(command.botId()));
        Optional<Conversation> existing =
                Optional.ofNullable(command.conversationId()).flatMap(loadConversation::load);
        if (existing.isPresent()) {
            return repeatOf(existing.get(), command);
        }
        Instant now = clock.instant();
        TeamId team = settings.teamFor(command.team());
        Availability availability = settings.availabilityAt(now);
        if (!availability.open()) {
            events.publish(new HandoffRefused(
                    UUID.randomUUID(),
                    now,
                    command.tenantId(),
                    command.botId(),
                    command.conversationId(),
                    availability.reason().name(),
                    command.channel(),
                    command.language(),
                    team));
            throw new HandoffUnavailableException(availability);
        }
        ConversationId id = command.conversationId() != null ? command.conversationId() : ConversationId.random();
        Conversation conversation = Conversation.handedOff(
                id,
                command.tenantId(),
                command.botId(),
                command.visitor(),
                command.language(),
                team,
                command.priority(),
                now);
        saveConversation.create(conversation);
        events.publish(new HandoffRequested(
                UUID.randomUUID(),
                now,
                command.tenantId(),
                id,
                command.botId(),
                conversation.visitor(),
                command.botHistory(),
                command.language(),
                team,
                command.priority(),
                command.reason(),
                settings.appearance().displayName(),
                settings.appearance().avatarUrl(),
                command.channel()));
        return accepted(conversation, true);
    }

    private HandoffAccepted accepted(Conversation conversation, boolean created) {
        QueueOutlookPort.QueueOutlook outlook = conversation.status() == ConversationStatus.WAITING
                ? queue.outlookFor(conversation)
                : new QueueOutlookPort.QueueOutlook(0, null);
        return new HandoffAccepted(
                conversation.id(),
                conversation.startedAt(),
                created,
                tokens.issue(conversation.tenantId(), conversation.botId(), conversation.id()),
                outlook.position(),
                outlook.estimatedWaitSeconds());
    }

    private HandoffAccepted repeatOf(Conversation existing, RequestHandoffCommand command) {
        // A bot retrying after a timeout gets the same conversation; anything else may not reuse the id.
        if (!existing.belongsTo(command.tenantId(), command.botId()) || !existing.isActive()) {
            throw new ConversationIdTakenException(existing.id());
        }
        return accepted(existing, false);
    }
}
