package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.shared.id.Identifier;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters by bot, team, agent, channel and language, as metrics and the conversation list take them; their
 * rules are {@link QueryParameters}'s, their patterns documented here for the OpenAPI document.
 */
public class SliceQuery {
    @QueryParam("bot")
    @Parameter(
            description = "Only this bot's chats",
            schema = @Schema(type = SchemaType.STRING, pattern = Identifier.REGEX, maxLength = Identifier.MAX_LENGTH))
    public String bot;

    @QueryParam("team")
    @Parameter(
            description = "Only this team's chats",
            schema = @Schema(type = SchemaType.STRING, pattern = Identifier.REGEX, maxLength = Identifier.MAX_LENGTH))
    public String team;

    @QueryParam("agent")
    @Parameter(
            description = "Only chats this agent held last (metrics: and the agent's time)",
            schema = @Schema(type = SchemaType.STRING, pattern = Identifier.REGEX, maxLength = Identifier.MAX_LENGTH))
    public String agent;

    @QueryParam("channel")
    @Parameter(
            description = "WEBSOCKET, SOCKET_IO or CSML (any case)",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"WEBSOCKET", "SOCKET_IO", "CSML"}))
    public String channel;

    @QueryParam("language")
    @Parameter(
            description = "A language subtag such as en (any case)",
            schema = @Schema(type = SchemaType.STRING, pattern = QueryParameters.LANGUAGE_PATTERN, maxLength = 8))
    public String language;
}
