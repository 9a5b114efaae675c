package dev.handoff.notification.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HandoffNoticeTest {
    private static final TenantId TENANT = TenantId.of("acme");
    private static final ConversationId CONVERSATION = ConversationId.of("c-1");
    private static final BotId BOT = BotId.of("support-bot");
    private static final Instant AT = Instant.parse("2025-03-10T14:02:07Z");

    private static HandoffNotice notice(VisitorInfo visitor, List<HistoryEntry> history) {
        return HandoffNotice.of(TENANT, CONVERSATION, BOT, visitor, history, AT);
    }

    @Test
    void previewsTheVisitorsLastMessageNotTheBots() {
        HandoffNotice notice = notice(new VisitorInfo("Thandi", null, null, Map.of()), List.of(
                new HistoryEntry(Sender.VISITOR, "hello", null),
                new HistoryEntry(Sender.VISITOR, "I was charged twice", null),
                new HistoryEntry(Sender.BOT, "Let me connect you.", null)));

        assertThat(notice.visitorName()).isEqualTo("Thandi");
        assertThat(notice.messagePreview()).isEqualTo("I was charged twice");
    }

    @Test
    void aVisitorWithoutNameIsAnonymousAndWithoutMessagesHasNoPreview() {
        HandoffNotice notice = notice(new VisitorInfo("  ", null, null, Map.of()),
                List.of(new HistoryEntry(Sender.BOT, "Hi!", null), new HistoryEntry(Sender.VISITOR, "   ", null)));

        assertThat(notice.visitorName()).isEqualTo("Anonymous");
        assertThat(notice.messagePreview()).isNull();
        assertThat(notice(null, null).visitorName()).isEqualTo("Anonymous");
    }

    @Test
    void longTextIsPutOnOneLineAndCutWithAnEllipsis() {
        String longMessage = "line one\n\nline   two " + "x".repeat(400);
        HandoffNotice notice = notice(VisitorInfo.anonymous(), List.of(new HistoryEntry(Sender.VISITOR, longMessage, null)));

        assertThat(notice.messagePreview()).startsWith("line one line two x").endsWith("\u2026");
        assertThat(notice.messagePreview().codePointCount(0, notice.messagePreview().length()))
                .isEqualTo(HandoffNotice.MAX_PREVIEW_LENGTH);
    }

    @Test
    void cuttingNeverSplitsACharacterOutsideTheBasicPlane() {
        String emoji = "\uD83D\uDE00";
        HandoffNotice notice = notice(new VisitorInfo(emoji.repeat(300), null, null, Map.of()), List.of());

        String name = notice.visitorName();
        assertThat(name.codePointCount(0, name.length())).isEqualTo(HandoffNotice.MAX_NAME_LENGTH);
        assertThat(name.codePoints().limit(HandoffNotice.MAX_NAME_LENGTH - 1)).allMatch(cp -> cp == 0x1F600);
    }

    @Test
    void visitorTextIsKeptVerbatimForTheTemplatesToEscape() {
        HandoffNotice notice = notice(new VisitorInfo("<b>Eve</b> & co", null, null, Map.of()),
                List.of(new HistoryEntry(Sender.VISITOR, "<script>x()</script>", null)));

        assertThat(notice.visitorName()).isEqualTo("<b>Eve</b> & co");
        assertThat(notice.messagePreview()).isEqualTo("<script>x()</script>");
    }
}
