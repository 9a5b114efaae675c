package dev.handoff.analytics.bench;

/** What the generated data must add up to, counted as it is generated. */
final class Expected {
    long requests;
    long accepted;
    long visitorLeft;
    long expired;
    long refusedOutsideHours;
    long transfers;
    long rated;
    long ratingSum;
    long liveMessages;
    long transcriptLines;
    long rareWordChats;
}
