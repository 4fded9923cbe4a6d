// Every word the renderer shows comes from a catalog in core/words (issue 24, item 4), so that a translation can
// replace them without touching a component. This scan reads renderer/** with the TypeScript compiler and fails on
// text left in it: JSX text, the values of props that carry words, document titles, and strings that read as prose.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** Props whose value is read or heard: the DOM's, and this renderer's components' (a Checkbox's `about`...). */
const TEXT_PROPS = new Set([
  'aria-label', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label',
  'caption', 'note', 'about', 'question', 'description', 'shown', 'all', 'head',
]);

/**
 * What is not words, and why. A string with no letters (numbers, punctuation, units like "%", the ✓ of a finished
 * try-out) is the same in every language. CSS class names and test ids are for the stylesheet and the tests.
 */
const NOT_WORDS = {
  noLetters: (text: string) => !/\p{L}/u.test(text),
  forStylesOrTests: new Set(['className', 'data-testid']),
};

/** Two words of letters in a row: a phrase, where a key or an id is one word (`history-csv`, `posture-reset`). */
const PROSE = /\p{L}{2,}\s+\p{L}{2,}/u;

interface Found { line: number; text: string; why: string }

const nameOf = (node: ts.Node): string | undefined =>
  (ts.isJsxAttribute(node) || ts.isPropertyAssignment(node)) && !ts.isComputedPropertyName(node.name) ? node.name.getText() : undefined;

/** Inside an attribute or object property for styles or tests, such as `{ className: 'hurts reserve' }`. */
const forStylesOrTests = (node: ts.Node): boolean =>
  ts.findAncestor(node, (up) => NOT_WORDS.forStylesOrTests.has(nameOf(up) ?? '')) !== undefined;

/**
 * The strings an expression puts on screen as they are: through conditions' outcomes, concatenation, templates and
 * lists, but not into calls (their arguments are keys and values the call turns into words) or functions.
 */
function shownStrings(expression: ts.Node | undefined): ts.Node[] {
  if (!expression) return [];
  if (ts.isStringLiteralLike(expression)) return [expression];
  if (ts.isTemplateExpression(expression)) return [expression.head, ...expression.templateSpans.map((span) => span.literal)];
  if (ts.isParenthesizedExpression(expression) || ts.isJsxExpression(expression)) return shownStrings(expression.expression);
  if (ts.isConditionalExpression(expression)) return [...shownStrings(expression.whenTrue), ...shownStrings(expression.whenFalse)];
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.flatMap(shownStrings);
  if (ts.isBinaryExpression(expression)) {
    const operator = expression.operatorToken.kind;
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return shownStrings(expression.right);
    if ([ts.SyntaxKind.PlusToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(operator)) {
      return [...shownStrings(expression.left), ...shownStrings(expression.right)];
    }
  }
  return [];
}

const textOf = (node: ts.Node): string => (ts.isJsxText(node) || ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) ? node.text : '');
const isDocumentTitle = (node: ts.Node) => node.getText().replace(/\s/g, '') === 'document.title';

/** The user text left in one source file. */
function textIn(fileName: string, source: string): Found[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Found[] = [];
  const report = (node: ts.Node, why: string) => {
    const text = textOf(node);
    if (NOT_WORDS.noLetters(text) || forStylesOrTests(node)) return;
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim(), why });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isJsxText(node)) report(node, 'JSX text');
    else if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const shown of shownStrings(node)) report(shown, 'a string shown in JSX');
    } else if (ts.isJsxAttribute(node) && TEXT_PROPS.has(node.name.getText())) {
      for (const shown of shownStrings(node.initializer)) report(shown, `the ${node.name.getText()} prop`);
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && isDocumentTitle(node.left)) {
      for (const shown of shownStrings(node.right)) report(shown, 'the document title');
    } else if ((ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) && PROSE.test(node.text)) {
      report(node, 'prose');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // A string can be found twice, as shown in JSX or a prop and as prose: once is enough.
  return found.filter((f, i) => found.findIndex((g) => g.line === f.line && g.text === f.text) === i);
}

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.tsx?$/.test(entry.name)) yield path;
  }
}

describe('the renderer\'s words all come from core/words', () => {
  it('finds text in JSX, in props that carry words, in the document title and in prose, and nothing else', () => {
    const sample = [
      'const Hint = () => <p className="hint wide" data-testid="the hint">Saved.</p>;',
      'const Timer = ({ on }: { on: boolean }) => <span role="timer" aria-label={on ? `Seconds ${1} left` : \'%\'}>{on ? \'Paused\' : \'\'}</span>;',
      'const field = <NumberField label="Every" unit="minutes" note={words.note} path="snooze.limit" />;',
      'document.title = `${name} – Settings`;',
      'const message = (n: number) => `${n} is too high: choose a lower number`;',
      'const quiet = { className: \'hurts reserve\', key: \'history-csv\', kind: \'long\' as const, at: \'✓ 2 %\' };',
    ].join('\n');
    expect(textIn('sample.tsx', sample).map(({ line, text, why }) => `${line}: ${text} (${why})`)).toEqual([
      '1: Saved. (JSX text)',
      '2: Seconds (the aria-label prop)',
      '2: left (the aria-label prop)',
      '2: Paused (a string shown in JSX)',
      '3: Every (the label prop)',
      '4: – Settings (the document title)',
      '5: is too high: choose a lower number (prose)',
    ]);
  });

  it('leaves no user text in renderer/**', () => {
    const left = [...sources(join(ROOT, 'renderer'))].flatMap((path) =>
      textIn(path, readFileSync(path, 'utf8')).map(({ line, text, why }) => `${relative(ROOT, path)}:${line}: "${text}" (${why})`));
    expect(left).toEqual([]);
  });
});
