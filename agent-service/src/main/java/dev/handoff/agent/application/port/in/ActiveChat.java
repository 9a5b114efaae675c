package dev.handoff.agent.application.port.in;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import java.time.Instant;

/**
 * A chat an agent holds now, as the supervisors' overview lists it.
 *
 * @param botId null (as botName and team) while the handoff's details are unknown
 * @param since when its holder got it
 */
public record ActiveChat(
        ConversationId conversationId,
        AgentId agentId,
        String agentName,
        String visitorName,
        BotId botId,
        String botName,
        TeamId team,
        Instant since,
        String subject) {}
