// Watches, from the moment it is imported, every Intl formatter Limber's own code makes and every call to a
// locale-sensitive method of Date, Number and String. Imported first, so every other module's top level runs under it.
const FORMATTERS = ['Collator', 'DateTimeFormat', 'DisplayNames', 'ListFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'Segmenter'] as const;
const METHODS: [object, string][] = [
  [Date.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString'], [Date.prototype, 'toLocaleTimeString'],
  [Number.prototype, 'toLocaleString'], [String.prototype, 'localeCompare'],
];

/** What Limber's own code (not the test runner's) asked for, by name, in order. */
export const localeCalls: string[] = [];
const fromLimber = () => /\/(core|electron)\//.test(new Error().stack?.split('\n').slice(3).join('\n') ?? '');
const undo: (() => void)[] = [];

function watch(owner: object, name: string, wrap: (original: never) => unknown) {
  const target = owner as Record<string, unknown>;
  const original = target[name];
  target[name] = wrap(original as never);
  undo.push(() => { target[name] = original; });
}

for (const name of FORMATTERS) {
  watch(Intl, name, (Original: new (...args: unknown[]) => object) => class extends Original {
    constructor(...args: unknown[]) {
      if (fromLimber()) localeCalls.push(`Intl.${name}`);
      super(...args);
    }
  });
}
for (const [prototype, name] of METHODS) {
  watch(prototype, name, (original: (...args: unknown[]) => unknown) => function (this: unknown, ...args: unknown[]) {
    if (fromLimber()) localeCalls.push(name);
    return original.apply(this, args);
  });
}

export function stopWatchingLocale() {
  for (const restore of undo.reverse()) restore();
}
