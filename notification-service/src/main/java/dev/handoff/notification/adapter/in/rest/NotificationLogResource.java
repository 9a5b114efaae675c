package dev.handoff.notification.adapter.in.rest;

import dev.handoff.notification.application.port.in.ReadNotificationLogUseCase;
import dev.handoff.notification.domain.model.MailStatus;
import dev.handoff.runtime.input.InputRules;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.Identifier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The notification log of the caller's tenant: what was mailed about a conversation, and which mails failed or were
 * abandoned. {@code GET /api/v1/notifications?conversationId=...&mailStatus=FAILED,ABANDONED&limit=50}.
 */
@Path("/api/v1/notifications")
@RolesAllowed("supervisor")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationLogResource {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final ReadNotificationLogUseCase log;
    private final Caller caller;

    public NotificationLogResource(ReadNotificationLogUseCase log, Caller caller) {
        this.log = log;
        this.caller = caller;
    }

    @GET
    public List<NotificationLogBody> read(
            @Parameter(
                            description = "Only this conversation's notifications.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = Identifier.REGEX,
                                            maxLength = Identifier.MAX_LENGTH))
                    @QueryParam("conversationId")
                    ConversationId conversationId,
            @QueryParam("mailStatus") List<String> mailStatus,
            @QueryParam("limit") String limit) {
        return log.read(caller.tenant(), conversationId, statuses(mailStatus), limit(limit)).stream()
                .map(NotificationLogBody::of)
                .toList();
    }

    private static Set<MailStatus> statuses(List<String> values) {
        Set<MailStatus> statuses = EnumSet.noneOf(MailStatus.class);
        for (String value : values == null ? List.<String>of() : values) {
            for (String name : value.split(",")) {
                try {
                    statuses.add(MailStatus.valueOf(name.strip()));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.badRequest(
                            "mailStatus must be any of " + Arrays.toString(MailStatus.values()) + ", comma-separated.");
                }
            }
        }
        return statuses;
    }

    private static int limit(String value) {
        // ASCII digits only: Integer.parseInt would also read other scripts' digits ("５")
        return value == null ? DEFAULT_LIMIT : (int) InputRules.wholeNumber("limit", value, 1, MAX_LIMIT);
    }
}
