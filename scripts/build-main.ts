// Bundles the main process (ESM) and the preload (CommonJS, as a sandboxed preload must be): `npm run build:main`.
import { build, type Metafile } from 'esbuild';
import { pathToFileURL } from 'node:url';

/**
 * Left to node_modules at run time: electron is the runtime itself; node-notifier runs helper binaries from
 * its folder. x11 is an optional dependency of the D-Bus client, required only in a code path Limber never takes.
 */
export const EXTERNAL = ['electron', 'node-notifier', 'x11'];

/** Builds both bundles into `outdir`; returns what each one still imports at run time. */
export async function buildMain(outdir = 'dist'): Promise<{ main: string[]; preload: string[] }> {
  const common = {
    bundle: true, platform: 'node', target: 'node22', external: EXTERNAL, logLevel: 'warning', metafile: true,
    // Whitespace and syntax only: identifiers keep their names, so stack traces in the log stay readable. Without
    // comments the bundle is ASCII, and V8 holds an ASCII source in one byte a character: a single "–" left in a
    // comment made it hold the whole 2 MB bundle in two bytes a character, 4 MB for as long as Limber runs.
    minifyWhitespace: true, minifySyntax: true, charset: 'ascii',
  } as const;
  const [main, preload] = await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main.ts'],
      format: 'esm',
      // What main.ts imports with import() goes into chunks of its own, read only when it is first needed.
      splitting: true,
      outdir: `${outdir}/main`,
      chunkNames: 'chunks/[name]-[hash]',
      // Bundled CommonJS dependencies call require(); an ES module has none of its own.
      banner: { js: "import { createRequire as limberRequire } from 'node:module'; const require = limberRequire(import.meta.url);" },
    }),
    build({ ...common, entryPoints: ['electron/preload.ts'], format: 'cjs', outfile: `${outdir}/preload/preload.cjs` }),
  ]);
  // Imports of one chunk from another are not run-time dependencies: only what stays outside the bundles is.
  const runtimeImports = (result: { metafile: Metafile }) =>
    [...new Set(Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path)))].sort();
  return { main: runtimeImports(main), preload: runtimeImports(preload) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildMain(process.argv[2]);
