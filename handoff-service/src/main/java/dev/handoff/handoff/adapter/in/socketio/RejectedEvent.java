package dev.handoff.handoff.adapter.in.socketio;

/** A client event the adapter turns down; becomes a {@code handoff_error} with this code and message. */
final class RejectedEvent extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    RejectedEvent(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    ErrorCode code() {
        return code;
    }
}
