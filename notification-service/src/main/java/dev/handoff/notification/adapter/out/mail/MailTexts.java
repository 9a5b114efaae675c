package dev.handoff.notification.adapter.out.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the mails, in English; {@code messages/mail_de.properties} has them in German. The templates use them
 * as {@code {mail:...}} in the locale of the mail's recipient. No visitor text goes through them (the templates
 * insert it themselves, escaped), except in subjects, which are plain header text.
 */
@MessageBundle(value = "mail", locale = "en")
public interface MailTexts {
    @Message("New live chat request: {visitor}")
    String newRequestSubject(String visitor);

    @Message("Still waiting for an agent: {visitor} ({minutes} min)")
    String stillWaitingSubject(String visitor, long minutes);

    @Message("Escalation: {visitor} has waited {minutes} min for an agent")
    String escalationSubject(String visitor, long minutes);

    @Message("{visitor} wrote in your chat")
    String visitorMessageSubject(String visitor);

    @Message("New live chat request")
    String newRequestTitle();

    @Message("A visitor asked to talk to a person.")
    String newRequestIntro();

    @Message("Still waiting for an agent")
    String stillWaitingTitle();

    @Message("This visitor has been waiting for {minutes} min and nobody has taken the chat yet.")
    String stillWaitingIntro(long minutes);

    @Message("Escalation: a visitor is still waiting")
    String escalationTitle();

    @Message("This visitor has been waiting for {minutes} min. Please make sure somebody takes the chat.")
    String escalationIntro(long minutes);

    @Message("New messages in your chat")
    String visitorMessageTitle();

    @Message("The visitor wrote while you were away from the console.")
    String visitorMessageIntro();

    @Message("Visitor")
    String visitor();

    @Message("Email")
    String email();

    @Message("Language")
    String language();

    @Message("Chatbot")
    String chatbot();

    @Message("Waiting")
    String waiting();

    @Message("{minutes} min")
    String minutes(long minutes);

    @Message("under a minute")
    String underAMinute();

    @Message("Estimated wait")
    String estimatedWait();

    @Message("about {minutes} min (place {position} in the queue)")
    String estimate(long minutes, int position);

    @Message("about {minutes} min")
    String estimateWithoutPlace(long minutes);

    @Message("Agent")
    String agent();

    @Message("Last messages with the bot")
    String preview();

    @Message("The visitor wrote nothing to the bot.")
    String noPreview();

    @Message("Bot")
    String senderBot();

    @Message("Visitor")
    String senderVisitor();

    @Message("New messages")
    String messages();

    @Message("… and {count} more")
    String moreMessages(int count);

    @Message("Open the request in the console")
    String openRequest();

    @Message("Open the chat in the console")
    String openChat();

    @Message("Conversation {id}")
    String conversation(String id);

    @Message("You get this mail because of the notification settings of the live chat console.")
    String footer();
}
