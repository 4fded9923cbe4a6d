// The catalogs as a translation platform and Limber read them: every language has every key of English and no other,
// each message is valid ICU with the same placeholders as the English one, and the typed keys are those of English.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { english } from '../../i18n/english';
import { languagesOnDisk, LOCALES_DIR, readAreaFiles, readAreas } from '../../scripts/i18n/files';
import { languageIndex, messageSelects, messageTypes, messageValues } from '../../scripts/i18n/message-types';

const LANGUAGES = languagesOnDisk();
const englishFiles = readAreas('en');

describe('the catalogs', () => {
  it('type their keys as English has them, each value as every language needs it (npm run i18n:types writes them)', () => {
    const written = readFileSync(join(import.meta.dirname, '..', '..', 'core', 'i18n', 'messages.ts'), 'utf8');
    const others = LANGUAGES.filter((language) => language !== 'en').map(readAreas);
    expect(written).toBe(messageTypes(englishFiles, others));
  });

  it('type a value as a number where any language counts it, and refuse one it counts and another chooses by', () => {
    const english = { 'x.left': '{left} left', 'x.kind': 'a {kind} break' };
    const counted = { 'x.left': '{left, plural, one {# reste} other {# restent}}', 'x.kind': 'une pause {kind}' };
    expect(messageTypes(english, [counted])).toContain("'x.left': { left: number };");
    expect(messageTypes(english, [counted])).toContain("'x.kind': { kind: string | number };");
    expect(() => messageTypes(english, [counted, { 'x.left': '{left, select, other {x}}' }])).toThrow('takes {left} as number in one language and as string in another');
  });

  it('join each language\'s area files in its index.ts (npm run i18n:types writes them)', () => {
    for (const language of LANGUAGES) expect(readFileSync(join(LOCALES_DIR, language, 'index.ts'), 'utf8'), language).toBe(languageIndex(language));
  });

  it('hold no empty message', () => {
    for (const language of LANGUAGES) {
      for (const [key, message] of Object.entries(readAreas(language))) expect(message.trim(), `${language}: ${key}`).not.toBe('');
    }
  });

  describe.each(LANGUAGES.filter((language) => language !== 'en'))('%s', (language) => {
    it('has the area files of English, each with every key of English and no other', () => {
      const areas = readAreaFiles(language);
      expect([...areas.keys()]).toEqual([...readAreaFiles('en').keys()]);
      expect(Object.keys(readAreas(language)).sort()).toEqual(Object.keys(englishFiles).sort());
    });

    it('gives each message the placeholders of the English one, as valid ICU', () => {
      for (const [key, message] of Object.entries(readAreas(language))) {
        const expected = englishFiles[key];
        if (expected === undefined) continue;
        const names = (text: string) => [...messageValues(key, text).keys()].sort();
        expect(names(message), `${language}: ${key}`).toEqual(names(expected));
      }
    });

    it('chooses by the same branches as English in every select', () => {
      for (const [key, message] of Object.entries(readAreas(language))) {
        const expected = englishFiles[key];
        if (expected !== undefined) expect(messageSelects(message), `${language}: ${key}`).toEqual(messageSelects(expected));
      }
    });
  });
});

describe('a message key', () => {
  it('is checked by the typecheck, and at run time: a key the catalog lacks, and values left out or misnamed', () => {
    const { translate } = english;
    // @ts-expect-error: no such key in the catalog
    expect(() => translate('tray.noSuchKey')).toThrow('No message "tray.noSuchKey" in the en-GB catalog');
    // @ts-expect-error: `left` is left out
    expect(() => translate('tray.snooze', { minutes: 5 })).toThrow('"left" was not provided');
    // @ts-expect-error: the value is `minutes`, not `minute`
    expect(() => translate('tray.readFor', { minute: 5 })).toThrow('"minutes" was not provided');
    // @ts-expect-error: the message takes no values
    expect(translate('tray.away', { minutes: 5 })).toBe('Away from the desk');
    expect(translate('tray.snooze', { minutes: 5, left: 2 })).toBe('Snooze 5 min (2 left)');
  });
});
