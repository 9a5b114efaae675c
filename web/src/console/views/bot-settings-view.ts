// Supervisors: a bot's handoff settings: on/off, business hours in a time zone with holidays, offline
// message, inactivity timeout, end message and button, allowed origins (Socket.IO), webhook.
import { el, replace } from '../../shared/dom';
import { formatOpening } from '../../shared/time';
import { ApiError, enc } from '../api';
import type { Ctx } from '../context';
import { errorText, toast } from '../notices';
import {
  type BotSettings,
  DAYS,
  defaultSettings,
  type Holiday,
  parseOrigins,
  type Slot,
  timeZones,
  weekdays,
} from './bot-settings-model';
import { checkbox, field, input, numberOrNull, orNull, select, showProblem, textarea } from './forms';

const dayName = (d: string) => d.charAt(0) + d.slice(1).toLowerCase();

export class BotSettingsView {
  readonly root = el('section', { class: 'settings-page', attrs: { 'aria-label': 'Bot settings' } });
  private readonly botId = input(localStorage.getItem('handoff.console.bot') ?? 'demo-bot', {
    'aria-label': 'Bot id',
    class: 'bot-id',
  });
  private readonly availability = el('p', { class: 'availability' });
  private readonly formHolder = el('div');

  constructor(private readonly ctx: Ctx) {
    const load = el(
      'form',
      { class: 'inline-form' },
      field('Bot', this.botId),
      el('button', { attrs: { type: 'submit' } }, 'Load'),
    );
    load.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.load();
    });
    this.root.append(el('h2', {}, 'Bot handoff settings'), load, this.availability, this.formHolder);
    void this.load();
  }

  private async load(): Promise<void> {
    const bot = this.botId.value.trim();
    if (!bot) return;
    localStorage.setItem('handoff.console.bot', bot);
    let settings: BotSettings;
    let isNew = false;
    try {
      settings = await this.ctx.api.call<BotSettings>('GET', `/api/v1/bots/${enc(bot)}/settings`);
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) {
        replace(this.formHolder, el('p', { class: 'form-error' }, `Could not load ${bot}: ${errorText(e)}`));
        return;
      }
      settings = defaultSettings(Intl.DateTimeFormat().resolvedOptions().timeZone);
      isNew = true;
    }
    replace(this.formHolder, this.form(bot, settings, isNew));
    void this.showAvailability(bot);
  }

  private async showAvailability(bot: string): Promise<void> {
    try {
      const a = await this.ctx.api.call<{
        open: boolean;
        reason: string;
        offlineMessage: string | null;
        nextOpening: string | null;
      }>('GET', `/api/v1/bots/${enc(bot)}/availability`);
      this.availability.textContent = a.open
        ? 'Open now: visitors can talk to a human.'
        : `Closed now (${a.reason.toLowerCase().replace(/_/g, ' ')})${a.nextOpening ? `; opens ${formatOpening(a.nextOpening)}` : ''}.`;
      this.availability.className = `availability ${a.open ? 'open' : 'closed'}`;
    } catch {
      this.availability.textContent = '';
    }
  }

  private form(bot: string, s: BotSettings, isNew: boolean): HTMLFormElement {
    const [enabledLabel, enabled] = checkbox('Visitors can be handed to a human', s.enabled);
    const [hoursLabel, hoursOn] = checkbox(
      'Only during business hours (otherwise around the clock)',
      s.businessHours !== null,
    );
    const hours = s.businessHours ?? {
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      weekly: weekdays('09:00', '17:00'),
      holidays: [],
    };
    const zone = select(
      timeZones().map((z) => [z, z]),
      hours.timeZone,
    );
    const slots = el('tbody');
    const holidays = el('tbody');
    hours.weekly.forEach((slot) => slots.append(slotRow(slot)));
    hours.holidays.forEach((h) => holidays.append(holidayRow(h)));
    const hoursBox = el(
      'fieldset',
      { class: 'hours' },
      el('legend', {}, 'Business hours'),
      field('Time zone', zone),
      el(
        'table',
        { class: 'slots' },
        el('thead', {}, el('tr', {}, el('th', {}, 'Day'), el('th', {}, 'From'), el('th', {}, 'To'), el('th'))),
        slots,
      ),
      el(
        'button',
        {
          attrs: { type: 'button' },
          on: { click: () => slots.append(slotRow({ day: 'MONDAY', start: '09:00', end: '17:00' })) },
        },
        'Add hours',
      ),
      el('h4', {}, 'Holidays (closed all day)'),
      el('table', { class: 'holidays' }, holidays),
      el(
        'button',
        { attrs: { type: 'button' }, on: { click: () => holidays.append(holidayRow({ date: '', name: '' })) } },
        'Add holiday',
      ),
    );
    const syncHours = () => (hoursBox.disabled = !hoursOn.checked);
    hoursOn.addEventListener('change', syncHours);
    syncHours();

    const offline = textarea(s.offlineMessage, 2);
    const timeout = input(s.inactivityTimeoutMinutes, { type: 'number', min: '1', max: '10080' });
    const endMessage = textarea(s.endMessage, 2);
    const endButton = input(s.endButtonLabel, { maxlength: '60' });
    const origins = textarea(s.allowedOrigins.join('\n'), 3);
    const [socketLabel, socketIo] = checkbox('Botlhale-compatible Socket.IO widget allowed', s.socketIoEnabled);
    const webhookUrl = input(s.webhookUrl, { type: 'url', placeholder: 'https://bot.example.com/handoff-events' });
    const webhookSecret = input('', {
      type: 'password',
      autocomplete: 'new-password',
      placeholder: s.webhookSecretSet ? '(set; leave empty to keep)' : '16 to 200 characters',
    });
    const [relayLabel, relay] = checkbox('Also send agent messages to the webhook', s.relayAgentMessages);
    const displayName = input(s.displayName, { maxlength: '80', placeholder: bot, class: 'bot-display-name' });
    const avatarUrl = input(s.avatarUrl, { type: 'url', placeholder: 'https://example.com/bot.png' });
    const defaultTeam = input(s.defaultTeam, { maxlength: '128', placeholder: 'everyone', class: 'bot-default-team' });
    const errors = el('div', { class: 'form-error', attrs: { role: 'alert' } });

    const form = el(
      'form',
      { class: 'settings-form' },
      isNew && el('p', { class: 'hint' }, `${bot} has no settings yet: saving creates them.`),
      field('Display name', displayName, 'How agents see the bot in the console and in notification mails.'),
      field('Picture URL', avatarUrl),
      field('Default team', defaultTeam, 'The team whose queue takes handoffs that name no team; empty: everyone.'),
      enabledLabel,
      hoursLabel,
      hoursBox,
      field('Offline message', offline, 'Shown to visitors outside business hours.'),
      field('Inactivity timeout (minutes)', timeout, 'A chat silent this long ends.'),
      field('End message', endMessage, 'Shown to the visitor when the chat ends.'),
      field('End button label', endButton),
      field(
        'Allowed origins',
        origins,
        'Web pages allowed to use the Socket.IO widget, one per line, e.g. https://shop.example.com',
      ),
      socketLabel,
      field('Webhook URL', webhookUrl),
      field('Webhook secret', webhookSecret),
      relayLabel,
      errors,
      el('button', { class: 'primary', attrs: { type: 'submit' } }, 'Save settings'),
    );
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const body: BotSettings = {
        enabled: enabled.checked,
        businessHours: hoursOn.checked
          ? {
              timeZone: zone.value,
              weekly: [...slots.querySelectorAll('tr')].map(readSlot),
              holidays: [...holidays.querySelectorAll('tr')].map(readHoliday).filter((h) => h.date),
            }
          : null,
        offlineMessage: orNull(offline.value),
        inactivityTimeoutMinutes: numberOrNull(timeout.value),
        endMessage: orNull(endMessage.value),
        endButtonLabel: orNull(endButton.value),
        webhookUrl: orNull(webhookUrl.value),
        allowedOrigins: parseOrigins(origins.value),
        socketIoEnabled: socketIo.checked,
        relayAgentMessages: relay.checked,
        displayName: orNull(displayName.value),
        avatarUrl: orNull(avatarUrl.value),
        defaultTeam: orNull(defaultTeam.value),
      };
      if (webhookSecret.value) body.webhookSecret = webhookSecret.value;
      try {
        await this.ctx.api.call('PUT', `/api/v1/bots/${enc(bot)}/settings`, body);
        errors.replaceChildren();
        toast(`Settings of ${bot} saved.`);
        void this.load();
      } catch (err) {
        showProblem(errors, err);
      }
    });
    return form;
  }
}

function slotRow(slot: Slot): HTMLTableRowElement {
  const row: HTMLTableRowElement = el(
    'tr',
    {},
    el(
      'td',
      {},
      select(
        DAYS.map((d) => [d, dayName(d)]),
        slot.day,
      ),
    ),
    el('td', {}, input(slot.start, { type: 'time', 'aria-label': 'From' })),
    el('td', {}, input(slot.end === '24:00' ? '23:59' : slot.end, { type: 'time', 'aria-label': 'To' })),
    el(
      'td',
      {},
      el('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => row.remove() } }, 'Remove'),
    ),
  );
  return row;
}

function holidayRow(h: Holiday): HTMLTableRowElement {
  const row: HTMLTableRowElement = el(
    'tr',
    {},
    el('td', {}, input(h.date, { type: 'date', 'aria-label': 'Date' })),
    el('td', {}, input(h.name, { placeholder: 'name', 'aria-label': 'Holiday name', maxlength: '100' })),
    el(
      'td',
      {},
      el('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => row.remove() } }, 'Remove'),
    ),
  );
  return row;
}

function readSlot(row: HTMLTableRowElement): Slot {
  const [day, start, end] = row.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input');
  return { day: day.value, start: start.value, end: end.value };
}

function readHoliday(row: HTMLTableRowElement): Holiday {
  const [date, name] = row.querySelectorAll<HTMLInputElement>('input');
  return { date: date.value, name: orNull(name.value) };
}
