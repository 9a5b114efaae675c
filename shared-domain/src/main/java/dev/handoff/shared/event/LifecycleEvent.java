package dev.handoff.shared.event;

/** A state change of a conversation, published on {@link Topics#CONVERSATION_LIFECYCLE}. */
public sealed interface LifecycleEvent extends ConversationEvent
        permits Queued,
                QueuePositionChanged,
                Offered,
                Assigned,
                Requeued,
                Transferred,
                SubjectChanged,
                Completed,
                EndedByVisitor,
                Expired,
                Rated,
                OffersMissed,
                QueueOverflowed,
                EndProposed,
                EndProposalWithdrawn,
                MessageLeft {}
