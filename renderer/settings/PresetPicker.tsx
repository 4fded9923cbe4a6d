import { useId } from 'react';
import { matchingPreset, PRESETS } from '../../core/settings/presets';
import type { SectionProps } from './patch';

/** Ready-made break timings; picking one changes the long break, micro break and snooze timings only. */
export function PresetPicker({ settings, save }: SectionProps) {
  const id = useId();
  const current = matchingPreset(settings);
  return (
    <fieldset>
      <legend>Presets</legend>
      <p>
        Your break timings: <strong>{current?.name ?? 'Custom'}</strong>
        {current ? '.' : ', set by you rather than a preset.'}
      </p>
      {PRESETS.map((preset) => (
        <div className="check" key={preset.id}>
          <input
            id={`${id}-${preset.id}`} type="radio" name={id} checked={current?.id === preset.id}
            aria-describedby={`${id}-${preset.id}-summary`}
            onChange={() => { void save(preset.timing); }}
          />
          <label htmlFor={`${id}-${preset.id}`}>{preset.name}</label>
          <p className="hint" id={`${id}-${preset.id}-summary`}>{preset.summary}</p>
        </div>
      ))}
    </fieldset>
  );
}
