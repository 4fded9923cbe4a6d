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

const WHY = 'Limber leaves this out of its bundle (scripts/build-main.ts)';

const NO_JSON_SCHEMA = `const reason = '${WHY}: pass electron-store no schema';
export class Ajv2020 { constructor() { throw new Error(reason); } }
export default { default() { throw new Error(reason); } };`;

/** A module any function of which throws, saying why: as an ES module's default export, or as CommonJS exports. */
const failing = (reason: string, format: 'esm' | 'cjs') => `const reason = ${JSON.stringify(`${WHY}: ${reason}`)};
const failing = new Proxy({}, { get: (_, key) => (typeof key === 'symbol' || key === '__esModule' || key === 'then' ? undefined : () => { throw new Error(\`\${reason} (\${key})\`); }) });
${format === 'esm' ? 'export default failing;' : 'module.exports = failing;'}`;

/**
 * What dependencies import for options Limber never uses, each replaced by a module that throws at its first use. Node's
 * own modules count too: V8 keeps the code of each one loaded for as long as Limber runs (https with tls ~0.5 MB).
 */
const NEVER_USED: { importer: string; imports: RegExp; contents: string }[] = [
  // electron-store's conf checks files with ajv for a `schema` option: Limber checks them with zod and passes none.
  { importer: 'conf', imports: /^(ajv\/dist\/2020\.js|ajv-formats)$/, contents: NO_JSON_SCHEMA },
  { importer: 'conf', imports: /^semver$/, contents: failing('pass electron-store no migrations', 'esm') },
  { importer: 'conf', imports: /^node:crypto$/, contents: failing('pass electron-store no encryption key', 'esm') },
  // electron-log's remote transport, and its opening of links with a shell: Limber's log never leaves the machine.
  { importer: 'electron-log', imports: /^https?$/, contents: failing('the log is sent nowhere', 'cjs') },
  { importer: 'electron-log', imports: /^child_process$/, contents: failing('electron-log opens no links', 'cjs') },
];

/**
 * Leaves out of the main bundle code that Limber would carry but never run, most of what it would read at start:
 * zod's messages in some 40 other languages (`z.locales`), as Limber sets up English alone (core/zod-english.ts), and
 * the modules of NEVER_USED. One used some day fails at once, saying why.
 */
export const leaveOutUnused: Plugin = {
  name: 'leave-out-unused',
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer, resolveDir }) =>
      (inPackage(importer, 'zod') ? { path: join(resolveDir, '..', 'locales', 'en.js'), namespace: 'english-only' } : undefined));
    bundle.onLoad({ filter: /.*/, namespace: 'english-only' }, ({ path }) =>
      ({ contents: `export { default as en } from ${JSON.stringify(path)};`, resolveDir: dirname(path) }));
    bundle.onResolve({ filter: /^(ajv|semver|node:crypto|https?|child_process)/ }, ({ importer, path }) => {
      const index = NEVER_USED.findIndex((entry) => entry.imports.test(path) && inPackage(importer, entry.importer));
      return index < 0 ? undefined : { path: `${String(index)}:${path}`, namespace: 'never-used' };
    });
    bundle.onLoad({ filter: /.*/, namespace: 'never-used' }, ({ path }) => ({ contents: NEVER_USED[Number(path.split(':')[0])]?.contents ?? '' }));
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
