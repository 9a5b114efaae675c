package dev.handoff.notification.domain.model;

/** Why people are mailed. Each kind is sent at most once per conversation, visitor messages once per batch. */
public enum NotificationKind {
    /** A visitor asked for a human and waits in the queue. */
    NEW_REQUEST,
    /** The request has waited for the tenant's (or the bot's) threshold and nobody took it. */
    STILL_WAITING,
    /** The request has waited for the second, longer threshold: the supervisors hear about it. */
    ESCALATION,
    /** The visitor wrote in an active chat whose agent is not at the console. */
    VISITOR_MESSAGE;

    /** Whether it is about a request nobody took yet, and is void once an agent takes it or the chat ends. */
    public boolean isAboutWaiting() {
        return this != VISITOR_MESSAGE;
    }

    /** The kind whose e-mail switch in a person's preferences decides about this one. */
    public NotificationKind preferenceKind() {
        return this == ESCALATION ? STILL_WAITING : this;
    }
}
