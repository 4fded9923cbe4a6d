import { READING_ENDS, type Settings } from '../../core/settings/schema';
import { callSettingsWords } from '../../core/words/settings/calls';
import type { SignalStatuses } from './BusySection';
import { Checkbox, SelectField } from './controls';
import type { Save } from './patch';

/**
 * Stillness that is still sitting: media playing, and the tray's "I'm reading" switch. Neither holds a break; both
 * keep a still spell from counting as time away from the desk.
 */
export function WatchingSection({ statuses, settings, save }: { statuses: SignalStatuses; settings: Settings; save: Save }) {
  return (
    <fieldset>
      <legend>{callSettingsWords.watching}</legend>
      <p className="hint">{callSettingsWords.watchingHint(settings.awayMinutes)}</p>
      <Checkbox
        label={callSettingsWords.media} checked={settings.watching.media}
        about={callSettingsWords.signalAbout(callSettingsWords.mediaLooksAt, statuses?.media)}
        onChange={(media) => save({ watching: { media } })}
      />
      <SelectField
        label={callSettingsWords.readingEndsLabel} value={settings.watching.readingEnds}
        options={READING_ENDS.map((end) => [end, callSettingsWords.readingEnds[end]] as const)}
        onChange={(readingEnds) => save({ watching: { readingEnds } })}
      />
    </fieldset>
  );
}
