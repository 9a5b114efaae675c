// The demo's server side (handoff-service, only where handoff.demo.enabled): which bot, whether humans are
// available, and the handoff itself, made by the server because a page must not hold bot credentials.

export interface DemoBot {
  botId: string;
  open: boolean;
  reason: string;
  offlineMessage: string | null;
  nextOpening: string | null;
}

export interface Handoff {
  conversationId: string;
  visitorToken: string;
  queuePosition: number;
  estimatedWaitSeconds: number | null;
}

export type HandoffAnswer =
  | { kind: 'accepted'; handoff: Handoff }
  | { kind: 'unavailable'; offlineMessage: string | null; nextOpening: string | null }
  | { kind: 'disabled' }
  | { kind: 'failed'; detail: string };

const BASE = new URL('./api/', location.href);

export async function demoBot(): Promise<DemoBot | null> {
  const response = await fetch(new URL('bot', BASE));
  return response.ok ? ((await response.json()) as DemoBot) : null;
}

export async function requestHandoff(body: {
  visitor: { name: string | null; email: string | null; locale: string };
  botHistory: { sender: 'user' | 'bot'; message: string }[];
}): Promise<HandoffAnswer> {
  let response: Response;
  try {
    response = await fetch(new URL('handoff', BASE), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: 'failed', detail: 'The server cannot be reached. Check your connection and try again.' };
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { kind: 'accepted', handoff: json as unknown as Handoff };
  if (response.status === 409 && String(json.type).endsWith('handoff-unavailable')) {
    return {
      kind: 'unavailable',
      offlineMessage: (json.offlineMessage as string) ?? null,
      nextOpening: (json.nextOpening as string) ?? null,
    };
  }
  if (response.status === 404) return { kind: 'disabled' };
  return { kind: 'failed', detail: String(json.detail ?? `The server answered ${response.status}.`) };
}
