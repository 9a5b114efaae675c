package dev.handoff.handoff.application.port.out;

/**
 * The out-ports PostgreSQL implements over shared tables, as one unit of work of a contract suite sees them: a suite
 * sets up its rows through the neighbouring ports (a feed entry needs its conversation, a silent chat its bot's
 * settings) and asserts on the port it is about.
 */
public record PersistencePorts(
        LoadBotSettingsPort loadSettings,
        SaveBotSettingsPort saveSettings,
        LoadConversationPort loadConversation,
        SaveConversationPort saveConversation,
        FindSilentChatsPort silentChats,
        VisitorFeedPort feed,
        RecordDeliveryPort delivery,
        QueueOutlookPort outlook,
        LoadChatForSendPort chatForSend) {}
