import { ROUTINES } from '../../core/exercises/library';
import type { OwnContent } from '../../core/exercises/own';
import type { BreakKind } from '../../core/kinds';
import { PROMPT_STYLES } from '../../core/settings/schema';
import { breakSettingsWords } from '../../core/words/settings/breaks';
import { settingsWords } from '../../core/words/settings/window';
import { Checkbox, SelectField } from './controls';
import { NumberField } from './NumberField';
import type { SectionProps } from './patch';

export function BreakTimings(props: SectionProps) {
  const { settings, save } = props;
  return (
    <>
      <fieldset>
        <legend>{breakSettingsWords.longBreaks}</legend>
        <Checkbox
          label={breakSettingsWords.takeLongBreaks} checked={settings.longBreak.enabled}
          onChange={(enabled) => save({ longBreak: { enabled } })}
        />
        <NumberField
          {...props} path="longBreak.everyMinutes" label={breakSettingsWords.every} unit="minutes"
          note={breakSettingsWords.countedSitting}
        />
        <NumberField {...props} path="longBreak.durationMinutes" label={breakSettingsWords.lasting} unit="minutes" />
      </fieldset>
      <fieldset>
        <legend>{breakSettingsWords.microBreaks}</legend>
        <Checkbox
          label={breakSettingsWords.takeMicroBreaks} checked={settings.microBreak.enabled}
          onChange={(enabled) => save({ microBreak: { enabled } })}
        />
        <NumberField
          {...props} path="microBreak.everyMinutes" label={breakSettingsWords.every} unit="minutes"
          note={breakSettingsWords.countedSitting}
        />
        <NumberField {...props} path="microBreak.durationSeconds" label={breakSettingsWords.lasting} unit="seconds" />
      </fieldset>
    </>
  );
}

export function Prompts(props: SectionProps) {
  const { settings, save } = props;
  return (
    <fieldset>
      <legend>{breakSettingsWords.prompts}</legend>
      <NumberField
        {...props} path="preludeSeconds" label={breakSettingsWords.headsUp} unit="seconds" note={breakSettingsWords.noHeadsUp}
      />
      <NumberField {...props} path="awayMinutes" label={breakSettingsWords.awayAfter} unit="minutes" note={breakSettingsWords.away} />
      <NumberField {...props} path="snooze.minutes" label={breakSettingsWords.snoozeLength} unit="minutes" />
      <NumberField
        {...props} path="snooze.limit" label={breakSettingsWords.snoozeLimit} unit="times" note={breakSettingsWords.snoozeLimitNote}
      />
      <Checkbox
        label={breakSettingsWords.strict} about={breakSettingsWords.strictAbout} checked={settings.strict}
        onChange={(strict) => save({ strict })}
      />
      <SelectField
        label={breakSettingsWords.announced} value={settings.promptStyle}
        options={PROMPT_STYLES.map((style) => [style, breakSettingsWords.promptStyles[style]] as const)}
        onChange={(promptStyle) => save({ promptStyle })}
      />
    </fieldset>
  );
}

/** 'rotate', then every routine made for this kind of break, Limber's then the user's, with the names shown for them. */
const routineChoices = (kind: BreakKind, own: OwnContent) => [
  ['rotate', settingsWords.routines.rotate] as const,
  ...[...ROUTINES, ...own.routines].filter((routine) => routine.forKinds.includes(kind)).map((routine) => [routine.id, routine.name] as const),
];

export function Routines({ settings, save, own }: SectionProps & { own: OwnContent }) {
  return (
    <fieldset>
      <legend>{settingsWords.routines.title}</legend>
      <SelectField
        label={settingsWords.routines.forLong} value={settings.routines.long} options={routineChoices('long', own)}
        onChange={(long) => save({ routines: { long } })}
      />
      <SelectField
        label={settingsWords.routines.forMicro} value={settings.routines.micro} options={routineChoices('micro', own)}
        onChange={(micro) => save({ routines: { micro } })}
      />
    </fieldset>
  );
}
