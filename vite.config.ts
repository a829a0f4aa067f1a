// The web app's build: src/web (React) → dist/public, served by Fastify (src/api/web.ts).
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const UTRECHT_REACT = /node_modules[\\/]@utrecht[\\/][^\\/]+-react[\\/].*\.m?js$/;

/**
 * The Utrecht React bundle is one file that sets `X.displayName = '…'` on every component at
 * the top level: to a bundler those are side effects, so every component (≈200 KB) would land
 * in the first page. Dropping the assignments (only React DevTools reads them) lets
 * tree-shaking keep just the components the app uses.
 */
function utrechtTreeShaking(): Plugin {
  return {
    name: 'sterrenwacht:utrecht-tree-shaking',
    enforce: 'pre',
    transform(code, id) {
      if (!UTRECHT_REACT.test(id)) return null;
      return { code: code.replace(/^[A-Za-z_$][\w$]*\.displayName = ['"][^'"]*['"];$/gm, ''), map: null };
    },
  };
}

export default defineConfig({
  root: 'src/web',
  base: '/',
  plugins: [utrechtTreeShaking(), react()],
  build: {
    outDir: '../../dist/public',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // no inline scripts or styles (the CSP allows same-origin files only)
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      checks: { pluginTimings: false },
      // the Utrecht React packages declare no sideEffects; their modules have none (CSS comes separately)
      treeshake: { moduleSideEffects: (id: string) => !UTRECHT_REACT.test(id) },
    },
  },
});
