// Quick replies: supervisors keep the shared ones, every agent their personal ones.
import { el, replace } from '../../shared/dom';
import { enc } from '../api';
import { type Ctx, isSupervisor } from '../context';
import { errorText, toast } from '../notices';
import type { QuickReply } from '../types';
import { field, input, select, showProblem, textarea } from './forms';

export class QuickRepliesView {
  readonly root = el('section', { class: 'settings-page', attrs: { 'aria-label': 'Quick replies' } });
  private readonly table = el('div');
  private readonly shortcut = input('', { maxlength: '32', placeholder: 'e.g. thanks', 'aria-label': 'Shortcut' });
  private readonly text = textarea('', 3);
  private readonly scope: HTMLSelectElement;
  private readonly errors = el('div', { class: 'form-error', attrs: { role: 'alert' } });
  private readonly submit = el('button', { class: 'primary', attrs: { type: 'submit' } }, 'Add quick reply');
  private editing: QuickReply | null = null;

  constructor(private readonly ctx: Ctx) {
    const supervisor = isSupervisor(ctx.me);
    this.scope = select(
      supervisor
        ? [
            ['SHARED', 'Shared with the team'],
            ['PERSONAL', 'Only me'],
          ]
        : [['PERSONAL', 'Only me']],
      supervisor ? 'SHARED' : 'PERSONAL',
    );
    this.text.setAttribute('maxlength', '2000');
    this.text.setAttribute('aria-label', 'Text');
    const form = el(
      'form',
      { class: 'settings-form' },
      field('Shortcut', this.shortcut),
      field('Text', this.text),
      field('Who can use it', this.scope),
      this.errors,
      this.submit,
      el('button', { class: 'link', attrs: { type: 'reset' }, on: { click: () => this.edit(null) } }, 'Clear'),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.save();
    });
    this.root.append(el('h2', {}, 'Quick replies'), this.table, el('h3', {}, 'Add or change'), form);
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const replies = await this.ctx.quickReplies(true);
      if (replies.length === 0) {
        replace(this.table, el('p', { class: 'empty' }, 'No quick replies yet.'));
        return;
      }
      replace(
        this.table,
        el(
          'table',
          { class: 'quick-replies' },
          el(
            'thead',
            {},
            el('tr', {}, el('th', {}, 'Shortcut'), el('th', {}, 'Text'), el('th', {}, 'Scope'), el('th')),
          ),
          el('tbody', {}, ...replies.map((r) => this.row(r))),
        ),
      );
    } catch (e) {
      replace(this.table, el('p', { class: 'form-error' }, `Could not load quick replies: ${errorText(e)}`));
    }
  }

  private row(r: QuickReply): HTMLTableRowElement {
    const mine = r.scope === 'PERSONAL' ? r.ownerId === this.ctx.me.id : isSupervisor(this.ctx.me);
    return el(
      'tr',
      {},
      el('td', { class: 'mono' }, `/${r.shortcut}`),
      el('td', { class: 'qr-text' }, r.text),
      el('td', {}, r.scope === 'SHARED' ? 'Shared' : 'Personal'),
      el(
        'td',
        {},
        mine && el('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => this.edit(r) } }, 'Edit'),
        mine &&
          el(
            'button',
            { class: 'link danger', attrs: { type: 'button' }, on: { click: () => void this.remove(r) } },
            'Delete',
          ),
      ),
    );
  }

  private edit(r: QuickReply | null): void {
    this.editing = r;
    this.shortcut.value = r?.shortcut ?? '';
    this.text.value = r?.text ?? '';
    if (r) this.scope.value = r.scope;
    this.scope.disabled = r !== null;
    this.submit.textContent = r ? `Save /${r.shortcut}` : 'Add quick reply';
    this.errors.replaceChildren();
  }

  private async save(): Promise<void> {
    const body = { shortcut: this.shortcut.value.trim(), text: this.text.value.trim(), scope: this.scope.value };
    try {
      if (this.editing) await this.ctx.api.call('PUT', `/api/v1/agent/quick-replies/${enc(this.editing.id)}`, body);
      else await this.ctx.api.call('POST', '/api/v1/agent/quick-replies', body);
      toast(this.editing ? 'Quick reply saved.' : 'Quick reply added.');
      this.edit(null);
      await this.load();
    } catch (e) {
      showProblem(this.errors, e);
    }
  }

  private async remove(r: QuickReply): Promise<void> {
    try {
      await this.ctx.api.call('DELETE', `/api/v1/agent/quick-replies/${enc(r.id)}`);
      toast(`/${r.shortcut} deleted.`);
      await this.load();
    } catch (e) {
      toast(`Not deleted: ${errorText(e)}`, 'error');
    }
  }
}
