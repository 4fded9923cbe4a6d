import { useEffect, useState } from 'react';
import { BUSY_REASONS, type BusyReason, type SignalName, type SignalStatus } from '../../core/busy';
import type { LimberBridge } from '../../core/contract';
import type { EngineSnapshot } from '../../core/engine/snapshot';
import { longBusyNote } from '../../core/shell/status';
import { callSettingsWords } from '../../core/words/settings/calls';
import { Checkbox } from './controls';
import { NumberField } from './NumberField';
import type { Save } from './patch';
import type { Settings } from '../../core/settings/schema';

export type SignalStatuses = Record<SignalName, SignalStatus> | null;

/** Whether each signal can be read on this machine, asked once for the whole settings window. */
export function useSignalStatuses(bridge: LimberBridge): SignalStatuses {
  const [statuses, setStatuses] = useState<SignalStatuses>(null);
  useEffect(() => {
    const unknown = { readable: false, why: callSettingsWords.couldNotCheck } as const;
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
  const described = callSettingsWords.signalAbout(callSettingsWords.signals[reason].looksAt, statuses?.[reason]);
  const note = run?.reason === reason ? longBusyNote(run) : null;
  return note ? callSettingsWords.onForHours(described, note) : described;
};

/** The busy signals: a switch for each, what it looks at and whether this machine can read it, and the hold's ceiling. */
export function BusySection({ statuses, busyRun, settings, save }: { statuses: SignalStatuses; busyRun: BusyRun; settings: Settings; save: Save }) {
  return (
    <fieldset>
      <legend>{callSettingsWords.busy}</legend>
      <p className="hint">{callSettingsWords.busyHint}</p>
      {BUSY_REASONS.map((reason) => (
        <Checkbox
          key={reason} label={callSettingsWords.signals[reason].label} checked={settings.busy[reason]} about={about(reason, statuses, busyRun)}
          onChange={(on) => save({ busy: { [reason]: on } })}
        />
      ))}
      <NumberField settings={settings} save={save} path="busy.holdMaxMinutes" label={callSettingsWords.holdAtMost} unit="minutes" />
    </fieldset>
  );
}
