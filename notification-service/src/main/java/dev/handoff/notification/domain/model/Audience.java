package dev.handoff.notification.domain.model;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TeamId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is mailed, in which language. A person is mailed once per notification however many ways they qualify (an
 * agent on the recipient list too), and an agent who turned a kind off is not mailed it, not even as a recipient.
 */
public final class Audience {
    private Audience() {}

    /**
     * The people told about a waiting request: the tenant's recipients, plus the agents who may take it (if the
     * tenant mails agents) or, for an escalation, the tenant's supervisors.
     */
    public static List<Recipient> forWaiting(
            NotificationKind kind,
            TeamId team,
            NotificationSettings settings,
            Recipients recipients,
            List<AgentContact> agents,
            Map<AgentId, AgentPreferences> preferences) {
        Map<String, AgentContact> agentByEmail = new LinkedHashMap<>();
        Set<String> optedOut = new HashSet<>();
        for (AgentContact agent : agents) {
            agent.address().ifPresent(email -> {
                agentByEmail.putIfAbsent(key(email), agent);
                if (!preferencesOf(agent, preferences).wantsEmail(kind)) {
                    optedOut.add(key(email));
                }
            });
        }
        Map<String, Recipient> chosen = new LinkedHashMap<>();
        for (String email : recipients.emails()) {
            AgentContact agent = agentByEmail.get(key(email));
            String language = agent == null
                    ? MailLanguage.of(settings.language())
                    : languageOf(agent, preferencesOf(agent, preferences), settings);
            add(chosen, optedOut, new Recipient(email, language));
        }
        for (AgentContact agent : agents) {
            boolean qualifies = kind == NotificationKind.ESCALATION
                    ? agent.supervisor()
                    : settings.mailAgents() && agent.mayTake(team);
            if (qualifies) {
                agent.address()
                        .ifPresent(email -> add(
                                chosen,
                                optedOut,
                                new Recipient(email, languageOf(agent, preferencesOf(agent, preferences), settings))));
            }
        }
        return new ArrayList<>(chosen.values());
    }

    /** The agent holding a chat, unless they have no address or turned visitor-message mails off. */
    public static Optional<Recipient> forVisitorMessage(
            AgentContact agent, AgentPreferences preferences, NotificationSettings settings) {
        if (!preferences.wantsEmail(NotificationKind.VISITOR_MESSAGE)) {
            return Optional.empty();
        }
        return agent.address().map(email -> new Recipient(email, languageOf(agent, preferences, settings)));
    }

    /** The agent's chosen mail language, else their token's, else the tenant's. */
    static String languageOf(AgentContact agent, AgentPreferences preferences, NotificationSettings settings) {
        return MailLanguage.firstOf(preferences.mailLanguage(), agent.locale(), settings.language());
    }

    private static AgentPreferences preferencesOf(AgentContact agent, Map<AgentId, AgentPreferences> preferences) {
        AgentPreferences own = preferences.get(agent.agentId());
        return own != null ? own : AgentPreferences.defaults(agent.tenantId(), agent.agentId());
    }

    private static void add(Map<String, Recipient> chosen, Set<String> optedOut, Recipient recipient) {
        String key = key(recipient.email());
        if (!optedOut.contains(key)) {
            chosen.putIfAbsent(key, recipient);
        }
    }

    private static String key(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
