// Every agent: which mails they get, which desktop notifications and whether the chime plays, the mail language.
import { el, replace } from '../../shared/dom';
import { setAlertPreferences } from '../alerts';
import type { Ctx } from '../context';
import { errorText, toast } from '../notices';
import type { NotificationPreferences, NotificationPreferencesChange } from '../types';
import { checkbox, onSubmit, select } from './forms';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', de: 'Deutsch' };

/** Applies the agent's switches to the console's own alerts. */
export function applyAlertPreferences(p: NotificationPreferences): void {
  setAlertPreferences({ newRequest: p.desktopNewRequest, visitorMessage: p.desktopVisitorMessage, sound: p.sound });
}

export class MyNotificationsView {
  readonly root = el('section', { class: 'settings-page', attrs: { 'aria-label': 'My notifications' } });

  constructor(
    private readonly ctx: Ctx,
    private readonly saved: (p: NotificationPreferences) => void,
  ) {
    this.root.append(el('h2', {}, 'My notifications'), el('p', { class: 'empty' }, 'Loading…'));
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      replace(this.root, el('h2', {}, 'My notifications'), this.form(await this.ctx.api.notificationPreferences()));
    } catch (e) {
      replace(
        this.root,
        el('h2', {}, 'My notifications'),
        el('p', { class: 'form-error' }, `Could not load them: ${errorText(e)}`),
      );
    }
  }

  private form(p: NotificationPreferences): HTMLFormElement {
    const [newLabel, emailNew] = checkbox('New requests I may take', p.emailNewRequest);
    const [waitingLabel, emailWaiting] = checkbox('Requests still waiting (and escalations)', p.emailStillWaiting);
    const [visitorLabel, emailVisitor] = checkbox(
      'Visitor messages in my chats while I am away from the console',
      p.emailVisitorMessage,
    );
    const [desktopNewLabel, desktopNew] = checkbox('New requests', p.desktopNewRequest);
    const [desktopVisitorLabel, desktopVisitor] = checkbox('Visitor messages', p.desktopVisitorMessage);
    const [soundLabel, sound] = checkbox('Play a chime with them', p.sound);
    const languages = p.mailLanguages ?? ['en', 'de'];
    const language = select(
      [
        ['', 'Automatic (my account’s language, else the team’s)'],
        ...languages.map((l): [string, string] => [l, LANGUAGE_NAMES[l] ?? l]),
      ],
      p.mailLanguage,
    );
    const errors = el('div', { class: 'form-error', attrs: { role: 'alert' } });
    const form = el(
      'form',
      { class: 'settings-form my-notifications' },
      p.email
        ? el('p', { class: 'hint' }, `Mail goes to ${p.email}.`)
        : el('p', { class: 'form-error' }, 'Your account has no e-mail address: no notification mail can reach you.'),
      el('fieldset', {}, el('legend', {}, 'Email me about'), newLabel, waitingLabel, visitorLabel),
      el('label', { class: 'field' }, el('span', { class: 'field-label' }, 'Mail language'), language),
      el(
        'fieldset',
        {},
        el('legend', {}, 'Desktop notifications while this tab is hidden'),
        desktopNewLabel,
        desktopVisitorLabel,
        soundLabel,
      ),
      el(
        'p',
        { class: 'hint' },
        `After ${p.idleMinutes ?? 5} minutes without activity in the console you are shown as away; it sets you online again when you are back.`,
      ),
      errors,
      el('button', { class: 'primary', attrs: { type: 'submit' } }, 'Save my notifications'),
    );
    onSubmit(form, errors, async () => {
      const body: NotificationPreferencesChange = {
        emailNewRequest: emailNew.checked,
        emailStillWaiting: emailWaiting.checked,
        emailVisitorMessage: emailVisitor.checked,
        desktopNewRequest: desktopNew.checked,
        desktopVisitorMessage: desktopVisitor.checked,
        sound: sound.checked,
        mailLanguage: (language.value || null) as NotificationPreferencesChange['mailLanguage'],
      };
      const stored = await this.ctx.api.saveNotificationPreferences(body);
      applyAlertPreferences(stored);
      this.saved(stored);
      toast('Your notifications are saved.');
    });
    return form;
  }
}
