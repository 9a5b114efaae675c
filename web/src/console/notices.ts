// Short messages to the agent (toasts) and the connection banner.
import { byId, el } from '../shared/dom';

export function toast(text: string, kind: 'info' | 'error' = 'info'): void {
  const node = el(
    'div',
    { class: `toast toast-${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } },
    text,
  );
  byId('toasts').appendChild(node);
  window.setTimeout(() => node.remove(), kind === 'error' ? 8000 : 4000);
}

let hideTimer: number | undefined;

export function banner(state: 'connecting' | 'open' | 'lost'): void {
  const node = byId('banner');
  window.clearTimeout(hideTimer);
  if (state === 'lost') {
    node.textContent = 'Connection lost. Reconnecting… Messages will catch up when it is back.';
    node.className = 'banner banner-lost';
    node.hidden = false;
  } else if (state === 'open' && !node.hidden && node.classList.contains('banner-lost')) {
    node.textContent = 'Reconnected.';
    node.className = 'banner banner-ok';
    hideTimer = window.setTimeout(() => (node.hidden = true), 2500);
  } else if (state === 'open') {
    node.hidden = true;
  }
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
