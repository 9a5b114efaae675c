// Signing agents in with Keycloak: authorization code flow with PKCE (S256) for a public client, tokens kept
// in this tab's sessionStorage, refreshed before they expire.
import { codeChallengeS256, randomUrlSafe } from './pkce';
import {
  type AccessClaims,
  authorizeUrl,
  decodeJwt,
  expiresSoon,
  parseCallback,
  withoutCallbackParams,
} from './oidc-urls';

export interface OidcConfig {
  /** The realm URL, e.g. http://localhost:8180/realms/handoff */
  issuer: string;
  clientId: string;
  scope?: string;
}

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

interface StoredTokens {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
}

interface PendingLogin {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

const TOKENS_KEY = 'handoff.console.tokens';
const PENDING_KEY = 'handoff.console.login';

export class SignInError extends Error {}

export class OidcSession {
  private refreshing: Promise<void> | null = null;
  private timer: number | undefined;

  private constructor(
    private readonly config: OidcConfig,
    private readonly discovery: Discovery,
    private tokens: StoredTokens,
    private readonly redirectUri: string,
  ) {
    this.scheduleRefresh();
  }

  /**
   * Finishes a sign-in that came back to this page, or resumes this tab's session; otherwise sends the browser
   * to the login page (the promise then never settles).
   */
  static async signIn(config: OidcConfig, redirectUri: string): Promise<OidcSession> {
    const discovery = await discover(config.issuer);
    const callback = parseCallback(location.href);
    if (callback.kind === 'error') {
      sessionStorage.removeItem(PENDING_KEY);
      history.replaceState(null, '', withoutCallbackParams(location.href));
      throw new SignInError(`Sign-in failed: ${callback.description}`);
    }
    if (callback.kind === 'code') {
      const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as PendingLogin | null;
      sessionStorage.removeItem(PENDING_KEY);
      history.replaceState(null, '', withoutCallbackParams(location.href));
      if (!pending || pending.state !== callback.state) {
        return OidcSession.redirectToLogin(config, discovery, redirectUri); // stale or forged: start over
      }
      const tokens = await tokenRequest(discovery.token_endpoint, {
        grant_type: 'authorization_code',
        code: callback.code,
        redirect_uri: redirectUri,
        client_id: config.clientId,
        code_verifier: pending.verifier,
      });
      if (tokens.idToken && decodeJwt<AccessClaims>(tokens.idToken).nonce !== pending.nonce) {
        throw new SignInError('Sign-in failed: the identity token does not match this login.');
      }
      sessionStorage.setItem(TOKENS_KEY, JSON.stringify(tokens));
      if (pending.returnTo && pending.returnTo !== location.hash) location.hash = pending.returnTo;
      return new OidcSession(config, discovery, tokens, redirectUri);
    }
    const stored = JSON.parse(sessionStorage.getItem(TOKENS_KEY) ?? 'null') as StoredTokens | null;
    if (stored) {
      const session = new OidcSession(config, discovery, stored, redirectUri);
      try {
        await session.accessToken();
        return session;
      } catch {
        sessionStorage.removeItem(TOKENS_KEY);
      }
    }
    return OidcSession.redirectToLogin(config, discovery, redirectUri);
  }

  private static async redirectToLogin(config: OidcConfig, discovery: Discovery, redirectUri: string): Promise<never> {
    const pending: PendingLogin = {
      state: randomUrlSafe(),
      nonce: randomUrlSafe(),
      verifier: randomUrlSafe(48),
      returnTo: location.hash,
    };
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    location.assign(
      authorizeUrl({
        authorizationEndpoint: discovery.authorization_endpoint,
        clientId: config.clientId,
        redirectUri,
        scope: config.scope ?? 'openid profile',
        state: pending.state,
        nonce: pending.nonce,
        codeChallenge: await codeChallengeS256(pending.verifier),
      }),
    );
    return new Promise<never>(() => {});
  }

  get claims(): AccessClaims {
    return decodeJwt(this.tokens.accessToken);
  }

  /** A valid access token, refreshed first when it is about to expire; signs in again when that fails. */
  async accessToken(): Promise<string> {
    if (expiresSoon(this.claims.exp)) await this.refresh();
    return this.tokens.accessToken;
  }

  /** After a 401: the token was refused although it looked valid (revoked session): refresh or sign in again. */
  async refresh(): Promise<void> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<void> {
    if (!this.tokens.refreshToken) return this.restart();
    try {
      const next = await tokenRequest(this.discovery.token_endpoint, {
        grant_type: 'refresh_token',
        refresh_token: this.tokens.refreshToken,
        client_id: this.config.clientId,
      });
      this.tokens = { ...this.tokens, ...next };
      sessionStorage.setItem(TOKENS_KEY, JSON.stringify(this.tokens));
      this.scheduleRefresh();
    } catch (e) {
      if (e instanceof TypeError) throw e; // network down: keep the session, the caller retries
      return this.restart();
    }
  }

  private async restart(): Promise<never> {
    sessionStorage.removeItem(TOKENS_KEY);
    return OidcSession.redirectToLogin(this.config, this.discovery, this.redirectUri);
  }

  private scheduleRefresh(): void {
    window.clearTimeout(this.timer);
    const inMs = this.claims.exp * 1000 - Date.now() - 90_000;
    this.timer = window.setTimeout(
      () => void this.refresh().catch(() => this.scheduleRefresh()),
      Math.max(5_000, inMs),
    );
  }

  logout(): void {
    window.clearTimeout(this.timer);
    sessionStorage.removeItem(TOKENS_KEY);
    if (!this.discovery.end_session_endpoint) {
      location.assign(this.redirectUri);
      return;
    }
    const url = new URL(this.discovery.end_session_endpoint);
    url.searchParams.set('client_id', this.config.clientId);
    url.searchParams.set('post_logout_redirect_uri', this.redirectUri);
    if (this.tokens.idToken) url.searchParams.set('id_token_hint', this.tokens.idToken);
    location.assign(url.toString());
  }
}

async function discover(issuer: string): Promise<Discovery> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new SignInError(`The identity provider at ${issuer} answered ${response.status}.`);
  return (await response.json()) as Discovery;
}

async function tokenRequest(endpoint: string, form: Record<string, string>): Promise<StoredTokens> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, string>;
  if (!response.ok || !body.access_token) {
    throw new SignInError(`Sign-in failed: ${body.error_description ?? body.error ?? response.status}`);
  }
  return { accessToken: body.access_token, refreshToken: body.refresh_token, idToken: body.id_token };
}
