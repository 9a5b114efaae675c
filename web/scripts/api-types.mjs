// Writes the TypeScript types of each service's OpenAPI document on record (docs/api, itself checked against the
// served document by each service's operations test) to src/generated/api. `npm run build` runs it first, so the
// console is always type-checked against the APIs as they are now: a member a service renames or drops fails the build.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('..', import.meta.url));
const services = ['agent-service', 'routing-service', 'notification-service', 'analytics-service', 'handoff-service'];
const generator = `${web}node_modules/.bin/openapi-typescript`;

for (const service of services) {
  execFileSync(
    generator,
    [`../docs/api/${service}.yaml`, '--output', `src/generated/api/${service}.ts`, '--alphabetize'],
    {
      cwd: web,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}
