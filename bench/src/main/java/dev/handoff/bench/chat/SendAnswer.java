package dev.handoff.bench.chat;

/**
 * What a send got back: stored, refused (nothing stored), unknown (maybe stored; resend with the same id), or no answer
 * (the connection went away first, which is unknown too).
 */
public record SendAnswer(Kind kind, String detail) {

    /** The four outcomes a sender can see. */
    public enum Kind {
        STORED,
        REFUSED,
        UNKNOWN,
        NO_ANSWER
    }

    public static final SendAnswer STORED = new SendAnswer(Kind.STORED, "");

    public boolean isStored() {
        return kind == Kind.STORED;
    }
}
