// Supervisors: how chats reach agents (strategy per tenant and per team, what happens to the chats of agents
// who leave) and how many chats each agent may hold (routing-service).
import { el, replace } from '../../shared/dom';
import { enc } from '../api';
import type { Ctx } from '../context';
import type { Capacity, RoutingSettings, TeamRoutingSettings } from '../types';
import { errorText, toast } from '../notices';
import { field, input, numberOrNull, select, showProblem } from './forms';

const STRATEGIES: [string, string][] = [
  ['MANUAL', 'Manual: agents accept requests'],
  ['AUTO', 'Automatic: the least busy online agent'],
  ['AUTO_WITH_OFFER', 'Offer: the least busy agent accepts or declines'],
];

export class RoutingView {
  readonly root = el('section', { class: 'settings-page', attrs: { 'aria-label': 'Routing' } });
  private readonly settingsBox = el('div');
  private readonly capacityBox = el('div');
  private readonly teamBox = el('div');

  constructor(private readonly ctx: Ctx) {
    const team = input('', { placeholder: 'team id, e.g. billing', 'aria-label': 'Team' });
    const teamForm = el(
      'form',
      { class: 'inline-form' },
      field('Team', team),
      el('button', { attrs: { type: 'submit' } }, 'Load'),
    );
    teamForm.addEventListener('submit', (e) => {
      e.preventDefault();
      if (team.value.trim()) void this.loadTeam(team.value.trim());
    });
    this.root.append(
      el('h2', {}, 'Routing'),
      this.settingsBox,
      el('h3', {}, 'Chats per agent'),
      this.capacityBox,
      el('h3', {}, 'A team’s own strategy'),
      teamForm,
      this.teamBox,
    );
    void this.loadSettings();
    void this.loadCapacity();
  }

  private async loadSettings(): Promise<void> {
    try {
      const s = await this.ctx.api.call<RoutingSettings>('GET', '/api/v1/routing/settings');
      const strategy = select(STRATEGIES, s.strategy);
      const unavailable = select(
        [
          ['KEEP', 'They keep their chats'],
          ['REQUEUE', 'Their chats go back to the queue'],
        ],
        s.onAgentUnavailable,
      );
      const timeout = input(s.offerTimeoutSeconds, { type: 'number', min: '5', max: '600' });
      const leaveAfter = input(s.leaveMessageAfterSeconds, {
        type: 'number',
        min: '0',
        max: '86400',
        'aria-label': 'Leave a message after (seconds)',
      });
      const errors = el('div', { class: 'form-error', attrs: { role: 'alert' } });
      const form = el(
        'form',
        { class: 'settings-form' },
        field('Strategy', strategy),
        field('Offer timeout (seconds)', timeout, 'How long an offered agent has to accept.'),
        field('When an agent goes away or offline', unavailable),
        field(
          'Leave a message after (seconds)',
          leaveAfter,
          'While nobody is accepting, waiting visitors may leave a message after this long; 0: never.',
        ),
        errors,
        el('button', { class: 'primary', attrs: { type: 'submit' } }, 'Save routing'),
      );
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        try {
          await this.ctx.api.call('PUT', '/api/v1/routing/settings', {
            strategy: strategy.value,
            onAgentUnavailable: unavailable.value,
            offerTimeoutSeconds: Number(timeout.value),
            leaveMessageAfterSeconds: Number(leaveAfter.value),
          });
          errors.replaceChildren();
          toast('Routing saved.');
        } catch (err) {
          showProblem(errors, err);
        }
      });
      replace(this.settingsBox, form);
    } catch (e) {
      replace(this.settingsBox, el('p', { class: 'form-error' }, `Could not load routing: ${errorText(e)}`));
    }
  }

  private async loadCapacity(): Promise<void> {
    try {
      const c = await this.ctx.api.call<Capacity>('GET', '/api/v1/routing/capacity');
      const fallback = input(c.defaultMaxChats, {
        type: 'number',
        min: '0',
        max: '100',
        'aria-label': 'Default chats per agent',
      });
      const errors = el('div', { class: 'form-error', attrs: { role: 'alert' } });
      const defaults = el(
        'form',
        { class: 'inline-form' },
        field('Default limit', fallback),
        el('button', { attrs: { type: 'submit' } }, 'Save'),
      );
      defaults.addEventListener('submit', (e) => {
        e.preventDefault();
        void this.save(errors, '/api/v1/routing/capacity', { defaultMaxChats: Number(fallback.value) });
      });
      const rows = c.agents.map((a) => {
        const max = input(a.maxChats, {
          type: 'number',
          min: '0',
          max: '100',
          placeholder: `default (${c.defaultMaxChats})`,
          'aria-label': `Limit of ${a.agentId}`,
        });
        return el(
          'tr',
          {},
          el('td', { class: 'mono' }, a.agentId),
          el('td', {}, a.activeChats),
          el('td', {}, max),
          el(
            'td',
            {},
            el(
              'button',
              {
                attrs: { type: 'button' },
                on: {
                  click: () =>
                    void this.save(errors, `/api/v1/routing/capacity/agents/${enc(a.agentId)}`, {
                      maxChats: numberOrNull(max.value),
                    }),
                },
              },
              'Save',
            ),
          ),
        );
      });
      replace(
        this.capacityBox,
        defaults,
        c.agents.length
          ? el(
              'table',
              { class: 'capacity' },
              el(
                'thead',
                {},
                el('tr', {}, el('th', {}, 'Agent'), el('th', {}, 'Chats now'), el('th', {}, 'Limit'), el('th')),
              ),
              el('tbody', {}, ...rows),
            )
          : el('p', { class: 'hint' }, 'Agents appear here once they have held a chat or been given a limit.'),
        errors,
      );
    } catch (e) {
      replace(this.capacityBox, el('p', { class: 'form-error' }, `Could not load capacities: ${errorText(e)}`));
    }
  }

  private async save(errors: HTMLElement, path: string, body: object): Promise<void> {
    try {
      await this.ctx.api.call('PUT', path, body);
      errors.replaceChildren();
      toast('Limit saved.');
      void this.loadCapacity();
    } catch (e) {
      showProblem(errors, e);
    }
  }

  private async loadTeam(team: string): Promise<void> {
    try {
      const t = await this.ctx.api.call<TeamRoutingSettings>('GET', `/api/v1/routing/teams/${enc(team)}/settings`);
      const strategy = select([['', `Inherit (${t.effectiveStrategy})`], ...STRATEGIES], t.strategy);
      const timeout = input(t.offerTimeoutSeconds, {
        type: 'number',
        min: '5',
        max: '600',
        placeholder: `inherit (${t.effectiveOfferTimeoutSeconds})`,
      });
      const errors = el('div', { class: 'form-error', attrs: { role: 'alert' } });
      const form = el(
        'form',
        { class: 'settings-form' },
        field(`Strategy of ${team}`, strategy),
        field('Offer timeout (seconds)', timeout),
        errors,
        el('button', { class: 'primary', attrs: { type: 'submit' } }, 'Save team'),
      );
      form.addEventListener('submit', async (e) => {
        e.preventDefault();
        try {
          await this.ctx.api.call('PUT', `/api/v1/routing/teams/${enc(team)}/settings`, {
            strategy: strategy.value || null,
            offerTimeoutSeconds: numberOrNull(timeout.value),
          });
          toast(`Team ${team} saved.`);
          void this.loadTeam(team);
        } catch (err) {
          showProblem(errors, err);
        }
      });
      replace(this.teamBox, form);
    } catch (e) {
      replace(this.teamBox, el('p', { class: 'form-error' }, `Could not load team ${team}: ${errorText(e)}`));
    }
  }
}
