import { useEffect, useState } from 'react';
import { BUSY_REASONS, type BusyReason, type SignalName, type SignalStatus } from '../../core/busy';
import type { LimberBridge } from '../../core/contract';
import type { EngineSnapshot } from '../../core/engine/snapshot';
import { longBusyNote } from '../../core/shell/status';
import { Checkbox } from './controls';
import { NumberField } from './NumberField';
import type { Save } from './patch';
import type { Settings } from '../../core/settings/schema';
import { UNITS } from './validate';

const SIGNALS: Record<BusyReason, { label: string; looksAt: string }> = {
  call: {
    label: 'Hold breaks during calls',
    looksAt: 'Looks only at whether some app is recording from a microphone or using the camera, never at what it hears or sees.',
  },
  fullscreen: {
    label: 'Hold breaks while a window fills the screen',
    looksAt: 'Presentations, shared screens and films: looks only at whether the window in front is fullscreen.',
  },
  dnd: {
    label: 'Hold breaks while Do Not Disturb is on',
    looksAt: 'Follows your desktop’s own Do Not Disturb switch.',
  },
};

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
/** What a signal looks at, then how this machine reads it or why it can't. */
export const describeSignal = (looksAt: string, status: SignalStatus | undefined) => {
  const where = !status ? '' : status.readable ? ` Here it reads ${status.via}.` : ` Not available here: ${sentence(status.why)}`;
  return looksAt + where;
};

export type SignalStatuses = Record<SignalName, SignalStatus> | null;

/** Whether each signal can be read on this machine, asked once for the whole settings window. */
export function useSignalStatuses(bridge: LimberBridge): SignalStatuses {
  const [statuses, setStatuses] = useState<SignalStatuses>(null);
  useEffect(() => {
    const unknown = { readable: false, why: 'Limber could not check.' } as const;
    void bridge.busySignals().then(setStatuses, () => { setStatuses({ call: unknown, fullscreen: unknown, dnd: unknown, media: unknown }); });
  }, [bridge]);
  return statuses;
}

export type BusyRun = EngineSnapshot['busyRun'];

/** The signal the readings have found on, and for how long, as the settings window opens. */
export function useBusyRun(bridge: LimberBridge): BusyRun {
  const [run, setRun] = useState<BusyRun>();
  useEffect(() => {
    void bridge.status().then((status) => { setRun(status.snapshot.busyRun); }, () => undefined);
  }, [bridge]);
  return run;
}

/** What a signal looks at and how it reads here; and, for one that has been on for hours, that it has. */
const about = (reason: BusyReason, statuses: SignalStatuses, run: BusyRun) => {
  const described = describeSignal(SIGNALS[reason].looksAt, statuses?.[reason]);
  const note = run?.reason === reason ? longBusyNote(run) : null;
  return note ? `${described} ${note}. If that is not right, switch this off and breaks stop waiting for it.` : described;
};

/** The busy signals: a switch for each, what it looks at and whether this machine can read it, and the hold's ceiling. */
export function BusySection({ statuses, busyRun, settings, save }: { statuses: SignalStatuses; busyRun: BusyRun; settings: Settings; save: Save }) {
  return (
    <fieldset>
      <legend>Calls and presentations</legend>
      <p className="hint">
        While you are busy, a break waits instead of interrupting you, and comes within a minute of your being free.
        Your sitting time keeps counting.
      </p>
      {BUSY_REASONS.map((reason) => (
        <Checkbox
          key={reason} label={SIGNALS[reason].label} checked={settings.busy[reason]} about={about(reason, statuses, busyRun)}
          onChange={(on) => save({ busy: { [reason]: on } })}
        />
      ))}
      <NumberField settings={settings} save={save} path="busy.holdMaxMinutes" label="Hold a break at most" unit={UNITS.minutes} />
    </fieldset>
  );
}
