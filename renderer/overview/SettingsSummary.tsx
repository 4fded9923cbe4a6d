import { useEffect, useState } from 'react';
import type { LimberBridge } from '../../electron/core/contract';
import type { Settings } from '../../electron/core/settings/schema';
import { FactList } from './FactList';

const onOff = (on: boolean) => (on ? 'on' : 'off');

/** The settings in force, read-only until the settings editor arrives; each line says what the value means. */
export function SettingsSummary({ bridge }: { bridge: LimberBridge }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => { void bridge.settings().then(setSettings); }, [bridge]);
  if (!settings) return null;
  const { longBreak, microBreak, snooze, workingHours } = settings;
  const rows: [string, string][] = [
    ['Long breaks', longBreak.enabled ? `${longBreak.durationMinutes} min after every ${longBreak.everyMinutes} min of sitting` : 'off'],
    ['Micro breaks', microBreak.enabled ? `${microBreak.durationSeconds} s after every ${microBreak.everyMinutes} min of sitting` : 'off'],
    ['Warning before a break', settings.preludeSeconds === 0 ? 'off' : `${settings.preludeSeconds} s`],
    ['Away from the desk after', `${settings.awayMinutes} min without input`],
    ['Snooze', `${snooze.minutes} min, at most ${snooze.limit} times a break`],
    ['Strict mode', onOff(settings.strict)],
    ['Start at login', onOff(settings.startAtLogin)],
    ['Working hours', onOff(workingHours.enabled)],
  ];
  return (
    <main className="overview" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <p>These are the settings Limber is using. They are kept in <code>config.json</code> in Limber&apos;s data folder.</p>
      <FactList rows={rows} />
    </main>
  );
}
