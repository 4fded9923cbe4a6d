// A start to the idle tray formats nothing by locale: the first Intl formatter the main process makes reads ~2 MB of
// ICU's data (icudtl.dat), which stays in its memory for as long as Limber runs (measured: 0.5 → 2.4 MB).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshFakeLimberEachTest } from '../../helpers/fake-limber';
import { fake } from '../../../harness/fake-electron';

const FORMATTERS = ['Collator', 'DateTimeFormat', 'DisplayNames', 'ListFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'Segmenter'] as const;
const METHODS: [object, string][] = [
  [Date.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString'], [Date.prototype, 'toLocaleTimeString'],
  [Number.prototype, 'toLocaleString'], [String.prototype, 'localeCompare'],
];

/** What Limber's own code (not the test runner's) asked of Intl, by name. */
const made: string[] = [];
const fromLimber = () => /\/(core|electron)\//.test(new Error().stack?.split('\n').slice(3).join('\n') ?? '');
const undo: (() => void)[] = [];

function watch(owner: object, name: string, wrap: (original: never) => unknown) {
  const target = owner as Record<string, unknown>;
  const original = target[name];
  target[name] = wrap(original as never);
  undo.push(() => { target[name] = original; });
}

describe('a start of Limber', () => {
  freshFakeLimberEachTest('limber-locale-');
  beforeAll(() => {
    for (const name of FORMATTERS) {
      watch(Intl, name, (Original: new (...args: unknown[]) => object) => class extends Original {
        constructor(...args: unknown[]) {
          if (fromLimber()) made.push(`Intl.${name}`);
          super(...args);
        }
      });
    }
    for (const [prototype, name] of METHODS) {
      watch(prototype, name, (original: (...args: unknown[]) => unknown) => function (this: unknown, ...args: unknown[]) {
        if (fromLimber()) made.push(name);
        return original.apply(this, args);
      });
    }
  });
  afterAll(() => { for (const restore of undo.reverse()) restore(); });

  it('loads and settles in the tray without formatting anything by locale', async () => {
    // Imported only now, so that every module's top level runs under the watch.
    const { startFakeLimber } = await import('../../helpers/fake-limber');
    const started = await startFakeLimber([], []);
    await fake.settle();
    expect(started.limber).toBeTruthy();
    expect(fake.trays).toHaveLength(1);
    expect(made).toEqual([]);
  });
});
