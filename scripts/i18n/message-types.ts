// The values each message of the catalogs takes, read from its ICU placeholders, written as the TypeScript interface
// core/i18n/messages.ts holds: a misspelt key, or a value left out, misnamed or of the wrong kind, then fails the
// typecheck. A language may ask more of a value than English does (a count where English prints a number as it is,
// to agree with it): the type asks what every language asks.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { readAreaFiles } from './files';

/** Every element of a message, those inside a select's or a plural's branches included. */
function* everyElement(elements: MessageFormatElement[]): Generator<MessageFormatElement> {
  for (const element of elements) {
    yield element;
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      for (const option of Object.values(element.options)) yield* everyElement(option.value);
    }
  }
}

/** What a placeholder takes: a count for plurals and numbers, a date for dates and times, anything printable else. */
function placeholderTypes(elements: MessageFormatElement[]): Map<string, string> {
  const types = new Map<string, string>();
  for (const element of everyElement(elements)) {
    switch (element.type) {
      case TYPE.argument: if (!types.has(element.value)) types.set(element.value, 'string | number'); break;
      case TYPE.number: case TYPE.plural: types.set(element.value, 'number'); break;
      case TYPE.date: case TYPE.time: types.set(element.value, 'Date | number'); break;
      case TYPE.select: types.set(element.value, 'string'); break;
      case TYPE.tag: throw new Error(`<${element.value}>: Limber's messages hold no markup`);
      default: break;
    }
  }
  return types;
}

/** The branches of each select in `elements`, by the placeholder it chooses by (plurals' depend on the language). */
function selectBranches(elements: MessageFormatElement[]): Map<string, string[]> {
  const branches = new Map<string, string[]>();
  for (const element of everyElement(elements)) {
    if (element.type === TYPE.select) branches.set(element.value, Object.keys(element.options).sort());
  }
  return branches;
}

/** A message's selects and their branches: a translation keeps English's, or a misspelt branch falls to `other`. */
export const messageSelects = (message: string): Map<string, string[]> =>
  selectBranches(parse(message, { requiresOtherClause: true }));

/** The values a message takes, by name, or an error naming the message. */
export function messageValues(key: string, message: string): Map<string, string> {
  try {
    return placeholderTypes(parse(message, { requiresOtherClause: true }));
  } catch (error) {
    throw new Error(`The message "${key}" is not valid ICU: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** A value every language can print: where one needs a number (a plural) or a date, or chooses by it, that wins. */
function narrowest(key: string, name: string, a: string, b: string): string {
  if (a === b || b === 'string | number') return a;
  if (a === 'string | number') return b;
  throw new Error(`The message "${key}" takes {${name}} as ${a} in one language and as ${b} in another`);
}

/** The typed keys of the English catalog, each value as every language in `catalogs` (English among them) needs it. */
export function messageTypes(english: Readonly<Record<string, string>>, catalogs: readonly Readonly<Record<string, string>>[] = []): string {
  const lines = Object.entries(english).map(([key, message]) => {
    const types = messageValues(key, message);
    for (const catalog of catalogs) {
      const translated = catalog[key];
      if (translated === undefined) continue;
      for (const [name, type] of messageValues(key, translated)) {
        const known = types.get(name);
        if (known !== undefined) types.set(name, narrowest(key, name, known, type));
      }
    }
    const values = [...types].map(([name, type]) => `${name}: ${type}`);
    return `  '${key}': ${values.length === 0 ? 'undefined' : `{ ${values.join('; ')} }`};`;
  });
  return [
    '// Written by `npm run i18n:types` from i18n/locales/*/*.json: change the catalogs, then run it.',
    '/** Each message of the catalog, and the values it takes (undefined: none). */',
    'export interface MessageValues {',
    ...lines,
    '}',
    '',
  ].join('\n');
}

/** A language's index.ts: its area files joined into one catalog, `name` the language's folder. */
export function languageIndex(language: string): string {
  const areas = [...readAreaFiles(language)].filter(([, messages]) => Object.keys(messages).length > 0).map(([area]) => area);
  const binding = (area: string) => (area === 'break' ? 'breakArea' : area);
  return [
    `// ${language}: each area's file is a component a translation platform reads. Written by \`npm run i18n:types\`.`,
    ...areas.map((area) => `import ${binding(area)} from './${area}.json';`),
    "import { joinAreas } from '../../areas';",
    '',
    'export const catalog = joinAreas({',
    ...areas.map((area) => `  ${area === 'break' ? 'break: breakArea' : area},`),
    '});',
    '',
  ].join('\n');
}
