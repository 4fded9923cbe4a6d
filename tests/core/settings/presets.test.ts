import { describe, expect, it } from 'vitest';
import { matchingPreset, PRESETS } from '../../../core/settings/presets';
import { parseSettings } from '../../../core/settings/parse';
import { DEFAULT_SETTINGS } from '../../../core/settings/schema';

describe('presets', () => {
  it('are valid settings, each recognised as itself, and Standard is the default', () => {
    for (const preset of PRESETS) {
      const parsed = parseSettings(preset.timing, { ...DEFAULT_SETTINGS, strict: true });
      expect(parsed.ok && matchingPreset(parsed.value)?.id).toBe(preset.id);
      expect(parsed.ok && parsed.value.strict).toBe(true);
    }
    expect(matchingPreset(DEFAULT_SETTINGS)?.id).toBe('standard');
  });

  it('go from gentle to active: breaks come more often', () => {
    const every = PRESETS.map((p) => p.timing.longBreak.everyMinutes);
    expect([...every].sort((a, b) => b - a)).toEqual(every);
    expect(new Set(every).size).toBe(PRESETS.length);
  });

  it('leave a kind of break the user switched off switched off', () => {
    const off = { ...DEFAULT_SETTINGS, microBreak: { ...DEFAULT_SETTINGS.microBreak, enabled: false } };
    const active = PRESETS.find((p) => p.id === 'active');
    const parsed = parseSettings(active?.timing, off);
    expect(parsed.ok && parsed.value.microBreak).toEqual({ enabled: false, everyMinutes: 10, durationSeconds: 30 });
    expect(parsed.ok && matchingPreset(parsed.value)?.id).toBe('active');
  });

  it('match nothing once the user changes a timing', () => {
    expect(matchingPreset({ ...DEFAULT_SETTINGS, snooze: { minutes: 5, limit: 2 } })).toBeNull();
  });
});
