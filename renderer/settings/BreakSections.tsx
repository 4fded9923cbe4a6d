import { ROUTINES } from '../../core/exercises/library';
import type { BreakKind } from '../../core/kinds';
import { PROMPT_STYLES, type Settings } from '../../core/settings/schema';
import { Checkbox, SelectField } from './controls';
import { NumberField } from './NumberField';
import type { SectionProps } from './patch';
import { UNITS } from './validate';

export function BreakTimings(props: SectionProps) {
  const { settings, save } = props;
  return (
    <>
      <fieldset>
        <legend>Long breaks</legend>
        <Checkbox label="Take long breaks" checked={settings.longBreak.enabled} onChange={(enabled) => save({ longBreak: { enabled } })} />
        <NumberField {...props} path="longBreak.everyMinutes" label="Every" unit={UNITS.minutes} note="Counted in time spent sitting." />
        <NumberField {...props} path="longBreak.durationMinutes" label="Lasting" unit={UNITS.minutes} />
      </fieldset>
      <fieldset>
        <legend>Micro breaks</legend>
        <Checkbox label="Take micro breaks" checked={settings.microBreak.enabled} onChange={(enabled) => save({ microBreak: { enabled } })} />
        <NumberField {...props} path="microBreak.everyMinutes" label="Every" unit={UNITS.minutes} note="Counted in time spent sitting." />
        <NumberField {...props} path="microBreak.durationSeconds" label="Lasting" unit={UNITS.seconds} />
      </fieldset>
    </>
  );
}

const PROMPT_STYLE_NAMES: Record<Settings['promptStyle'], string> = {
  notification: 'Notification only',
  'notification-and-window': 'Notification and a small prompt window',
};

export function Prompts(props: SectionProps) {
  const { settings, save } = props;
  return (
    <fieldset>
      <legend>Prompts</legend>
      <NumberField {...props} path="preludeSeconds" label="Heads-up before a break" unit={UNITS.seconds} note="0 means no heads-up." />
      <NumberField
        {...props} path="awayMinutes" label="Count as away after" unit={UNITS.minutes}
        note="Time without keyboard or mouse use that counts as a break."
      />
      <NumberField {...props} path="snooze.minutes" label="Snooze length" unit={UNITS.minutes} />
      <NumberField {...props} path="snooze.limit" label="Snooze limit" unit={UNITS.times} note="For each break. 0 means no snoozing." />
      <Checkbox
        label="Strict mode" about="Breaks can't be snoozed or skipped." checked={settings.strict}
        onChange={(strict) => save({ strict })}
      />
      <SelectField
        label="How a break is announced" value={settings.promptStyle} options={PROMPT_STYLES.map((style) => [style, PROMPT_STYLE_NAMES[style]] as const)}
        onChange={(promptStyle) => save({ promptStyle })}
      />
    </fieldset>
  );
}

/** 'rotate', then every routine made for this kind of break, with the names shown for them. */
const routineChoices = (kind: BreakKind) => [
  ['rotate', 'Take turns (all routines)'] as const,
  ...ROUTINES.filter((routine) => routine.forKinds.includes(kind)).map((routine) => [routine.id, routine.name] as const),
];

export function Routines({ settings, save }: SectionProps) {
  return (
    <fieldset>
      <legend>Routines</legend>
      <SelectField
        label="For long breaks" value={settings.routines.long} options={routineChoices('long')}
        onChange={(long) => save({ routines: { long } })}
      />
      <SelectField
        label="For micro breaks" value={settings.routines.micro} options={routineChoices('micro')}
        onChange={(micro) => save({ routines: { micro } })}
      />
    </fieldset>
  );
}
