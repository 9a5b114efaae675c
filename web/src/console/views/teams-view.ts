// Supervisors: the teams (Keycloak groups, as the agents' latest sign-ins name them) and their members' presence.
import { el, replace } from '../../shared/dom';
import type { Ctx } from '../context';
import { errorText } from '../notices';
import type { TeamMembers } from '../types';

const STATUS_LABEL = { ONLINE: 'Online', AWAY: 'Away', OFFLINE: 'Offline' } as const;

export class TeamsView {
  readonly root = el('section', { class: 'teams', attrs: { 'aria-label': 'Teams' } });

  constructor(private readonly ctx: Ctx) {}

  async refresh(): Promise<void> {
    let teams: TeamMembers[];
    try {
      teams = await this.ctx.api.teams();
    } catch (e) {
      replace(this.root, el('p', { class: 'empty' }, `Could not read the teams: ${errorText(e)}`));
      return;
    }
    replace(
      this.root,
      el('h2', {}, 'Teams'),
      el(
        'p',
        { class: 'empty' },
        'Teams are Keycloak groups under /teams. An agent is listed once they have opened the console, with the teams of their latest sign-in.',
      ),
      teams.length === 0 && el('p', { class: 'empty' }, 'No agent has opened the console yet.'),
      ...teams.map((t) =>
        el(
          'div',
          { class: 'team', data: { team: t.team ?? '' } },
          el('h3', {}, t.team ?? 'Every team (no team in their sign-in)'),
          el(
            'ul',
            { class: 'members' },
            ...t.members.map((m) =>
              el(
                'li',
                { data: { agentId: m.agentId } },
                m.displayName,
                ' ',
                el('span', { class: `presence presence-${m.status.toLowerCase()}` }, STATUS_LABEL[m.status]),
              ),
            ),
          ),
        ),
      ),
    );
  }
}
