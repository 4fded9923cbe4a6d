// Bundles the main process (ESM) and the preload (CommonJS, as a sandboxed preload must be): `npm run build:main`.
import { build, type Metafile, type Plugin } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Left to node_modules at run time: electron is the runtime itself; node-notifier loads on Linux only, when
 * the first notification is shown; koffi loads its native binary from its platform's package. x11 is an optional dependency of the
 * D-Bus client, required only in a code path Limber never takes.
 */
export const EXTERNAL = ['electron', 'node-notifier', 'koffi', 'x11'];

const inPackage = (importer: string, name: string) => importer.includes(`${sep}node_modules${sep}${name}${sep}`);

const NO_JSON_SCHEMA = `const reason = 'Limber leaves ajv out of its bundle (scripts/build-main.ts): pass electron-store no schema';
export class Ajv2020 { constructor() { throw new Error(reason); } }
export default { default() { throw new Error(reason); } };`;

/**
 * Leaves out of the main bundle code that Limber would carry but never run, most of what it would read at start:
 * - zod's messages in some 40 other languages (`z.locales`): Limber sets up English alone (core/zod-english.ts);
 * - ajv, the JSON Schema validator that electron-store's conf loads for a `schema` option. Limber checks its files
 *   with zod and passes no schema; one passed some day fails at once, saying why.
 */
export const leaveOutUnused: Plugin = {
  name: 'leave-out-unused',
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer, resolveDir }) =>
      (inPackage(importer, 'zod') ? { path: join(resolveDir, '..', 'locales', 'en.js'), namespace: 'english-only' } : undefined));
    bundle.onLoad({ filter: /.*/, namespace: 'english-only' }, ({ path }) =>
      ({ contents: `export { default as en } from ${JSON.stringify(path)};`, resolveDir: dirname(path) }));
    bundle.onResolve({ filter: /^(ajv\/dist\/2020\.js|ajv-formats)$/ }, ({ importer, path }) =>
      (inPackage(importer, 'conf') ? { path, namespace: 'no-json-schema' } : undefined));
    bundle.onLoad({ filter: /.*/, namespace: 'no-json-schema' }, () => ({ contents: NO_JSON_SCHEMA }));
  },
};

/** Builds both bundles into `outdir`; returns what each one still imports at run time, and the main bundle's inputs. */
export async function buildMain(outdir = 'dist'): Promise<{ main: string[]; preload: string[]; mainInputs: string[] }> {
  const common = {
    bundle: true, platform: 'node', target: 'node20.18', external: EXTERNAL, logLevel: 'warning', metafile: true,
    // Whitespace and syntax only: identifiers keep their names, so stack traces in the log stay readable. Without
    // comments the bundle is ASCII, and V8 holds an ASCII source in one byte a character: a single "–" left in a
    // comment made it hold the whole 2 MB bundle in two bytes a character, 4 MB for as long as Limber runs.
    minifyWhitespace: true, minifySyntax: true, charset: 'ascii',
  } as const;
  // Chunks are named by their content: without this, those of earlier builds would stay and be packaged.
  rmSync(join(outdir, 'main'), { recursive: true, force: true });
  const [main, preload] = await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main.ts'],
      format: 'esm',
      // What main.ts imports with import() goes into chunks of its own, read only when it is first needed.
      splitting: true,
      outdir: `${outdir}/main`,
      chunkNames: 'chunks/[name]-[hash]',
      plugins: [leaveOutUnused],
      // Bundled CommonJS dependencies call require(); an ES module has none of its own.
      banner: { js: "import { createRequire as limberRequire } from 'node:module'; const require = limberRequire(import.meta.url);" },
    }),
    build({ ...common, entryPoints: ['electron/preload.ts'], format: 'cjs', outfile: `${outdir}/preload/preload.cjs` }),
  ]);
  // Imports of one chunk from another are not run-time dependencies: only what stays outside the bundles is.
  const runtimeImports = (result: { metafile: Metafile }) =>
    [...new Set(Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path)))].sort();
  return { main: runtimeImports(main), preload: runtimeImports(preload), mainInputs: Object.keys(main.metafile.inputs) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildMain(process.argv[2]);
