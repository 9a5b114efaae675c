// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Stand-ins for the browser APIs the alerts use: what was shown and what was played is recorded.
class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static shown: FakeNotification[] = [];
  static requestPermission = vi.fn(async () => FakeNotification.permission);
  onclick: (() => void) | null = null;
  closed = false;
  constructor(
    readonly title: string,
    readonly options: NotificationOptions,
  ) {
    FakeNotification.shown.push(this);
  }
  close(): void {
    this.closed = true;
  }
}

class FakeAudioContext {
  static oscillators = 0;
  state = 'suspended';
  currentTime = 0;
  destination = {};
  async resume(): Promise<void> {
    this.state = 'running';
  }
  createOscillator() {
    FakeAudioContext.oscillators++;
    return { frequency: { value: 0 }, connect: (g: unknown) => g, start: () => undefined, stop: () => undefined };
  }
  createGain() {
    const gain = { setValueAtTime: () => undefined, exponentialRampToValueAtTime: () => undefined };
    return { gain, connect: (d: unknown) => d };
  }
}

function tabHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
}

describe('alerts for a new request or message', () => {
  beforeEach(() => {
    vi.resetModules();
    vi.stubGlobal('Notification', FakeNotification);
    vi.stubGlobal('AudioContext', FakeAudioContext);
    FakeNotification.permission = 'granted';
    FakeNotification.shown = [];
    FakeAudioContext.oscillators = 0;
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('stay silent while the agent looks at the console', async () => {
    const alerts = await import('../src/console/alerts');
    await alerts.enableAlerts();
    tabHidden(false);
    alerts.alertIfHidden('newRequest', 'New chat request', 'Thandi: hello', 'pending-c1');
    expect(FakeNotification.shown).toHaveLength(0);
    expect(FakeAudioContext.oscillators).toBe(0);
  });

  it('chime and show a notification that leads to the chat while the tab is hidden', async () => {
    const alerts = await import('../src/console/alerts');
    expect(await alerts.enableAlerts()).toBe('granted');
    tabHidden(true);
    const opened = vi.fn();
    alerts.alertIfHidden('visitorMessage', 'Message from Thandi', 'Are you there?', 'chat-c1', opened);
    expect(FakeAudioContext.oscillators).toBe(2);
    expect(FakeNotification.shown).toHaveLength(1);
    const shown = FakeNotification.shown[0];
    expect(shown.title).toBe('Message from Thandi');
    expect(shown.options).toMatchObject({ body: 'Are you there?', tag: 'chat-c1' });
    shown.onclick?.();
    expect(opened).toHaveBeenCalledOnce();
    expect(shown.closed).toBe(true);
  });

  it('only chime when notifications were refused', async () => {
    FakeNotification.permission = 'denied';
    const alerts = await import('../src/console/alerts');
    await alerts.enableAlerts();
    tabHidden(true);
    alerts.alertIfHidden('newRequest', 'New chat request', 'Anonymous: help', 'pending-c2');
    expect(FakeAudioContext.oscillators).toBe(2);
    expect(FakeNotification.shown).toHaveLength(0);
  });

  it("follow the agent's switches: a kind turned off is silent, the sound switch mutes the chime only", async () => {
    const alerts = await import('../src/console/alerts');
    await alerts.enableAlerts();
    tabHidden(true);
    alerts.setAlertPreferences({ newRequest: false, visitorMessage: true, sound: false });

    alerts.alertIfHidden('newRequest', 'New chat request', 'Anonymous: help', 'pending-c5');
    expect(FakeNotification.shown).toHaveLength(0);
    expect(FakeAudioContext.oscillators).toBe(0);

    alerts.alertIfHidden('visitorMessage', 'Message from Thandi', 'Hello?', 'chat-c5');
    expect(FakeNotification.shown).toHaveLength(1);
    expect(FakeAudioContext.oscillators).toBe(0);

    alerts.setAlertPreferences({ newRequest: true, visitorMessage: true, sound: true });
    alerts.alertIfHidden('newRequest', 'New chat request', 'Anonymous: help', 'pending-c6');
    expect(FakeNotification.shown).toHaveLength(2);
    expect(FakeAudioContext.oscillators).toBe(2);
  });

  it('chime after the first click on the page when notifications were allowed on an earlier visit', async () => {
    const alerts = await import('../src/console/alerts');
    const page = new EventTarget();
    alerts.unmuteOnFirstGesture(page);
    tabHidden(true);
    alerts.alertIfHidden('newRequest', 'New chat request', 'Anonymous: help', 'pending-c3');
    expect(FakeAudioContext.oscillators).toBe(0); // no gesture yet: browsers keep the page silent
    expect(FakeNotification.shown).toHaveLength(1);

    page.dispatchEvent(new Event('pointerdown'));
    await vi.waitFor(() => {
      alerts.alertIfHidden('newRequest', 'New chat request', 'Anonymous: help', 'pending-c4');
      expect(FakeAudioContext.oscillators).toBe(2);
    });
  });
});
