// Every sentence the main process and the core show a user comes from the message catalogs (i18n/locales, read
// through core/words), so that a translation is a set of files and no logic. This scan reads core/** and
// electron/** with the TypeScript compiler and fails on a string that reads as a sentence anywhere; a second check
// makes sure no words object of core/words gives an empty string.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SCANNED = ['core', 'electron'];
const CATALOGS = join(ROOT, 'core', 'words');

/** A name with dots in it and no space, such as `org.mpris.MediaPlayer2.`: an address, not a sentence. */
const dottedName = (text: string) => !text.includes(' ') && /\.\S/.test(text);

/**
 * A string that reads as a sentence: it has letters, and it starts with a capital letter and holds a space, or it
 * ends as a sentence does. Templates are read with `{}` for each value, so `${kind} break is due.` counts too.
 */
const readsAsSentence = (text: string) =>
  /\p{L}/u.test(text) && !dottedName(text) && ((/^\p{Lu}/u.test(text) && text.includes(' ')) || /[.?!]$/.test(text));

/** A call that writes to the log (`log.warn(…)`, `deps.log(…)`, `console.error(…)`): log lines are for developers. */
const isLogCall = (node: ts.Node) =>
  ts.isCallExpression(node) && /(^|\.)(log|console)(\.(debug|info|warn|error))?$/.test(node.expression.getText());
/** `new Error(…)` and its kin: messages for developers. An error whose message a user reads takes it from a catalog. */
const isErrorMessage = (node: ts.Node) => ts.isNewExpression(node) && /Error$/.test(node.expression.getText());
/** `output.includes('Listed by owning process:')`: what another program writes, which the code looks for. */
const isSoughtOutput = (node: ts.Node) =>
  ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['includes', 'startsWith', 'endsWith'].includes(node.expression.name.text);
/** `new Response(…)` from the app:// protocol: a body the renderer's fetch reads, not a person. */
const isHttpBody = (node: ts.Node) => ts.isNewExpression(node) && node.expression.getText() === 'Response';
/** C prototypes (`*_PROTOTYPE`, `*_PROTOTYPES`) that bind system libraries through the FFI. */
const isForeignPrototype = (node: ts.Node) => ts.isVariableDeclaration(node) && /PROTOTYPES?$/.test(node.name.getText());
/** An exercise's `source: { note }`: where its dose comes from, for whoever checks the numbers against the articles. */
const isSourceNote = (node: ts.Node) =>
  ts.isPropertyAssignment(node) && node.name.getText() === 'note' && ts.isPropertyAssignment(node.parent.parent) && node.parent.parent.name.getText() === 'source';

/** `OWN_NAMES`: each language by its own name, which a list of languages shows the same in every language. */
const isOwnName = (node: ts.Node) => ts.isVariableDeclaration(node) && node.name.getText() === 'OWN_NAMES';

/** Where a sentence is not for users, each for the reason above. */
const NOT_FOR_USERS = [isLogCall, isErrorMessage, isSoughtOutput, isHttpBody, isForeignPrototype, isSourceNote, isOwnName];
const notForUsers = (node: ts.Node) => ts.findAncestor(node, (up) => NOT_FOR_USERS.some((allowed) => allowed(up))) !== undefined;

/** The TypeScript files under `dir`, but for those under `skipped`. */
function* sourceFiles(dir: string, skipped?: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== skipped) yield* sourceFiles(path, skipped);
    } else if (/\.tsx?$/.test(entry.name)) yield path;
  }
}

const textOf = (node: ts.Node): string | null => {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => `{}${span.literal.text}`).join('');
  return null;
};

/** The sentences in one source file, as `line: "text"`. */
function sentencesIn(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    const text = textOf(node);
    if (text !== null && readsAsSentence(text) && !notForUsers(node)) {
      found.push(`${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${JSON.stringify(text)}`);
    }
    if (text === null) ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('words live in the message catalogs (main process and core)', () => {
  it('finds a sentence, in a string or a template, but not where no user reads it', () => {
    const sample = [
      "const a = 'Limber can\\'t save its settings';",
      'const b = `${kind} break is due.`;',
      "const c = { label: 'Settings…', id: 'take-a-break', title: 'Pause Limber' };",
      "log.warn('The history file could not be written.');",
      "deps.log(`Idle clock ${name} back after ${seconds} s`);",
      "throw new Error('The routine names an unknown exercise.');",
      '// Sentences in comments are fine.',
      "const d = 'must be a whole number between 5 and 240';",
      "const e = output.includes('Listed by owning process:') || name.startsWith('org.mpris.MediaPlayer2.');",
      "return new Response('Not found', { status: 404 });",
      "const DISPLAY_PROTOTYPES = { bounds: 'Rect CGDisplayBounds(uint32_t display)' };",
      "const f = { id: 'neck-flexion', source: { article: '004', note: 'Hold 20-30 s, 2-5 times.' } };",
    ].join('\n');
    expect(sentencesIn('sample.ts', sample)).toEqual([
      '1: "Limber can\'t save its settings"',
      '2: "{} break is due."',
      '3: "Pause Limber"',
    ]);
  });

  it('has no sentence outside the message catalogs, core/words included', () => {
    const found = SCANNED.flatMap((dir) => [...sourceFiles(join(ROOT, dir))].flatMap((path) =>
      sentencesIn(path, readFileSync(path, 'utf8')).map((sentence) => `${relative(ROOT, path)}:${sentence}`)));
    expect(found).toEqual([]);
  });
});

/** Every string a catalog holds, at any depth, with the path to it. */
function* stringsOf(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsOf(item, `${path}[${i}]`);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) yield* stringsOf(item, `${path}.${key}`);
  }
}

const catalogs = await Promise.all([...sourceFiles(CATALOGS)].map(async (path) =>
  [relative(ROOT, path), await import(pathToFileURL(path).href) as Record<string, unknown>] as const));

describe('the catalogs', () => {
  it.each(catalogs)('%s exports one words object, with no empty string in it', (_path, module) => {
    const objects = Object.entries(module).filter(([name]) => name.endsWith('Words'));
    expect(objects).toHaveLength(1);
    const [[name, words]] = objects as [[string, unknown]];
    const empty = [...stringsOf(words, name)].filter(([, text]) => text.trim() === '').map(([path]) => path);
    expect(empty).toEqual([]);
  });
});
