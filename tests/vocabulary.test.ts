// One vocabulary across the tray, notifications, windows, presets and README (docs/words.md): every string Limber
// shows (the English catalog and what the code still holds), and every page a user reads, is checked for the words
// the list says not to use.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

/** A phrase to avoid, and what docs/words.md says instead. */
const AVOID: readonly [RegExp, string][] = [
  [/\bquick (reset|break)s?\b/i, 'micro break'],
  [/\b(posture|short|stretch|rest|mini|small|tiny) breaks?\b/i, 'micro break or long break'],
  [/\b[Mm]icro-?breaks?\b/, 'micro break (two words)'],
  [/\b[Ll]ong-breaks?\b/, 'long break (two words)'],
  [/\ba posture reset every\b|\bposture resets\b/i, 'micro break ("Posture reset" names one routine)'],
  [/\ba routine every\b/i, 'a long break every …'],
  [/\b(current|longest) stretch\b|\bstretch(es)? of sitting\b/i, 'current streak, longest streak'],
  [/\bback check-ins?\b/i, 'stiffness check-in (it asks about the area the routine works)'],
];

function* files(dir: string, extensions: readonly string[]): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path, extensions);
    else if (extensions.some((extension) => entry.name.endsWith(extension))) yield path;
  }
}

interface Text { line: number; text: string }

/** The text a source file can show: its string literals, template parts and JSX text, without its comments. */
function shownText(path: string): Text[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Text[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const pageText = (path: string): Text[] =>
  readFileSync(path, 'utf8').split('\n').map((text, i) => ({ line: i + 1, text }));

/** Every use of an avoided phrase, as "file:line: "phrase" (say …)". */
function misusedWords(texts: Iterable<[string, Text[]]>): string[] {
  const problems: string[] = [];
  for (const [file, lines] of texts) {
    for (const { line, text } of lines) {
      for (const [phrase, instead] of AVOID) {
        const match = phrase.exec(text);
        if (match) problems.push(`${file}:${line}: "${match[0]}" (say ${instead})`);
      }
    }
  }
  return problems;
}

function* everythingShown(): Generator<[string, Text[]]> {
  for (const dir of ['core', 'electron', 'renderer']) {
    for (const path of files(join(ROOT, dir), ['.ts', '.tsx'])) yield [relative(ROOT, path), shownText(path)];
  }
  // The English catalog, a message a line (the other languages' words are their own).
  for (const path of files(join(ROOT, 'i18n', 'locales', 'en'), ['.json'])) yield [relative(ROOT, path), pageText(path)];
  // The word list itself names the phrases to avoid.
  const pages = [join(ROOT, 'README.md'), ...files(join(ROOT, 'docs'), ['.md'])].filter((path) => !path.endsWith('words.md'));
  for (const path of pages) {
    yield [relative(ROOT, path), pageText(path)];
  }
}

describe('one vocabulary (docs/words.md)', () => {
  it('finds an avoided phrase in a string, a template and JSX text, and not in a comment', () => {
    const sample = join(ROOT, 'tests', 'helpers', 'vocabulary-sample.tsx');
    const texts = shownText(sample);
    expect(misusedWords([['sample', texts]])).toEqual([
      'sample:3: "quick reset" (say micro break)',
      'sample:4: "Longest stretch" (say current streak, longest streak)',
      'sample:5: "micro-break" (say micro break (two words))',
    ]);
  });

  it('is used in every string Limber shows and every page in the README and docs/', () => {
    expect(misusedWords(everythingShown())).toEqual([]);
  });
});
