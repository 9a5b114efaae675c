// The agent's own controls: presence (online/away), reading language for translation, desktop alerts, sign out.
import { el, replace } from '../../shared/dom';
import { enableAlerts, notificationPermission } from '../alerts';
import type { Ctx } from '../context';
import { errorText, toast } from '../notices';
import type { AgentStatus } from '../types';

const LANGUAGES = ['en', 'af', 'zu', 'xh', 'st', 'tn', 'nso', 'fr', 'pt', 'es', 'de', 'nl', 'sw', 'ar', 'zh', 'hi'];

export function languageLabel(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export class Topbar {
  readonly root = el('div', { class: 'me' });
  private readonly status = el(
    'select',
    { class: 'status', attrs: { 'aria-label': 'Status' } },
    el('option', { attrs: { value: 'ONLINE' } }, 'Online'),
    el('option', { attrs: { value: 'AWAY' } }, 'Away'),
  );
  private readonly language = el('select', {
    class: 'language',
    attrs: { 'aria-label': 'Translate conversations to' },
  });
  private readonly alerts = el('button', { class: 'link', attrs: { type: 'button' } });

  constructor(
    private readonly ctx: Ctx,
    private readonly setStatus: (status: AgentStatus) => boolean,
    private readonly signOut: () => void,
  ) {
    this.status.disabled = true;
    this.status.addEventListener('change', () => {
      if (!this.setStatus(this.status.value as AgentStatus))
        toast('Not connected; your status changes when the connection is back.', 'error');
    });
    this.language.addEventListener('change', () => void this.saveLanguage());
    this.alerts.addEventListener('click', () => void enableAlerts().then(() => this.renderAlerts()));
    this.renderAlerts();
    this.root.append(
      el('label', { class: 'inline' }, this.status),
      el(
        'label',
        { class: 'inline', attrs: { title: 'Messages in other languages are translated to this one' } },
        'Translate to ',
        this.language,
      ),
      this.alerts,
      el('span', { class: 'who', attrs: { title: ctx.me.tenant ? `tenant ${ctx.me.tenant}` : '' } }, ctx.me.name),
      el('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => this.signOut() } }, 'Sign out'),
    );
    void this.loadLanguage();
  }

  showStatus(status: AgentStatus): void {
    this.status.disabled = false;
    this.status.value = status;
    this.status.dataset.status = status;
  }

  disconnected(): void {
    this.status.disabled = true;
  }

  private renderAlerts(): void {
    const permission = notificationPermission();
    this.alerts.hidden = permission === 'unsupported' || permission === 'granted';
    this.alerts.textContent = permission === 'denied' ? 'Alerts blocked (sound only)' : 'Enable alerts';
  }

  private async loadLanguage(): Promise<void> {
    try {
      const settings = await this.ctx.api.settings();
      const current = settings.preferredLanguage;
      const tags = current && !LANGUAGES.includes(current) ? [current, ...LANGUAGES] : LANGUAGES;
      replace(
        this.language,
        el('option', { attrs: { value: '' } }, 'No translation'),
        ...tags.map((t) => el('option', { attrs: { value: t, selected: t === current } }, languageLabel(t))),
      );
      this.language.title = settings.translationAvailable
        ? ''
        : 'No translator is configured on this server: messages are shown as written.';
    } catch (e) {
      toast(`Could not load your settings: ${errorText(e)}`, 'error');
    }
  }

  private async saveLanguage(): Promise<void> {
    try {
      const saved = await this.ctx.api.saveSettings(this.language.value || null);
      toast(
        saved.preferredLanguage
          ? `Chats are translated to ${languageLabel(saved.preferredLanguage)}.`
          : 'Translation off.',
      );
    } catch (e) {
      toast(`Language not saved: ${errorText(e)}`, 'error');
    }
  }
}
