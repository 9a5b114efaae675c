// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Ctx } from '../src/console/context';
import type { NotificationPreferences, NotificationPreferencesChange } from '../src/console/types';
import { MyNotificationsView } from '../src/console/views/my-notifications-view';
import { parseEmails } from '../src/console/views/notification-mail-view';

const PREFS: NotificationPreferences = {
  emailNewRequest: true,
  emailStillWaiting: true,
  emailVisitorMessage: true,
  desktopNewRequest: true,
  desktopVisitorMessage: true,
  sound: true,
  mailLanguage: null,
  email: 'alice@demo.example',
  idleMinutes: 5,
  mailLanguages: ['en', 'de'],
};

function ctxWith(api: Partial<Ctx['api']>): Ctx {
  document.body.innerHTML = '<div id="toasts"></div>';
  return { api } as unknown as Ctx;
}

describe('My notifications', () => {
  it('shows where mail goes and saves each switch and the language as the agent set them', async () => {
    const saved = vi.fn(async (p: NotificationPreferencesChange) => ({ ...PREFS, ...p }));
    const applied = vi.fn();
    const view = new MyNotificationsView(
      ctxWith({ notificationPreferences: async () => PREFS, saveNotificationPreferences: saved }),
      applied,
    );
    await vi.waitFor(() => expect(view.root.querySelector('form')).not.toBeNull());
    expect(view.root.textContent).toContain('Mail goes to alice@demo.example.');

    const boxes = [...view.root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes).toHaveLength(6);
    boxes[0].checked = false; // no mail about new requests
    boxes[5].checked = false; // no chime
    view.root.querySelector<HTMLSelectElement>('select')!.value = 'de';
    view.root.querySelector('form')!.dispatchEvent(new Event('submit'));

    await vi.waitFor(() => expect(applied).toHaveBeenCalledOnce());
    expect(saved).toHaveBeenCalledWith({
      emailNewRequest: false,
      emailStillWaiting: true,
      emailVisitorMessage: true,
      desktopNewRequest: true,
      desktopVisitorMessage: true,
      sound: false,
      mailLanguage: 'de',
    });
  });

  it('says so when no mail can reach the agent', async () => {
    const view = new MyNotificationsView(
      ctxWith({ notificationPreferences: async () => ({ ...PREFS, email: null }) }),
      vi.fn(),
    );
    await vi.waitFor(() => expect(view.root.textContent).toContain('Your account has no e-mail address'));
  });
});

describe('the recipients text', () => {
  it('is split on lines, commas and blanks', () => {
    expect(parseEmails(' carol@demo.example\n\nlee@demo.example, sam@demo.example ;x@y.z ')).toEqual([
      'carol@demo.example',
      'lee@demo.example',
      'sam@demo.example',
      'x@y.z',
    ]);
  });
});
