import { describe, expect, it } from 'vitest';
import { catalog } from '../../i18n/locales/en/index';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoSpeaker } from '../../i18n/pseudo';

const { translate } = pseudoSpeaker(catalog);

describe('the pseudo-locale', () => {
  it('brackets and accents every message, leaving what a placeholder holds as it is', () => {
    const snooze = translate('tray.snooze', { minutes: 5, left: 2 });
    expect(snooze.startsWith(PSEUDO_OPEN) && snooze.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(snooze).toContain('Šñööžé 5 ɱíñ');
    expect(translate('tray.routine', { routine: 'Back care', length: '4 min' })).toContain('Back care (4 min)');
  });

  it('accents the branch a select takes', () => {
    expect(translate('tray.due', { kind: 'long' })).toContain('ĺöñĝ ƀŕéáķ');
    expect(translate('tray.due', { kind: 'micro' })).toContain('ɱíçŕö ƀŕéáķ');
  });

  it('makes every message about 40 % longer than English, in words a line can break between', () => {
    for (const key of ['tray.skip', 'tray.takeBreakNow', 'tray.quit', 'tray.settings'] as const) {
      const english = catalog[key];
      const pseudo = translate(key);
      expect(pseudo.length, key).toBeGreaterThanOrEqual(english.length * 1.4);
      expect(pseudo.split(' ').every((word) => word.length <= 12), pseudo).toBe(true);
    }
  });
});
