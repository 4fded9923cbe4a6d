import { useEffect, useState } from 'react';
import type { LimberBridge } from '../../electron/core/contract';
import { THEMES, type Settings } from '../../electron/core/settings/schema';
import { applyTheme } from '../theme';
import { BreakTimings, Prompts, Routines } from './BreakSections';
import { BusySection, useBusyRun, useSignalStatuses } from './BusySection';
import { Checkbox, SelectField } from './controls';
import { FileSection } from './FileSection';
import { NumberField } from './NumberField';
import type { Save } from './patch';
import { PresetPicker } from './PresetPicker';
import { UNITS } from './validate';
import { WatchingSection } from './WatchingSection';
import { WorkingHours } from './WorkingHours';
import './settings.css';

const THEME_NAMES: Record<Settings['theme'], string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** The settings window: every setting, each saved as soon as it is changed and valid. */
export function SettingsScreen({ bridge }: { bridge: LimberBridge }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState('');
  const statuses = useSignalStatuses(bridge);
  const busyRun = useBusyRun(bridge);
  const applied = (next: Settings) => {
    setSettings(next);
    applyTheme(next.theme);
  };
  useEffect(() => {
    void bridge.settings().then(applied);
  }, [bridge]);
  const save: Save = async (patch) => {
    const result = await bridge.saveSettings(patch);
    if (result.ok) applied(result.settings);
    setNotice(result.ok ? 'Saved.' : `Not saved: ${result.errors.join('; ')}.`);
    return result;
  };

  if (!settings) return <main className="settings"><h1>Settings</h1><p>Loading…</p></main>;
  const props = { settings, save };
  return (
    <main className="settings">
      <h1>Settings</h1>
      <p className="hint">Choices are saved as you make them; a number when you leave its field or press Enter.</p>
      <p role="status" className="save-notice">{notice}</p>
      <PresetPicker {...props} />
      <BreakTimings {...props} />
      <Prompts {...props} />
      <Routines {...props} />
      <BusySection statuses={statuses} busyRun={busyRun} {...props} />
      <WatchingSection statuses={statuses} {...props} />
      <fieldset>
        <legend>Sound</legend>
        <Checkbox label="Play sounds" checked={settings.sound.enabled} onChange={(enabled) => save({ sound: { enabled } })} />
        <NumberField {...props} path="sound.volume" label="Volume" unit={UNITS.percent} />
      </fieldset>
      <WorkingHours {...props} />
      <fieldset>
        <legend>Back check-ins</legend>
        <Checkbox
          label="Ask how stiff my back feels before and after a routine" checked={settings.checkIns}
          about="This is optional, and your answers stay on this computer."
          onChange={(checkIns) => save({ checkIns })}
        />
      </fieldset>
      <fieldset>
        <legend>General</legend>
        <Checkbox label="Start Limber when I log in" checked={settings.startAtLogin} onChange={(startAtLogin) => save({ startAtLogin })} />
        <SelectField label="Theme" value={settings.theme} options={THEMES.map((theme) => [theme, THEME_NAMES[theme]] as const)} onChange={(theme) => save({ theme })} />
      </fieldset>
      <FileSection bridge={bridge} save={save} onApplied={applied} />
    </main>
  );
}
