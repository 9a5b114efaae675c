package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.application.port.in.ReadTranscriptsUseCase;
import dev.handoff.analytics.domain.model.ConversationPage;
import dev.handoff.analytics.domain.model.ConversationSearch;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.Identifier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Analysts and supervisors find chats and read their transcripts, as JSON or CSV ({@code Accept: text/csv}). */
@Path("/api/v1/analytics/conversations")
@RolesAllowed({"analyst", "supervisor"})
public class ConversationsResource {
    private final ReadTranscriptsUseCase transcripts;
    private final Caller caller;
    private final Clock clock;

    public ConversationsResource(ReadTranscriptsUseCase transcripts, Caller caller, Clock clock) {
        this.transcripts = transcripts;
        this.caller = caller;
        this.clock = clock;
    }

    /** One page of the list, newest first. */
    public record ListBody(List<ConversationItemBody> items, String next) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chats that started in a period, newest first, filtered and searched by their words")
    public ListBody list(@Parameter(description = MetricsResource.PERIOD_FROM) @QueryParam("from") String from,
            @Parameter(description = "End (exclusive): a date (midnight in 'zone') or an ISO-8601 instant.")
            @QueryParam("to") String to, @Parameter(description = MetricsResource.ZONE) @QueryParam("zone") String zone,
            @QueryParam("bot") String bot, @QueryParam("team") String team,
            @Parameter(description = "The agent who held the chat last") @QueryParam("agent") String agent,
            @Parameter(description = "WEBSOCKET, SOCKET_IO or CSML") @QueryParam("channel") String channel,
            @QueryParam("language") String language, @Parameter(description = "1 to 5") @QueryParam("rating") Integer rating,
            @Parameter(description = "accepted or abandoned") @QueryParam("outcome") String outcome,
            @Parameter(description = "Words that must all occur: \"quoted phrase\", or -word to exclude")
            @QueryParam("q") String text,
            @Parameter(description = "Page size, 1 to 200 (default 50)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The 'next' of the previous page") @QueryParam("cursor") String cursor) {
        Instant[] bounds = ReportParameters.bounds(from, to, ReportParameters.zone(zone), clock.instant());
        ConversationPage page = transcripts.search(new ConversationSearch(caller.tenant(), bounds[0], bounds[1], bot,
                team, agent, channel == null ? null : channel.toUpperCase(Locale.ROOT),
                language == null ? null : language.toLowerCase(Locale.ROOT), rating, abandoned(outcome), text,
                limit == null ? 50 : limit, Cursors.read(cursor)));
        return new ListBody(page.items().stream().map(ConversationItemBody::of).toList(), Cursors.write(page.next()));
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response listCsv(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("zone") String zone, @QueryParam("bot") String bot, @QueryParam("team") String team,
            @QueryParam("agent") String agent, @QueryParam("channel") String channel,
            @QueryParam("language") String language, @QueryParam("rating") Integer rating,
            @QueryParam("outcome") String outcome, @QueryParam("q") String text, @QueryParam("limit") Integer limit,
            @QueryParam("cursor") String cursor) {
        ListBody body = list(from, to, zone, bot, team, agent, channel, language, rating, outcome, text,
                limit == null ? ConversationSearch.MAX_LIMIT : limit, cursor);
        return Csv.download(TranscriptCsv.list(body.items()), "conversations.csv");
    }

    @GET
    @Path("/{conversationId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One chat's transcript: visitor, bot history, messages with translations, steps, rating")
    public TranscriptBody transcript(@PathParam("conversationId") String conversationId) {
        if (!Identifier.isValid(conversationId)) {
            throw ProblemException.notFound("There is no conversation " + conversationId + ".");
        }
        return TranscriptBody.of(transcripts.transcript(caller.tenant(), ConversationId.of(conversationId)));
    }

    @GET
    @Path("/{conversationId}")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response transcriptCsv(@PathParam("conversationId") String conversationId) {
        TranscriptBody body = transcript(conversationId);
        return Csv.download(TranscriptCsv.transcript(body), "conversation-" + conversationId + ".csv");
    }

    private static Boolean abandoned(String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return null;
        }
        return switch (outcome.toLowerCase(Locale.ROOT)) {
            case "abandoned" -> true;
            case "accepted" -> false;
            default -> throw ProblemException.badRequest("'outcome' must be accepted or abandoned, not '" + outcome
                    + "'.");
        };
    }
}
