import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// One build per page set (`vite build --mode console|demo`), each under its own base path and output
// directory, so each lands in its own jar (pom.xml). `vite --mode ...` serves it for development,
// forwarding the APIs and sockets to a stack started with `./handoff up`.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const STACK = process.env.HANDOFF_GATEWAY_URL ?? 'http://localhost:8080';

const PAGES: Record<string, string[]> = {
  console: ['index.html'],
  demo: ['index.html', 'socketio.html'],
};

export default defineConfig(({ mode }) => {
  const pages = PAGES[mode];
  if (!pages) {
    throw new Error(`unknown mode "${mode}": use --mode console or --mode demo`);
  }
  const root = here(`src/${mode}/`);
  return {
    root,
    base: `/${mode}/`,
    build: {
      outDir: here(`target/classes/META-INF/resources/${mode}`),
      emptyOutDir: true,
      target: 'es2022',
      rollupOptions: { input: Object.fromEntries(pages.map((p) => [p.replace('.html', ''), root + p])) },
    },
    server: {
      proxy: {
        '/api/': STACK,
        '/demo/api/': STACK,
        '/ws/': { target: STACK, ws: true },
        '/socket.io/': { target: STACK, ws: true },
      },
    },
  };
});
