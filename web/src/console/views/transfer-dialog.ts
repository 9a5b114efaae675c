// Transfer a chat: back to the queue, to a team's queue, or to an agent (routing-service transfer API).
// The agent is picked from the connected colleagues (agent-service), online first, by name.
import { el, replace } from '../../shared/dom';
import { ApiError } from '../api';
import { type Ctx } from '../context';

type Target = { toAgentId: string } | { toQueue: true } | { toTeam: string };

export function openTransferDialog(ctx: Ctx, conversationId: string, onDone: (description: string) => void): void {
  const error = el('p', { class: 'form-error', attrs: { role: 'alert' } });
  const choice = (value: string, label: string, checked = false) =>
    el(
      'label',
      { class: 'choice' },
      el('input', { attrs: { type: 'radio', name: 'target', value, checked } }),
      ` ${label}`,
    );
  const team = el('input', { attrs: { name: 'team', placeholder: 'team id, e.g. billing', 'aria-label': 'Team' } });
  const agent = el('input', {
    attrs: { name: 'agent', placeholder: 'colleague', 'aria-label': 'Agent', list: 'transfer-agents' },
  });
  const agents = el('datalist', { attrs: { id: 'transfer-agents' } });
  const form = el(
    'form',
    { attrs: { method: 'dialog' } },
    el('h3', {}, 'Transfer chat'),
    choice('queue', 'Back to the queue', true),
    choice('team', 'To a team'),
    team,
    choice('agent', 'To an agent'),
    agent,
    agents,
    error,
    el(
      'menu',
      {},
      el('button', { attrs: { type: 'button', value: 'cancel' }, on: { click: () => dialog.close() } }, 'Cancel'),
      el('button', { class: 'primary', attrs: { type: 'submit' } }, 'Transfer'),
    ),
  );
  const dialog = el('dialog', { class: 'dialog transfer-dialog' }, form);
  team.addEventListener('focus', () => select(form, 'team'));
  agent.addEventListener('focus', () => select(form, 'agent'));

  ctx.api
    .call<{ agentId: string; displayName: string; status: string }[]>('GET', '/api/v1/agent/colleagues')
    .then((colleagues) =>
      replace(
        agents,
        ...colleagues.map((c) =>
          el('option', { attrs: { value: c.agentId } }, `${c.displayName} (${c.status.toLowerCase()})`),
        ),
      ),
    )
    .catch(() => undefined);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const kind = (new FormData(form).get('target') as string) ?? 'queue';
    let target: Target;
    if (kind === 'team') {
      if (!team.value.trim()) return void (error.textContent = 'Name the team.');
      target = { toTeam: team.value.trim() };
    } else if (kind === 'agent') {
      if (!agent.value.trim()) return void (error.textContent = 'Name the agent.');
      target = { toAgentId: agent.value.trim() };
    } else {
      target = { toQueue: true };
    }
    try {
      await ctx.api.transfer(conversationId, target);
      dialog.close();
      onDone(
        kind === 'queue'
          ? 'back to the queue'
          : kind === 'team'
            ? `to team ${team.value.trim()}`
            : `to ${agent.value.trim()}`,
      );
    } catch (e) {
      error.textContent = e instanceof ApiError ? e.message : 'The transfer failed; try again.';
    }
  });
  dialog.addEventListener('close', () => dialog.remove());
  document.body.appendChild(dialog);
  dialog.showModal();
}

function select(form: HTMLFormElement, value: string): void {
  const radio = form.querySelector<HTMLInputElement>(`input[name=target][value=${value}]`);
  if (radio) radio.checked = true;
}
