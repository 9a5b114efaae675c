// A bot's handoff settings as handoff-service reads and writes them (GET/PUT /api/v1/bots/{botId}/settings), typed
// from its OpenAPI document (src/generated/api), so a member the service renames, drops or newly allows to be null
// stops the build.
import type { components } from '../../generated/api/handoff-service';
import type { Answer, Narrowed } from '../types';

export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

type Schemas = components['schemas'];

export type Slot = Answer<Schemas['Slot']>;

export type Holiday = Answer<Schemas['HolidayBody']>;

export type BusinessHours = Narrowed<Answer<Schemas['BusinessHoursBody']>, { weekly: Slot[]; holidays: Holiday[] }>;

/** Members the console may leave out: `webhookSecret` is only written, `webhookSecretSet` only read, the rest newer. */
type Optional = 'webhookSecret' | 'webhookSecretSet' | 'displayName' | 'avatarUrl' | 'defaultTeam';

/**
 * The settings as handoff-service's document describes them: `displayName` null shows the bot by its id,
 * `defaultTeam` null sends handoffs that name no team to the tenant-wide queue.
 */
export type BotSettings = Narrowed<
  Answer<Omit<Schemas['BotSettingsBody'], Optional>>,
  { businessHours: BusinessHours | null }
> &
  Partial<Pick<Schemas['BotSettingsBody'], Optional>>;

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
