package dev.handoff.agent.domain.model;

/** Who sees a quick reply. */
public enum QuickReplyScope {
    /** Every agent of the tenant; only supervisors change them. */
    SHARED,
    /** Only its owner. */
    PERSONAL
}
