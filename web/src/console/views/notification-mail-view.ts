// Supervisors: who is mailed about waiting requests, when (per bot too), escalation, batching of visitor messages,
// the idle time, the default language; which agents mail can reach; and the mails that failed.
import { el, replace } from '../../shared/dom';
import type { Ctx } from '../context';
import { errorText, toast } from '../notices';
import type { NotificationSettings } from '../types';
import { checkbox, field, input, numberOrNull, onSubmit, select, textarea } from './forms';
import { NotificationLogPanel } from './notification-log-panel';

/** Addresses from a text area: one per line (or comma separated), without blanks. */
export function parseEmails(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((e) => e.trim())
    .filter(Boolean);
}

export class NotificationMailView {
  readonly root = el('section', {
    class: 'settings-page notification-mail',
    attrs: { 'aria-label': 'Notification mail' },
  });
  private readonly recipientsBox = el('div');
  private readonly settingsBox = el('div');
  private readonly agentsBox = el('div');

  constructor(private readonly ctx: Ctx) {
    this.root.append(
      el('h2', {}, 'Notification mail'),
      el('h3', {}, 'Recipients'),
      this.recipientsBox,
      el('h3', {}, 'When mail goes'),
      this.settingsBox,
      el('h3', {}, 'Agents'),
      this.agentsBox,
      new NotificationLogPanel(ctx).root,
    );
    void this.loadRecipients();
    void this.loadSettings();
    void this.loadAgents();
  }

  private async loadRecipients(): Promise<void> {
    try {
      const { emails } = await this.ctx.api.recipients();
      const list = textarea(emails.join('\n'), 3);
      list.setAttribute('aria-label', 'Recipients');
      const errors = el('div', { class: 'form-error', attrs: { role: 'alert' } });
      const form = el(
        'form',
        { class: 'settings-form' },
        field('Addresses, one per line', list, 'Mailed about every new and still-waiting request, and escalations.'),
        errors,
        el('button', { class: 'primary', attrs: { type: 'submit' } }, 'Save recipients'),
      );
      onSubmit(form, errors, async () => {
        const saved = await this.ctx.api.saveRecipients(parseEmails(list.value));
        list.value = saved.emails.join('\n');
        toast('Recipients saved.');
      });
      replace(this.recipientsBox, form);
    } catch (e) {
      replace(this.recipientsBox, el('p', { class: 'form-error' }, `Could not load the recipients: ${errorText(e)}`));
    }
  }

  private async loadSettings(): Promise<void> {
    try {
      replace(this.settingsBox, this.settingsForm(await this.ctx.api.notificationSettings()));
    } catch (e) {
      replace(this.settingsBox, el('p', { class: 'form-error' }, `Could not load the settings: ${errorText(e)}`));
    }
  }

  private settingsForm(s: NotificationSettings): HTMLFormElement {
    const [agentsLabel, mailAgents] = checkbox('Also mail the agents who may take a request', s.mailAgents);
    const waiting = input(s.waitingAfterMinutes, {
      type: 'number',
      min: '1',
      max: '1440',
      'aria-label': 'Still waiting after',
    });
    const escalate = input(s.escalateAfterMinutes, { type: 'number', min: '2', max: '10080', placeholder: 'off' });
    const batch = input(s.batchMinutes, { type: 'number', min: '1', max: '60' });
    const idle = input(s.idleMinutes, { type: 'number', min: '1', max: '240' });
    const language = select(
      [
        ['en', 'English'],
        ['de', 'Deutsch'],
      ],
      s.language,
    );
    const bots = el('tbody');
    s.bots.forEach((b) => bots.append(botRow(b.botId, b.waitingAfterMinutes)));
    const errors = el('div', { class: 'form-error', attrs: { role: 'alert' } });
    const form = el(
      'form',
      { class: 'settings-form' },
      agentsLabel,
      field('“Still waiting” after (minutes)', waiting),
      field('Escalate to supervisors after (minutes)', escalate, 'Empty: no escalation.'),
      el('h4', {}, 'A bot’s own “still waiting” time'),
      el('table', { class: 'bot-thresholds' }, bots),
      el(
        'button',
        { attrs: { type: 'button' }, on: { click: () => bots.append(botRow('', s.waitingAfterMinutes)) } },
        'Add bot',
      ),
      field(
        'Collect visitor messages for (minutes)',
        batch,
        'One mail per chat per this many minutes, quoting the new messages.',
      ),
      field('Agents count as away after (minutes without activity)', idle),
      field('Language of mails when a person’s own is unknown', language),
      errors,
      el('button', { class: 'primary', attrs: { type: 'submit' } }, 'Save notification settings'),
    );
    onSubmit(form, errors, async () => {
      const body: NotificationSettings = {
        mailAgents: mailAgents.checked,
        waitingAfterMinutes: numberOrNull(waiting.value) ?? 0,
        escalateAfterMinutes: numberOrNull(escalate.value),
        batchMinutes: numberOrNull(batch.value) ?? 0,
        idleMinutes: numberOrNull(idle.value) ?? 0,
        language: language.value,
        bots: [...bots.querySelectorAll('tr')]
          .map((row) => {
            const [bot, minutes] = row.querySelectorAll('input');
            return { botId: bot.value.trim(), waitingAfterMinutes: numberOrNull(minutes.value) ?? 0 };
          })
          .filter((b) => b.botId),
      };
      replace(this.settingsBox, this.settingsForm(await this.ctx.api.saveNotificationSettings(body)));
      toast('Notification settings saved.');
    });
    return form;
  }

  private async loadAgents(): Promise<void> {
    try {
      const agents = await this.ctx.api.mailableAgents();
      replace(
        this.agentsBox,
        agents.length === 0
          ? el('p', { class: 'empty' }, 'No agent has opened the console yet: agents are mailed once they have.')
          : el(
              'table',
              { class: 'mailable-agents' },
              el('thead', {}, el('tr', {}, el('th', {}, 'Agent'), el('th', {}, 'Mail goes to'), el('th', {}, 'Now'))),
              el(
                'tbody',
                {},
                ...agents.map((a) =>
                  el(
                    'tr',
                    {},
                    el('td', {}, a.displayName),
                    el('td', {}, a.email ?? 'no address: never mailed'),
                    el('td', {}, (a.presence ?? 'unknown').toLowerCase()),
                  ),
                ),
              ),
            ),
      );
    } catch (e) {
      replace(this.agentsBox, el('p', { class: 'form-error' }, `Could not load the agents: ${errorText(e)}`));
    }
  }
}

function botRow(botId: string, minutes: number): HTMLTableRowElement {
  const row: HTMLTableRowElement = el(
    'tr',
    {},
    el('td', {}, input(botId, { placeholder: 'bot id', 'aria-label': 'Bot', maxlength: '128' })),
    el('td', {}, input(minutes, { type: 'number', min: '1', max: '1440', 'aria-label': 'Minutes' })),
    el(
      'td',
      {},
      el('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => row.remove() } }, 'Remove'),
    ),
  );
  return row;
}
