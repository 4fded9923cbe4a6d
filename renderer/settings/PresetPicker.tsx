import { useId } from 'react';
import { matchingPreset, PRESETS } from '../../core/settings/presets';
import { breakSettingsWords } from '../../core/words/settings/breaks';
import type { SectionProps } from './patch';

/** Ready-made break timings; picking one changes the long break, micro break and snooze timings only. */
export function PresetPicker({ settings, save }: SectionProps) {
  const id = useId();
  const current = matchingPreset(settings);
  const stress = (name: string) => <strong key="name">{name}</strong>;
  return (
    <fieldset>
      <legend>{breakSettingsWords.presets}</legend>
      <p>
        {current
          ? breakSettingsWords.timingsOf(stress, breakSettingsWords.preset[current.id].name)
          : breakSettingsWords.customTimings(stress)}
      </p>
      {PRESETS.map((preset) => (
        <div className="check" key={preset.id}>
          <input
            id={`${id}-${preset.id}`} type="radio" name={id} checked={current?.id === preset.id}
            aria-describedby={`${id}-${preset.id}-summary`}
            onChange={() => { void save(preset.timing); }}
          />
          <label htmlFor={`${id}-${preset.id}`}>{breakSettingsWords.preset[preset.id].name}</label>
          <p className="hint" id={`${id}-${preset.id}-summary`}>{breakSettingsWords.preset[preset.id].summary}</p>
        </div>
      ))}
    </fieldset>
  );
}
