package dev.handoff.handoff.adapter.in.socketio;

/** Event names on the wire: the Botlhale protocol's, kept exactly, and our extensions, which its clients ignore. */
final class EventNames {
    // Botlhale, server to client
    static final String START_CONVERSATION = "startConversation";
    static final String MESSAGES = "messages";
    static final String TO_USER = "to_user";
    static final String DISCONNECT_SOCKET = "disconnect_socket";
    // Botlhale, client to server
    static final String USERNAME = "username";
    static final String MESSAGES_TO_CLIENT = "messages_to_client";
    static final String FROM_USER = "from_user";
    // extensions, server to client
    static final String HANDOFF_ERROR = "handoff_error";
    static final String CHAT_JOINED = "chat_joined";
    static final String QUEUE_POSITION = "queue_position";
    static final String AGENT_JOINED = "agent_joined";
    static final String BACK_IN_QUEUE = "back_in_queue";
    static final String AGENT_TYPING = "agent_typing";
    static final String CHAT_ENDED = "chat_ended";
    static final String HANDOFF_UNAVAILABLE = "handoff_unavailable";
    static final String RATED = "rated";
    static final String END_PROPOSED = "end_proposed";
    static final String END_PROPOSAL_WITHDRAWN = "end_proposal_withdrawn";
    static final String LEAVE_MESSAGE_OFFERED = "leave_message_offered";
    static final String MESSAGE_LEFT = "message_left";
    // extensions, client to server
    static final String TYPING = "typing";
    static final String END_CHAT = "end_chat";
    static final String LIVECHAT_SESSION_END = "LIVECHAT_SESSION_END";
    static final String RATE_CHAT = "rate_chat";
    static final String CONFIRM_END = "confirm_end";
    static final String LEAVE_MESSAGE = "leave_message";

    private EventNames() {}
}
