// A bot's handoff settings as handoff-service reads and writes them (GET/PUT /api/v1/bots/{botId}/settings).

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

export interface Slot {
  day: string;
  start: string;
  end: string;
}

export interface Holiday {
  date: string;
  name: string | null;
}

export interface BotSettings {
  enabled: boolean;
  businessHours: { timeZone: string; weekly: Slot[]; holidays: Holiday[] } | null;
  offlineMessage: string | null;
  inactivityTimeoutMinutes: number | null;
  endMessage: string | null;
  endButtonLabel: string | null;
  webhookUrl: string | null;
  webhookSecret?: string | null;
  webhookSecretSet?: boolean;
  allowedOrigins: string[];
  socketIoEnabled: boolean;
  relayAgentMessages: boolean;
  /** How the bot is shown in the console and in mails; null: by its id. */
  displayName?: string | null;
  avatarUrl?: string | null;
  /** The team whose queue takes handoffs that name no team; null: the tenant-wide queue. */
  defaultTeam?: string | null;
}

export function defaultSettings(timeZone: string): BotSettings {
  return {
    enabled: true,
    businessHours: { timeZone, weekly: weekdays('09:00', '17:00'), holidays: [] },
    offlineMessage: 'Our team is offline right now. Please come back during our opening hours.',
    inactivityTimeoutMinutes: 60,
    endMessage: 'The agent ended the chat. Thank you for contacting us.',
    endButtonLabel: 'Back to the bot',
    webhookUrl: null,
    allowedOrigins: [],
    socketIoEnabled: false,
    relayAgentMessages: false,
  };
}

export function weekdays(start: string, end: string): Slot[] {
  return DAYS.slice(0, 5).map((day) => ({ day, start, end }));
}

/** Origins from a text area, one per line (or comma separated), without blanks, duplicates or a trailing slash. */
export function parseOrigins(text: string): string[] {
  const origins = text
    .split(/[\s,]+/)
    .map((o) => o.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  return [...new Set(origins)];
}

export function timeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}
