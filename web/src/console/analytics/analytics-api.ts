// analytics-service's API as the dashboard reads it: metrics, breakdowns, transcripts, CSV downloads.
import type { Api } from '../api';
import { ApiError } from '../api';
import type { components } from '../../generated/api/analytics-service';
import type { OidcSession } from '../auth/oidc';
import type { Answer, Narrowed } from '../types';

type Schemas = components['schemas'];

export type Distribution = Answer<Schemas['Distribution']>;

export type Metrics = Narrowed<
  Answer<Schemas['Metrics']>,
  {
    abandoned: Answer<Schemas['Abandoned']>;
    waitToAccept: Distribution;
    firstResponse: Distribution;
    resolution: Distribution;
    messagesPerChat: Distribution;
    csat: Answer<Schemas['Csat']>;
    occupancy: Answer<Schemas['Occupancy']> | null;
  }
>;

export type MetricsReport = Narrowed<
  Answer<Schemas['MetricsBody']>,
  { totals: Metrics; series: Narrowed<Answer<Schemas['BucketBody']>, { metrics: Metrics }>[] }
>;

export type Breakdown = Narrowed<
  Answer<Schemas['BreakdownBody']>,
  { totals: Metrics; rows: Narrowed<Answer<Schemas['Row']>, { metrics: Metrics }>[] }
>;

export type ConversationItem = Answer<Schemas['ConversationItemBody']>;

export type ConversationList = Narrowed<Answer<Schemas['ListBody']>, { items: ConversationItem[] }>;

export type Transcript = Narrowed<
  Answer<Schemas['TranscriptBody']>,
  {
    conversation: ConversationItem;
    visitor: Answer<Schemas['Visitor']> | null;
    botHistory: Answer<Schemas['BotLine']>[];
    messages: Narrowed<Answer<Schemas['Message']>, { translation: Answer<Schemas['Translation']> | null }>[];
    steps: Answer<Schemas['Step']>[];
    rating: Answer<Schemas['Rating']> | null;
  }
>;

export type Query = Record<string, string | number | undefined | null>;

export function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export class AnalyticsApi {
  constructor(
    private readonly api: Api,
    private readonly session: OidcSession,
  ) {}

  metrics = (query: Query) => this.api.call<MetricsReport>('GET', `/api/v1/analytics/metrics${queryString(query)}`);
  breakdown = (dimension: string, query: Query) =>
    this.api.call<Breakdown>(
      'GET',
      `/api/v1/analytics/breakdown/${encodeURIComponent(dimension)}${queryString(query)}`,
    );
  conversations = (query: Query) =>
    this.api.call<ConversationList>('GET', `/api/v1/analytics/conversations${queryString(query)}`);
  transcript = (id: string) =>
    this.api.call<Transcript>('GET', `/api/v1/analytics/conversations/${encodeURIComponent(id)}`);

  /** Saves what a path answers in `accept` as a file: the token goes in a header, so a plain link cannot do it. */
  async download(path: string, accept: string, fileName: string): Promise<void> {
    const response = await fetch(path, {
      headers: { Authorization: `Bearer ${await this.session.accessToken()}`, Accept: accept },
    });
    if (!response.ok) {
      const text = await response.text();
      throw new ApiError(
        response.status,
        text ? (JSON.parse(text) as Record<string, unknown>) : { title: response.statusText },
      );
    }
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
