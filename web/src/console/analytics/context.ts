// What the analytics pages share: the API, who is signed in, and how to move between pages.
import type { Me } from '../context';
import type { AnalyticsApi } from './analytics-api';

export interface AnalyticsCtx {
  analytics: AnalyticsApi;
  me: Me;
  navigate(hash: string): void;
}

/** The slices metrics can be read for, one at a time. */
export const DIMENSIONS: [string, string][] = [
  ['bot', 'Bot'],
  ['team', 'Team'],
  ['agent', 'Agent'],
  ['channel', 'Channel'],
  ['language', 'Language'],
];

/** The slice in the address, if any: [dimension, value]. */
export function sliceOf(params: URLSearchParams): [string, string] | null {
  for (const [dimension] of DIMENSIONS) {
    const value = params.get(dimension);
    if (value) return [dimension, value];
  }
  return null;
}

/** `#analytics/<page>?<params>` split into the page and its parameters. */
export function analyticsRoute(hash: string): { page: string; id: string | null; params: URLSearchParams } {
  const [path, query] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/');
  return {
    page: parts[1] || 'dashboard',
    id: parts[2] ? decodeURIComponent(parts[2]) : null,
    params: new URLSearchParams(query ?? ''),
  };
}
