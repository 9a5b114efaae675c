package dev.handoff.agent.adapter.in.rest;

import dev.handoff.agent.adapter.in.rest.ChatBodies.ChatBody;
import dev.handoff.agent.application.port.in.ActiveChat;
import dev.handoff.agent.application.port.in.AgentAtWork;
import dev.handoff.agent.application.port.in.SuperviseTenantUseCase;
import dev.handoff.agent.application.port.in.SupervisionOverview;
import dev.handoff.agent.application.port.in.TeamMembers;
import dev.handoff.agent.application.port.in.WatchChatUseCase;
import dev.handoff.runtime.http.InvalidIdParameterException;
import dev.handoff.runtime.problem.ProblemMappers;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The supervisors' live view: agents with presence and load, active chats, teams, and chats opened read-only. Taking a
 * chat over and reassigning a waiting one are routing's transfers ({@code POST /api/v1/queue/{id}/transfer}).
 */
@Path("/api/v1/agent/supervision")
@RolesAllowed("supervisor")
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {
    private final SuperviseTenantUseCase supervision;
    private final WatchChatUseCase watching;
    private final Caller caller;

    public SupervisionResource(SuperviseTenantUseCase supervision, WatchChatUseCase watching, Caller caller) {
        this.supervision = supervision;
        this.watching = watching;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The tenant's agents (online first) with presence and chats held, and its active chats")
    public OverviewBody overview() {
        return OverviewBody.of(supervision.overview(Actors.of(caller)));
    }

    @GET
    @Path("teams")
    @Operation(
            summary = "Teams by name with their members, then the agents who serve every team (team null)",
            description = "Members are the agents who opened the console, with the teams of their latest sign-in"
                    + " (the token's teams claim, from Keycloak groups).")
    public List<TeamBody> teams() {
        return supervision.teams(Actors.of(caller)).stream().map(TeamBody::of).toList();
    }

    @POST
    @Path("chats/{id}/watch")
    @Operation(
            summary = "Open a chat read-only: the chat now, then its messages and end as socket frames",
            description = "Replaces the chat watched before. An ended chat is returned and not watched.")
    public ChatBody watch(@PathParam("id") ConversationId id) {
        return ChatBody.of(watching.watch(Actors.of(caller), id));
    }

    /** An id that cannot be a conversation's is simply a chat the supervisor cannot watch. */
    @ServerExceptionMapper
    public Response invalidId(InvalidIdParameterException e, UriInfo uri) {
        return ProblemMappers.respond(ChatProblemMappers.noSuchChat(), uri);
    }

    @DELETE
    @Path("watch")
    @Operation(summary = "Stop watching the chat opened read-only")
    public void stopWatching() {
        watching.stopWatching(Actors.of(caller));
    }

    /** The overview; {@code chatsCut}: more chats are active than listed. */
    public record OverviewBody(List<AgentBody> agents, List<ActiveChatBody> chats, boolean chatsCut) {
        static OverviewBody of(SupervisionOverview o) {
            return new OverviewBody(
                    o.agents().stream().map(AgentBody::of).toList(),
                    o.chats().stream().map(ActiveChatBody::of).toList(),
                    o.chatsCut());
        }
    }

    /** An agent: {@code status} ONLINE, AWAY or OFFLINE; {@code activeChats} the chats they hold now. */
    public record AgentBody(
            String agentId,
            String displayName,
            String status,
            List<String> teams,
            boolean supervisor,
            long activeChats) {
        static AgentBody of(AgentAtWork a) {
            return new AgentBody(
                    a.agentId().value(),
                    a.displayName(),
                    a.status().name(),
                    a.teams().stream().map(TeamId::value).sorted().toList(),
                    a.supervisor(),
                    a.activeChats());
        }
    }

    public record ActiveChatBody(
            String conversationId,
            String agentId,
            String agentName,
            String visitorName,
            @Schema(nullable = true) String botId,
            @Schema(nullable = true) String botName,
            @Schema(nullable = true) String team,
            @Schema(nullable = true) Instant since,
            @Schema(nullable = true) String subject) {
        static ActiveChatBody of(ActiveChat c) {
            return new ActiveChatBody(
                    c.conversationId().value(),
                    c.agentId().value(),
                    c.agentName(),
                    c.visitorName(),
                    c.botId() == null ? null : c.botId().value(),
                    c.botName(),
                    c.team() == null ? null : c.team().value(),
                    c.since(),
                    c.subject());
        }
    }

    /** A team; {@code team} null: the agents without a team, who serve every team. */
    public record TeamBody(@Schema(nullable = true) String team, List<AgentBody> members) {
        static TeamBody of(TeamMembers t) {
            return new TeamBody(
                    t.team() == null ? null : t.team().value(),
                    t.members().stream().map(AgentBody::of).toList());
        }
    }
}
