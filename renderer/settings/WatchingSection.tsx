import { READING_ENDS, type Settings } from '../../core/settings/schema';
import { describeSignal, type SignalStatuses } from './BusySection';
import { Checkbox, SelectField } from './controls';
import type { Save } from './patch';

const READING_END_NAMES: Record<Settings['watching']['readingEnds'], string> = {
  input: 'When I next type or move the mouse',
  '30-minutes': 'After 30 minutes',
  '60-minutes': 'After 60 minutes',
};

/**
 * Stillness that is still sitting: media playing, and the tray's "I'm reading" switch. Neither holds a break; both
 * keep a still spell from counting as time away from the desk.
 */
export function WatchingSection({ statuses, settings, save }: { statuses: SignalStatuses; settings: Settings; save: Save }) {
  return (
    <fieldset>
      <legend>Watching and reading</legend>
      <p className="hint">
        Without keyboard or mouse input for {settings.awayMinutes} minutes, Limber counts you as away from the desk. Watching
        or reading is still sitting: these keep that stillness from counting as a break. Breaks still come on time.
        The tray’s “I’m reading” switch lasts 90 minutes at most, and ends when the screen locks.
      </p>
      <Checkbox
        label="Count watching a video as sitting" checked={settings.watching.media}
        about={describeSignal(
          'Looks only at whether something is playing, never at what. Whatever the system reports counts: on Linux music too, on Windows and macOS anything that keeps the screen awake (a presentation, a keep-awake tool). Switch this off if such a thing runs while you step away.',
          statuses?.media,
        )}
        onChange={(media) => save({ watching: { media } })}
      />
      <SelectField
        label="The tray’s “I’m reading” switch turns off" value={settings.watching.readingEnds}
        options={READING_ENDS.map((end) => [end, READING_END_NAMES[end]] as const)}
        onChange={(readingEnds) => save({ watching: { readingEnds } })}
      />
    </fieldset>
  );
}
