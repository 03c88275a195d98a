import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = path.dirname(new URL(import.meta.url).pathname);
const libs = path.resolve(root, '../../libs');

// The console is a static bundle: the dev launcher (and later the Ingress) serves it at `/` and the
// services at `/api/<service>/`, so every API call is same-origin.
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  // `npx vite --config apps/console/vite.config.mts`: hot reload, with the API and /config.json from a running `npm start`.
  server: {
    proxy: Object.fromEntries(['/api', '/config.json'].map((route) => [route, process.env.DEV_ORIGIN ?? 'http://127.0.0.1:8080'])),
  },
  resolve: {
    alias: {
      '@dangjian/access': path.join(libs, 'auth/src/role-matrix.ts'),
      '@dangjian/roles': path.join(libs, 'auth/src/roles.ts'),
      '@dangjian/domain-organization': path.join(libs, 'domain-organization/src/index.ts'),
      '@dangjian/domain-identifiers': path.join(libs, 'domain-identifiers/src/index.ts'),
      '@dangjian/domain-instructor': path.join(libs, 'domain-instructor/src/index.ts'),
    },
  },
  build: {
    outDir: path.resolve(root, '../../dist/apps/console'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/echarts') || id.includes('node_modules/zrender')) return 'echarts';
          if (id.includes('node_modules/antd') || id.includes('node_modules/@ant-design') || id.includes('node_modules/rc-')) return 'antd';
          return undefined;
        },
      },
    },
  },
});
