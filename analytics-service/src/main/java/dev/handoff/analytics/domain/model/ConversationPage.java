package dev.handoff.analytics.domain.model;

import java.util.List;

/** One page of the transcript list; {@code next} continues it, null on the last page. */
public record ConversationPage(List<ConversationSummary> items, ConversationSearch.Cursor next) {}
