import { chmodSync } from 'node:fs';
import { defineConfig } from 'vite';

/**
 * Builds the `kizuna` command line (`npm run build:cli`) into one file, out/cli/kizuna.js, with its
 * dependencies. Bundlers turn top-level `const` into `var` (esbuild always; Vite too, as it turns rolldown's
 * `topLevelVar` on), but V8 folds a module constant into the code that reads it only when it is `const`: the
 * engine's per-character loops read String.prototype methods and a character table so, and the lexer ran a
 * third slower in a `var` bundle.
 */
export default defineConfig({
  build: {
    ssr: 'src/cli/kizuna.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        format: 'es',
        entryFileNames: 'kizuna.js',
        banner: '#!/usr/bin/env node',
        topLevelVar: false,
      },
    },
  },
  // Dependencies are bundled too, so out/cli/kizuna.js runs on its own.
  ssr: { noExternal: true, target: 'node' },
  // `npx kizuna` runs the file itself (package.json "bin"), so it must be executable.
  plugins: [{ name: 'executable', writeBundle: () => chmodSync('out/cli/kizuna.js', 0o755) }],
  logLevel: 'warn',
});
