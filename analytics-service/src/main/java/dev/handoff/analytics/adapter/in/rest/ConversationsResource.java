package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.application.port.in.ReadTranscriptsUseCase;
import dev.handoff.analytics.domain.model.ConversationPage;
import dev.handoff.analytics.domain.model.ConversationSearch;
import dev.handoff.runtime.http.InvalidIdParameterException;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.runtime.problem.ProblemMappers;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.Identifier;
import dev.handoff.shared.model.Channel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Analysts and supervisors find chats and read their transcripts, as JSON or CSV ({@code Accept: text/csv}). */
@Path("/api/v1/analytics/conversations")
@RolesAllowed({"analyst", "supervisor"})
public class ConversationsResource {
    private static final int DEFAULT_LIMIT = 50;
    private final ReadTranscriptsUseCase transcripts;
    private final Caller caller;
    private final Clock clock;

    public ConversationsResource(ReadTranscriptsUseCase transcripts, Caller caller, Clock clock) {
        this.transcripts = transcripts;
        this.caller = caller;
        this.clock = clock;
    }

    /** One page of the list, newest first. */
    public record ListBody(
            List<ConversationItemBody> items,
            @Schema(nullable = true) String next) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Chats that started in a period, newest first, filtered and searched by their words")
    public ListBody list(
            @BeanParam PeriodQuery period,
            @BeanParam SliceQuery filter,
            @Parameter(
                            description = "1 to 5",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "5"))
                    @QueryParam("rating")
                    String rating,
            @Parameter(
                            description = "accepted, abandoned or left_message (any case)",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"accepted", "abandoned", "left_message"}))
                    @QueryParam("outcome")
                    String outcome,
            @Parameter(
                            description =
                                    "Words that must all occur: \"quoted phrase\", or -word to exclude; free text on "
                                            + "one line",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = QueryParameters.FREE_TEXT_PATTERN,
                                            maxLength = QueryParameters.MAX_SEARCH))
                    @QueryParam("q")
                    String text,
            @Parameter(
                            description = "Page size, 1 to 200 (default 50)",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200"))
                    @QueryParam("limit")
                    String limit,
            @Parameter(
                            description = "The 'next' of the previous page",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 512))
                    @QueryParam("cursor")
                    String cursor) {
        return page(period, filter, rating, outcome, text, QueryParameters.limit(limit, DEFAULT_LIMIT), cursor);
    }

    @GET
    @Produces(Csv.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response listCsv(
            @BeanParam PeriodQuery period,
            @BeanParam SliceQuery filter,
            @QueryParam("rating") String rating,
            @QueryParam("outcome") String outcome,
            @QueryParam("q") String text,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        ListBody body = page(
                period, filter, rating, outcome, text, QueryParameters.limit(limit, QueryParameters.MAX_LIMIT), cursor);
        return Csv.download(TranscriptCsv.list(body.items()), "conversations.csv");
    }

    private ListBody page(
            PeriodQuery period,
            SliceQuery filter,
            String rating,
            String outcome,
            String text,
            int limit,
            String cursor) {
        Instant[] bounds = period.bounds(clock.instant());
        Channel channel = QueryParameters.channel(filter.channel);
        ConversationPage page = transcripts.search(new ConversationSearch(
                caller.tenant(),
                bounds[0],
                bounds[1],
                QueryParameters.id("bot", filter.bot),
                QueryParameters.id("team", filter.team),
                QueryParameters.id("agent", filter.agent),
                channel == null ? null : channel.name(),
                QueryParameters.language(filter.language),
                QueryParameters.rating(rating),
                QueryParameters.outcome(outcome),
                QueryParameters.search(text),
                limit,
                Cursors.read(cursor)));
        return new ListBody(page.items().stream().map(ConversationItemBody::of).toList(), Cursors.write(page.next()));
    }

    @GET
    @Path("/{conversationId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One chat's transcript: visitor, bot history, messages with translations, steps, rating")
    public TranscriptBody transcript(
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = Identifier.REGEX,
                                            maxLength = Identifier.MAX_LENGTH))
                    @PathParam("conversationId")
                    ConversationId conversationId) {
        return TranscriptBody.of(transcripts.transcript(caller.tenant(), conversationId));
    }

    @GET
    @Path("/{conversationId}")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(hidden = true)
    public Response transcriptCsv(@PathParam("conversationId") ConversationId conversationId) {
        TranscriptBody body = transcript(conversationId);
        return Csv.download(TranscriptCsv.transcript(body), "conversation-" + conversationId + ".csv");
    }

    /** An id that cannot be a conversation's names none: a 404 like an unknown one, without echoing the value. */
    @ServerExceptionMapper
    public Response invalidId(InvalidIdParameterException e, UriInfo uri) {
        return ProblemMappers.respond(
                ProblemException.notFound("There is no such conversation.").problem(), uri);
    }
}
