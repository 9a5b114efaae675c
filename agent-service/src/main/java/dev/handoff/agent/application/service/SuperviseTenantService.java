package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.ActiveChat;
import dev.handoff.agent.application.port.in.AgentAtWork;
import dev.handoff.agent.application.port.in.SuperviseTenantUseCase;
import dev.handoff.agent.application.port.in.SupervisionOverview;
import dev.handoff.agent.application.port.in.TeamMembers;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.application.port.out.AgentPresencePort;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.AgentPresence;
import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.HandoffDetails;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.model.VisitorInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The supervisors' overview, read in one transaction from what this service knows: every agent who ever opened the
 * console of the tenant (presence, and the teams of their latest sign-in) and the chats held now.
 */
@ApplicationScoped
public class SuperviseTenantService implements SuperviseTenantUseCase {
    /** More active chats than a page can show usefully; the overview says when it cut. */
    static final int MAX_CHATS = 500;

    private static final Comparator<AgentAtWork> ONLINE_FIRST_BY_NAME = Comparator.comparing(
                    (AgentAtWork a) -> a.status().ordinal())
            .thenComparing(a -> a.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(a -> a.agentId().value());

    private final AgentPresencePort presences;
    private final AgentConversationPort conversations;

    public SuperviseTenantService(AgentPresencePort presences, AgentConversationPort conversations) {
        this.presences = presences;
        this.conversations = conversations;
    }

    @Override
    @Transactional
    public SupervisionOverview overview(Actor supervisor) {
        List<AgentConversation> held = conversations.active(supervisor.tenantId(), MAX_CHATS + 1);
        boolean cut = held.size() > MAX_CHATS;
        List<AgentConversation> shown = cut ? held.subList(0, MAX_CHATS) : held;
        List<AgentAtWork> agents = agents(supervisor, held);
        Map<AgentId, String> names =
                agents.stream().collect(Collectors.toMap(AgentAtWork::agentId, AgentAtWork::displayName));
        List<ActiveChat> chats = shown.stream().map(c -> activeChat(c, names)).toList();
        return new SupervisionOverview(agents, chats, cut);
    }

    @Override
    @Transactional
    public List<TeamMembers> teams(Actor supervisor) {
        List<AgentAtWork> agents = agents(supervisor, conversations.active(supervisor.tenantId(), MAX_CHATS));
        Map<TeamId, List<AgentAtWork>> byTeam = new TreeMap<>(Comparator.comparing(TeamId::value));
        List<AgentAtWork> everyTeam = new ArrayList<>();
        for (AgentAtWork agent : agents) {
            if (agent.teams().isEmpty()) {
                everyTeam.add(agent);
            }
            agent.teams()
                    .forEach(team ->
                            byTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(agent));
        }
        List<TeamMembers> teams = new ArrayList<>();
        byTeam.forEach((team, members) -> teams.add(new TeamMembers(team, members)));
        if (!everyTeam.isEmpty()) {
            teams.add(new TeamMembers(null, everyTeam));
        }
        return teams;
    }

    /** Every agent of the tenant this service has seen, online first, with the chats each holds now. */
    private List<AgentAtWork> agents(Actor supervisor, List<AgentConversation> held) {
        Map<AgentId, Long> load = held.stream()
                .flatMap(c -> c.holder().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return presences.connectedOrSeenSince(supervisor.tenantId(), Instant.EPOCH).stream()
                .map(p -> atWork(p, load.getOrDefault(p.profile().agentId(), 0L)))
                .sorted(ONLINE_FIRST_BY_NAME)
                .toList();
    }

    private static AgentAtWork atWork(AgentPresence presence, long chats) {
        AgentProfile profile = presence.profile();
        return new AgentAtWork(
                profile.agentId(),
                profile.displayName(),
                presence.status(),
                profile.teams(),
                profile.roles().contains(AgentProfile.SUPERVISOR),
                chats);
    }

    private static ActiveChat activeChat(AgentConversation chat, Map<AgentId, String> names) {
        AgentId holder = chat.holder().orElseThrow();
        HandoffDetails details = chat.details().orElse(null);
        return new ActiveChat(
                chat.id(),
                holder,
                names.getOrDefault(holder, holder.value()),
                (details == null ? VisitorInfo.anonymous() : details.visitor()).displayName(),
                details == null ? null : details.botId(),
                details == null ? null : details.botName(),
                details == null ? null : details.team(),
                chat.stateSince().orElse(null),
                chat.subject().orElse(null));
    }
}
