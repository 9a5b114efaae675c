// analytics-service's API as the dashboard reads it: metrics, breakdowns, transcripts, CSV downloads.
import type { Api } from '../api';
import { ApiError } from '../api';
import type { OidcSession } from '../auth/oidc';

export interface Distribution {
  count: number;
  mean: number | null;
  p50: number | null;
  p90: number | null;
  p99: number | null;
}

export interface Metrics {
  requests: number;
  accepted: number;
  abandoned: { total: number; visitorLeft: number; expired: number; leftMessage: number };
  abandonmentRate: number | null;
  refusedOutsideHours: number;
  transfers: number;
  waitToAccept: Distribution;
  firstResponse: Distribution;
  resolution: Distribution;
  messagesPerChat: Distribution;
  csat: { average: number | null; responses: number; responseRate: number | null; distribution: number[] };
  occupancy: { onlineSeconds: number; occupiedSeconds: number; rate: number | null } | null;
}

export interface MetricsReport {
  from: string;
  to: string;
  zone: string;
  bucket: string;
  dimension: string;
  value: string | null;
  totals: Metrics;
  series: { start: string; end: string; metrics: Metrics }[];
}

export interface Breakdown {
  from: string;
  to: string;
  zone: string;
  dimension: string;
  totals: Metrics;
  rows: { value: string | null; label: string; metrics: Metrics }[];
}

export interface ConversationItem {
  conversationId: string;
  startedAt: string;
  botId: string | null;
  team: string | null;
  channel: string | null;
  language: string | null;
  agentId: string | null;
  agentName: string | null;
  visitorName: string | null;
  subject: string | null;
  outcome: string;
  waitSeconds: number | null;
  firstResponseSeconds: number | null;
  resolutionSeconds: number | null;
  messages: number;
  transfers: number;
  rating: number | null;
  erased: boolean;
}

export interface Transcript {
  conversation: ConversationItem;
  assignedAt: string | null;
  endedAt: string | null;
  visitor: { name: string | null; email: string | null; locale: string | null; attributes: Record<string, string> } | null;
  reason: string | null;
  botHistory: { sender: string; text: string; at: string | null }[];
  messages: { messageId: string; at: string; sender: string; senderName: string | null; text: string; language: string | null; translation: { language: string; text: string } | null }[];
  steps: { at: string; kind: string; agentId: string | null; agentName: string | null; toAgentId: string | null; team: string | null; detail: string | null }[];
  rating: { score: number; comment: string | null; at: string | null } | null;
}

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
    this.api.call<Breakdown>('GET', `/api/v1/analytics/breakdown/${encodeURIComponent(dimension)}${queryString(query)}`);
  conversations = (query: Query) =>
    this.api.call<{ items: ConversationItem[]; next: string | null }>('GET', `/api/v1/analytics/conversations${queryString(query)}`);
  transcript = (id: string) => this.api.call<Transcript>('GET', `/api/v1/analytics/conversations/${encodeURIComponent(id)}`);

  /** Saves what a path answers in `accept` as a file: the token goes in a header, so a plain link cannot do it. */
  async download(path: string, accept: string, fileName: string): Promise<void> {
    const response = await fetch(path, { headers: { Authorization: `Bearer ${await this.session.accessToken()}`, Accept: accept } });
    if (!response.ok) {
      const text = await response.text();
      throw new ApiError(response.status, text ? (JSON.parse(text) as Record<string, unknown>) : { title: response.statusText });
    }
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
