import { describe, expect, it } from 'vitest';
import { base64Url, codeChallengeS256, randomUrlSafe } from '../src/console/auth/pkce';
import {
  authorizeUrl,
  decodeJwt,
  displayName,
  expiresSoon,
  parseCallback,
  roles,
  withoutCallbackParams,
} from '../src/console/auth/oidc-urls';

describe('PKCE', () => {
  it('computes the S256 challenge of RFC 7636, appendix B', async () => {
    expect(await codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  it('makes verifiers of 43+ URL-safe characters, different each time', () => {
    const a = randomUrlSafe();
    const b = randomUrlSafe(48);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(b).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(a).not.toBe(randomUrlSafe());
  });

  it('refuses verifiers RFC 7636 does not allow', async () => {
    await expect(codeChallengeS256('too-short')).rejects.toThrow(/43 to 128/);
    await expect(codeChallengeS256('a'.repeat(42) + '!')).rejects.toThrow(/43 to 128/);
  });

  it('encodes base64url without padding', () => {
    expect(base64Url(new Uint8Array([251, 255]))).toBe('-_8');
  });
});

describe('authorization code flow', () => {
  it('asks for a code with the S256 challenge, state and nonce', () => {
    const url = new URL(
      authorizeUrl({
        authorizationEndpoint: 'http://localhost:8180/realms/handoff/protocol/openid-connect/auth',
        clientId: 'handoff-console',
        redirectUri: 'http://localhost:8080/console/',
        scope: 'openid profile',
        state: 's1',
        nonce: 'n1',
        codeChallenge: 'c1',
      }),
    );
    expect(url.origin + url.pathname).toBe('http://localhost:8180/realms/handoff/protocol/openid-connect/auth');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'handoff-console',
      redirect_uri: 'http://localhost:8080/console/',
      scope: 'openid profile',
      state: 's1',
      nonce: 'n1',
      code_challenge: 'c1',
      code_challenge_method: 'S256',
    });
  });

  it('reads the code, an error, or nothing from the redirect', () => {
    expect(parseCallback('http://localhost:8080/console/?state=s1&session_state=x&iss=i&code=abc')).toEqual({
      kind: 'code',
      code: 'abc',
      state: 's1',
    });
    expect(parseCallback('http://localhost:8080/console/?error=access_denied&error_description=No&state=s1')).toEqual({
      kind: 'error',
      error: 'access_denied',
      description: 'No',
      state: 's1',
    });
    expect(parseCallback('http://localhost:8080/console/#state=s2&code=def')).toEqual({
      kind: 'code',
      code: 'def',
      state: 's2',
    });
    expect(parseCallback('http://localhost:8080/console/#chats')).toEqual({ kind: 'none' });
  });

  it('cleans the callback parameters off the address', () => {
    expect(withoutCallbackParams('http://localhost:8080/console/?state=s&session_state=x&iss=i&code=c&keep=1')).toBe(
      'http://localhost:8080/console/?keep=1',
    );
  });

  it('reads token claims for display and refresh scheduling', () => {
    const payload = {
      sub: 'u1',
      exp: 2000,
      name: 'Alice Archer',
      preferred_username: 'alice',
      realm_access: { roles: ['agent'] },
      tenant: 'demo',
    };
    const token = `h.${base64Url(new TextEncoder().encode(JSON.stringify(payload)))}.sig`;
    const claims = decodeJwt(token);
    expect(claims).toEqual(payload);
    expect(displayName(claims)).toBe('Alice Archer');
    expect(displayName({ ...claims, name: ' ' })).toBe('alice');
    expect(roles(claims)).toEqual(['agent']);
    expect(expiresSoon(2000, 1_950_000)).toBe(true);
    expect(expiresSoon(2000, 1_000_000)).toBe(false);
  });
});
