import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { bundleReport } from './vite.bundle-report';
import { gqlDocuments } from './vite.gql-documents';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://localhost:3000';
/** react-router 7 points every import condition at its development build; builds take the production one (no dev warnings). */
const reactRouter = (file: string) => join(realpathSync(`${root}node_modules/react-router`), 'dist/production', file);

/** In dev, serve the GraphiQL entry at `/graphiql` like the API server does in production. */
const graphiqlRoute = (): Plugin => ({
  name: 'wuye-graphiql-route',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url === '/graphiql' || req.url?.startsWith('/graphiql?')) req.url = req.url.replace('/graphiql', '/graphiql.html');
      next();
    });
  },
});

export default defineConfig(({ command }) => ({
  base: '/',
  // Brotli and gzip copies of every text asset, written once at build time and served as they are (server:
  // dashboard-assets.ts); tiny files are left alone.
  plugins: [gqlDocuments(`${root}src/gql`), react(), graphiqlRoute(), bundleReport(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  // GraphiQL 5 runs Monaco in web workers; ES workers are needed for the worker bundles to code-split.
  worker: { format: 'es' },
  resolve: {
    alias:
      command === 'build'
        ? [
            { find: /^react-router$/, replacement: reactRouter('index.mjs') },
            { find: /^react-router\/dom$/, replacement: reactRouter('dom-export.mjs') },
          ]
        : [],
  },
  // The workers setup imports `…?worker` modules, which the dev dependency pre-bundler cannot read: serve it as is.
  optimizeDeps: { exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco (GraphiQL page only) is large by nature and only loaded on /graphiql.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        main: `${root}index.html`,
        graphiql: `${root}graphiql.html`,
      },
    },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/healthz': api,
      '/files': api,
      '/publicity-images': api,
      '/export': api,
    },
  },
}));
