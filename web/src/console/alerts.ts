// Sound and a desktop notification for a new request or message, only while the console's tab is hidden
// (an agent looking at the console sees it anyway), and only as the agent's notification preferences allow.
// The sound is synthesised: no audio file to fetch.

/** What an alert is about: each has its own switch in "My notifications". */
export type AlertKind = 'newRequest' | 'visitorMessage';

/** The agent's switches; everything is on until their preferences say otherwise. */
export interface AlertPreferences {
  newRequest: boolean;
  visitorMessage: boolean;
  sound: boolean;
}

let audio: AudioContext | null = null;
let preferences: AlertPreferences = { newRequest: true, visitorMessage: true, sound: true };

export function setAlertPreferences(next: AlertPreferences): void {
  preferences = { ...next };
}

export function alertsSupported(): boolean {
  return typeof Notification !== 'undefined';
}

export function notificationPermission(): NotificationPermission | 'unsupported' {
  return alertsSupported() ? Notification.permission : 'unsupported';
}

/** Must run from a click: browsers ask for permission (and allow sound) only after a user gesture. */
export async function enableAlerts(): Promise<NotificationPermission | 'unsupported'> {
  await unmute();
  if (!alertsSupported()) return 'unsupported';
  return Notification.requestPermission();
}

/**
 * Lets the chime play after the agent's first click or key press on the page. Without it an agent who granted
 * notifications on an earlier visit (so "Enable alerts" is no longer shown) would get notifications but no sound.
 */
export function unmuteOnFirstGesture(target: EventTarget = document): void {
  const once = (): void => {
    target.removeEventListener('pointerdown', once, true);
    target.removeEventListener('keydown', once, true);
    void unmute();
  };
  target.addEventListener('pointerdown', once, true);
  target.addEventListener('keydown', once, true);
}

async function unmute(): Promise<void> {
  audio ??= new AudioContext();
  await audio.resume().catch(() => undefined);
}

export function alertIfHidden(kind: AlertKind, title: string, body: string, tag: string, onClick?: () => void): void {
  // A kind turned off is silent altogether; the sound switch silences the chime of the others.
  if (!document.hidden || !preferences[kind]) return;
  if (preferences.sound) chime();
  if (notificationPermission() !== 'granted') return;
  const notification = new Notification(title, { body, tag, icon: './favicon.svg' });
  notification.onclick = () => {
    window.focus();
    onClick?.();
    notification.close();
  };
}

function chime(): void {
  if (!audio || audio.state !== 'running') return;
  const now = audio.currentTime;
  for (const [offset, frequency] of [
    [0, 880],
    [0.16, 1320],
  ] as const) {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, now + offset);
    gain.gain.exponentialRampToValueAtTime(0.2, now + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + offset + 0.3);
    osc.connect(gain).connect(audio.destination);
    osc.start(now + offset);
    osc.stop(now + offset + 0.32);
  }
}
