// Entry point of /console/: read the deployment's config, sign in, start the console.
import './console.css';
import { byId, el, replace } from '../shared/dom';
import { AnalystConsole, analyticsFirst } from './analytics/analytics-page';
import { Api } from './api';
import { ConsoleApp } from './app';
import { type OidcConfig, OidcSession } from './auth/oidc';
import { displayName, roles } from './auth/oidc-urls';

async function main(): Promise<void> {
  const response = await fetch('./config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`config.json answered ${response.status}`);
  const config = (await response.json()) as OidcConfig;
  const redirectUri = new URL('./', location.href).toString();
  const session = await OidcSession.signIn(config, redirectUri);
  const claims = session.claims;
  const me = { id: claims.sub, name: displayName(claims), roles: roles(claims), tenant: claims.tenant ?? null };
  // An analyst who is no agent gets the Analytics tab alone: no socket, no agent settings (they would answer 403).
  if (analyticsFirst(me)) new AnalystConsole(new Api(session), session, me, () => session.logout()).start();
  else new ConsoleApp(session).start();
}

main().catch((e: unknown) => {
  replace(
    byId('view'),
    el(
      'div',
      { class: 'fatal', attrs: { role: 'alert' } },
      el('h2', {}, 'The console could not start'),
      el('p', {}, e instanceof Error ? e.message : String(e)),
      el(
        'button',
        {
          class: 'primary',
          attrs: { type: 'button' },
          on: { click: () => location.assign(new URL('./', location.href)) },
        },
        'Try again',
      ),
    ),
  );
});
