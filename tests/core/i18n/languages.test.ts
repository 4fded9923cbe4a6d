import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, languageFor, systemLanguage } from '../../../core/i18n/languages';

describe('the language Limber speaks', () => {
  it.each([
    [['de-DE', 'en-US'], 'de'],
    [['de-AT'], 'de'],
    [['en-US', 'de-DE'], 'en'],
    [['pt-PT'], 'pt-BR'],
    [['pt_BR'], 'pt-BR'],
    [['ar-EG', 'fr-FR'], 'ar'],
    [['ja-JP', 'es-MX', 'fr-FR'], 'es'],
    [['ja-JP', 'zh-CN'], 'en'],
    [[], 'en'],
    [['DE'], 'de'],
  ] as const)('for a system preferring %j is %s', (preferred, expected) => {
    expect(systemLanguage(preferred)).toBe(expected);
  });

  it('is the one chosen in the settings, whatever the system prefers', () => {
    fc.assert(fc.property(fc.constantFrom(...LANGUAGES), fc.array(fc.string()), (chosen, preferred) => {
      expect(languageFor(chosen, preferred)).toBe(chosen);
    }));
  });

  it('is always one Limber speaks, for any list of tags', () => {
    fc.assert(fc.property(fc.array(fc.string()), (preferred) => {
      expect(LANGUAGES).toContain(languageFor('system', preferred));
    }));
  });
});
