// The pure parts of the authorization code flow: URLs, callbacks and token contents.

export interface AuthorizeParams {
  authorizationEndpoint: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
  nonce: string;
  codeChallenge: string;
}

export function authorizeUrl(p: AuthorizeParams): string {
  const url = new URL(p.authorizationEndpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: p.clientId,
    redirect_uri: p.redirectUri,
    scope: p.scope,
    state: p.state,
    nonce: p.nonce,
    code_challenge: p.codeChallenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

export type Callback =
  | { kind: 'none' }
  | { kind: 'code'; code: string; state: string }
  | { kind: 'error'; error: string; description: string; state: string | null };

/** What the authorization server put on the redirect URL (query, or fragment for response_mode=fragment). */
export function parseCallback(href: string): Callback {
  const url = new URL(href);
  const params = url.searchParams.has('state') ? url.searchParams : new URLSearchParams(url.hash.replace(/^#/, ''));
  const error = params.get('error');
  if (error) {
    return { kind: 'error', error, description: params.get('error_description') ?? error, state: params.get('state') };
  }
  const code = params.get('code');
  const state = params.get('state');
  return code && state ? { kind: 'code', code, state } : { kind: 'none' };
}

/** The redirect URL without the callback parameters, for history.replaceState. */
export function withoutCallbackParams(href: string): string {
  const url = new URL(href);
  for (const name of ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri']) {
    url.searchParams.delete(name);
  }
  url.hash = '';
  return url.toString();
}

export interface AccessClaims {
  sub: string;
  exp: number;
  name?: string;
  preferred_username?: string;
  tenant?: string;
  nonce?: string;
  realm_access?: { roles?: string[] };
  teams?: string[];
}

/** The payload of a JWT, unverified: the console only reads it for display and scheduling; the services verify. */
export function decodeJwt<T = AccessClaims>(token: string): T {
  const part = token.split('.')[1];
  if (!part) throw new Error('not a JWT');
  const base64 = part
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}

/** True when a token expiring at `expSeconds` should be refreshed now (within `marginSeconds`). */
export function expiresSoon(expSeconds: number, nowMs: number = Date.now(), marginSeconds = 60): boolean {
  return expSeconds * 1000 - nowMs <= marginSeconds * 1000;
}

export function displayName(claims: AccessClaims): string {
  return claims.name?.trim() || claims.preferred_username || claims.sub;
}

export function roles(claims: AccessClaims): string[] {
  return claims.realm_access?.roles ?? [];
}
