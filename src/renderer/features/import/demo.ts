import type { PickedFile } from '../../platform/types';

// Bundled at build time and loaded only when asked for, so the demo never weighs on start-up.
const demoTexts = import.meta.glob<string>('../../../../resources/demo/*.txt', {
  query: '?raw',
  import: 'default',
});

/** The bundled demo articles as files, in name order; throws when this build carries none. */
export async function loadDemoFiles(): Promise<PickedFile[]> {
  const paths = Object.keys(demoTexts).sort();
  if (paths.length === 0) throw new Error('This build has no demo library (resources/demo is empty).');
  const encoder = new TextEncoder();
  return Promise.all(
    paths.map(async (path) => ({
      name: path.slice(path.lastIndexOf('/') + 1),
      bytes: encoder.encode(await demoTexts[path]!()),
    })),
  );
}
