package dev.handoff.agent.adapter.in.rest;

import dev.handoff.agent.adapter.in.rest.ChatBodies.ChatBody;
import dev.handoff.agent.adapter.in.rest.ChatBodies.ChatStateBody;
import dev.handoff.agent.adapter.in.rest.ChatBodies.ChatSummaryBody;
import dev.handoff.agent.adapter.in.rest.ChatBodies.EndProposalBody;
import dev.handoff.agent.adapter.in.rest.ChatBodies.MessageBody;
import dev.handoff.agent.adapter.in.rest.ChatBodies.ReadStateBody;
import dev.handoff.agent.adapter.in.rest.ChatBodies.SendMessageBody;
import dev.handoff.agent.adapter.in.rest.ChatBodies.SendQuickReplyBody;
import dev.handoff.agent.adapter.in.rest.ChatBodies.SubjectBody;
import dev.handoff.agent.adapter.in.rest.ChatBodies.SubjectStateBody;
import dev.handoff.agent.adapter.in.rest.ChatBodies.TypingBody;
import dev.handoff.agent.application.port.in.AwaitClaimedChatUseCase;
import dev.handoff.agent.application.port.in.ChangeSubjectCommand;
import dev.handoff.agent.application.port.in.ChangeSubjectUseCase;
import dev.handoff.agent.application.port.in.ChatRefusedException;
import dev.handoff.agent.application.port.in.CompleteChatUseCase;
import dev.handoff.agent.application.port.in.ListActiveChatsUseCase;
import dev.handoff.agent.application.port.in.MarkChatReadCommand;
import dev.handoff.agent.application.port.in.MarkChatReadUseCase;
import dev.handoff.agent.application.port.in.ProposeEndUseCase;
import dev.handoff.agent.application.port.in.ReadState;
import dev.handoff.agent.application.port.in.SendMessageCommand;
import dev.handoff.agent.application.port.in.SendMessageUseCase;
import dev.handoff.agent.application.port.in.SendQuickReplyCommand;
import dev.handoff.agent.application.port.in.SendQuickReplyUseCase;
import dev.handoff.agent.application.port.in.SentMessage;
import dev.handoff.agent.application.port.in.SignalTypingCommand;
import dev.handoff.agent.application.port.in.SignalTypingUseCase;
import dev.handoff.agent.application.port.in.ViewChatUseCase;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.runtime.http.InvalidIdParameterException;
import dev.handoff.runtime.input.InputRules;
import dev.handoff.runtime.problem.ProblemMappers;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.ConversationId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The Active chats tab and everything an agent does in a chat. Only the chat's holder writes; a supervisor
 * of the tenant may read any chat; everyone else gets 404, as for an unknown chat.
 */
@Path("/api/v1/agent/chats")
@RolesAllowed({"agent", "supervisor"})
@Produces(MediaType.APPLICATION_JSON)
public class ChatsResource {
    private static final String A_BODY_IS_REQUIRED = "a JSON body is required";

    @Inject
    ListActiveChatsUseCase active;

    @Inject
    ViewChatUseCase view;

    @Inject
    MarkChatReadUseCase reads;

    @Inject
    SendMessageUseCase send;

    @Inject
    SendQuickReplyUseCase sendQuickReply;

    @Inject
    SignalTypingUseCase typing;

    @Inject
    ChangeSubjectUseCase subjects;

    @Inject
    CompleteChatUseCase completion;

    @Inject
    ProposeEndUseCase endProposals;

    @Inject
    AwaitClaimedChatUseCase claims;

    @Inject
    Caller caller;

    @GET
    public List<ChatSummaryBody> active() {
        return active.activeChats(actor()).stream().map(ChatSummaryBody::of).toList();
    }

    @GET
    @Path("{id}")
    public ChatBody chat(@PathParam("id") ConversationId id) {
        return ChatBody.of(view.view(actor(), id));
    }

    /** No body: a console marks a chat read with a bare POST, optionally naming the newest message it showed. */
    @POST
    @Path("{id}/read")
    public ReadStateBody read(@PathParam("id") ConversationId id, @QueryParam("upToSequence") String upToSequence) {
        ReadState state = reads.markRead(new MarkChatReadCommand(actor(), id, sequence(upToSequence)));
        return new ReadStateBody(id.value(), state.readUpTo(), state.unread());
    }

    @POST
    @Path("{id}/messages")
    @Operation(summary = "Send a message to the visitor", description = SEND_GUARANTEE)
    @APIResponse(
            responseCode = "201",
            description = STORED,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MessageBody.class)))
    @APIResponse(
            responseCode = "200",
            description = STORED_BEFORE,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MessageBody.class)))
    public Response send(
            @PathParam("id") ConversationId chat, @NotNull(message = A_BODY_IS_REQUIRED) @Valid SendMessageBody body) {
        return sent(onceHeld(
                chat, () -> send.send(new SendMessageCommand(actor(), chat, body.clientMessageId(), body.text()))));
    }

    @POST
    @Path("{id}/quick-replies/{quickReplyId}")
    @Operation(summary = "Send a quick reply to the visitor", description = SEND_GUARANTEE)
    @APIResponse(
            responseCode = "201",
            description = STORED,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MessageBody.class)))
    @APIResponse(
            responseCode = "200",
            description = STORED_BEFORE,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MessageBody.class)))
    public Response sendQuickReply(
            @PathParam("id") ConversationId chat,
            @PathParam("quickReplyId") String quickReplyId,
            @NotNull(message = A_BODY_IS_REQUIRED) @Valid SendQuickReplyBody body) {
        UUID reply = QuickRepliesResource.replyId(quickReplyId);
        return sent(onceHeld(
                chat,
                () -> sendQuickReply.send(new SendQuickReplyCommand(actor(), chat, reply, body.clientMessageId()))));
    }

    @POST
    @Path("{id}/typing")
    @APIResponse(responseCode = "204", description = "Shown to the visitor while it lasts")
    public void typing(
            @PathParam("id") ConversationId chat, @NotNull(message = A_BODY_IS_REQUIRED) @Valid TypingBody body) {
        onceHeld(chat, () -> {
            typing.typing(new SignalTypingCommand(actor(), chat, body.typing()));
            return null;
        });
    }

    @PUT
    @Path("{id}/subject")
    public SubjectStateBody subject(
            @PathParam("id") ConversationId chat, @NotNull(message = A_BODY_IS_REQUIRED) @Valid SubjectBody body) {
        return new SubjectStateBody(
                chat.value(),
                onceHeld(chat, () -> subjects.changeSubject(new ChangeSubjectCommand(actor(), chat, body.subject()))));
    }

    @POST
    @Path("{id}/complete")
    public ChatStateBody complete(@PathParam("id") ConversationId chat) {
        return ChatStateBody.of(onceHeld(chat, () -> completion.complete(actor(), chat)));
    }

    /** No body: the visitor is shown the bot's end message and button; the chat ends when they click it. */
    @POST
    @Path("{id}/end-proposal")
    @Operation(
            summary = "Propose to end the chat",
            description = "The visitor sees the bot's end message with its"
                    + " button. A click ends the chat (as ended by the visitor, chat.ended); anything the visitor writes"
                    + " instead withdraws the proposal (end.withdrawn on the agent socket) and the chat goes on. Complete ends"
                    + " it at once.")
    @APIResponse(
            responseCode = "202",
            description = "Proposed; the visitor decides",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EndProposalBody.class)))
    @APIResponse(responseCode = "409", description = "end-already-proposed (one is pending) or chat-ended")
    public Response proposeEnd(@PathParam("id") ConversationId chat) {
        return Response.accepted(EndProposalBody.of(onceHeld(chat, () -> endProposals.proposeEnd(actor(), chat))))
                .build();
    }

    /** The guarantee of both ways to send, as the OpenAPI document states it. */
    static final String SEND_GUARANTEE = "201 or 200: the message is stored and will reach the visitor once, in order,"
            + " before anything either side sends after this answer. 4xx: refused, nothing changed. 503"
            + " message-not-stored: certainly not stored (the broker is away). Any other outcome (another 5xx, a timeout,"
            + " a connection lost before the answer) is unknown: send again with the same clientMessageId; it is stored"
            + " and shown once whichever try arrived.";

    private static final String STORED = "Stored durably (on every in-sync Kafka replica, and numbered in the chat's"
            + " history in that order); it reaches the visitor in order, once, also across crashes";
    private static final String STORED_BEFORE =
            "This clientMessageId was stored before: the stored message, nothing is" + " sent again";

    /** 201 for a new message, 200 for a retry that found the message sent before. */
    private static Response sent(SentMessage sent) {
        return Response.status(sent.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(MessageBody.of(sent.message()))
                .build();
    }

    /**
     * Runs a write; refused as not found (or, for a supervisor, as not theirs), it runs once more when the caller turns
     * out to hold the chat after all: a claim or take-over routing confirmed that had not reached this service yet
     * (decisions 0046, 0054). Any other refusal stands.
     */
    private <T> T onceHeld(ConversationId chat, Supplier<T> write) {
        try {
            return write.get();
        } catch (ChatRefusedException refused) {
            // NOT_HOLDER: a supervisor reading a chat they may have just taken over (decision 0054).
            boolean mayBeOnItsWay = refused.reason() == ChatRefusedException.Reason.NOT_FOUND
                    || refused.reason() == ChatRefusedException.Reason.NOT_HOLDER;
            if (!mayBeOnItsWay || !claims.awaitHolding(actor(), chat)) {
                throw refused;
            }
            return write.get();
        }
    }

    private static Long sequence(String value) {
        return value == null ? null : InputRules.wholeNumber("upToSequence", value, 0, Long.MAX_VALUE);
    }

    private Actor actor() {
        return Actors.of(caller);
    }

    /** An id that cannot be a conversation's is simply a chat the caller does not have. */
    @ServerExceptionMapper
    public Response invalidId(InvalidIdParameterException e, UriInfo uri) {
        return ProblemMappers.respond(ChatProblemMappers.noSuchChat(), uri);
    }
}
