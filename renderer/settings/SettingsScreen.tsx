import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { LimberBridge } from '../../core/contract';
import { THEMES, type Settings } from '../../core/settings/schema';
import { screenTitle } from '../../core/shell/titles';
import { applyTheme } from '../theme';
import { BreakTimings, Prompts, Routines } from './BreakSections';
import { BusySection, useBusyRun, useSignalStatuses } from './BusySection';
import { useCloseGuard } from './close-guard';
import { Checkbox, SelectField } from './controls';
import { FileSection } from './FileSection';
import { NumberField } from './NumberField';
import type { Save } from './patch';
import { PresetPicker } from './PresetPicker';
import { fieldCount, RefusalsProvider, SECTIONS, SectionProvider, useRefusals, WarningIcon, type Section } from './refusals';
import { panelId, SectionNav, tabId } from './SectionNav';
import { UNITS } from './validate';
import { WatchingSection } from './WatchingSection';
import { WorkingHours } from './WorkingHours';
import './settings.css';

const THEME_NAMES: Record<Settings['theme'], string> = { system: 'System', light: 'Light', dark: 'Dark' };

type LastSave = { ok: true } | { ok: false; errors: string[] };

/** What the status says: everything on screen is saved (as it is on opening), or what is not. */
function statusText(refused: number, last: LastSave): string {
  if (refused > 0) return `Not saved: ${fieldCount(refused)} ${refused === 1 ? 'needs' : 'need'} fixing.`;
  return last.ok ? 'Saved.' : `Not saved: ${last.errors.join('; ')}.`;
}

/**
 * The settings window: every setting, each saved as soon as it is changed and valid, one section at a time. Every
 * section stays mounted while hidden, so a value typed there is kept, and counted while it is refused.
 */
export function SettingsScreen({ bridge }: { bridge: LimberBridge }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [lastSave, setLastSave] = useState<LastSave>({ ok: true });
  const [section, setSection] = useState<Section>('Breaks');
  const refusals = useRefusals();
  const main = useRef<HTMLElement>(null);
  const statuses = useSignalStatuses(bridge);
  const busyRun = useBusyRun(bridge);
  const applied = (next: Settings) => {
    setSettings(next);
    applyTheme(next.theme);
  };
  useEffect(() => {
    void bridge.settings().then(applied);
  }, [bridge]);
  const loaded = settings !== null;
  useEffect(() => {
    if (loaded) document.title = `${section} – ${screenTitle('settings')}`;
  }, [loaded, section]);
  useCloseGuard(refusals.count);
  const save: Save = async (patch) => {
    const result = await bridge.saveSettings(patch);
    if (result.ok) applied(result.settings);
    setLastSave(result.ok ? { ok: true } : { ok: false, errors: result.errors });
    return result;
  };
  const goToFirstRefused = () => {
    const first = main.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const holder = SECTIONS.find((s) => first?.closest('[role="tabpanel"]')?.id === panelId(s));
    if (!first || !holder) return;
    flushSync(() => { setSection(holder); });
    first.focus();
  };

  if (!settings) return <main className="settings"><h1>Settings</h1><p>Loading…</p></main>;
  const props = { settings, save };
  const content: Record<Section, ReactNode> = {
    Breaks: <><PresetPicker {...props} /><BreakTimings {...props} /><Prompts {...props} /></>,
    Schedule: (
      <>
        <WorkingHours {...props} />
        <fieldset>
          <legend>Starting</legend>
          <Checkbox label="Start Limber when I log in" checked={settings.startAtLogin} onChange={(startAtLogin) => save({ startAtLogin })} />
        </fieldset>
      </>
    ),
    'Calls and watching': <><BusySection statuses={statuses} busyRun={busyRun} {...props} /><WatchingSection statuses={statuses} {...props} /></>,
    Routines: (
      <>
        <Routines {...props} />
        <fieldset>
          <legend>Stiffness check-ins</legend>
          <Checkbox
            label="Ask how stiff I feel before and after a long break" checked={settings.checkIns}
            about="About the area its routine works: neck, shoulders, back or hips. This is optional, and your answers stay on this computer."
            onChange={(checkIns) => save({ checkIns })}
          />
        </fieldset>
      </>
    ),
    'Sounds and look': (
      <>
        <fieldset>
          <legend>Sound</legend>
          <Checkbox label="Play sounds" checked={settings.sound.enabled} onChange={(enabled) => save({ sound: { enabled } })} />
          <NumberField {...props} path="sound.volume" label="Volume" unit={UNITS.percent} />
        </fieldset>
        <fieldset>
          <legend>Look</legend>
          <SelectField label="Theme" value={settings.theme} options={THEMES.map((theme) => [theme, THEME_NAMES[theme]] as const)} onChange={(theme) => save({ theme })} />
        </fieldset>
      </>
    ),
    Files: <FileSection bridge={bridge} save={save} onApplied={applied} />,
  };
  const status = statusText(refusals.count, lastSave);
  return (
    <main className="settings settings-layout" ref={main}>
      <header className="settings-header">
        <h1>Settings</h1>
        <div className="settings-status">
          <p role="status" className={refusals.count > 0 ? 'save-notice refused' : 'save-notice'}>
            {refusals.count > 0 && <WarningIcon />}{status}
          </p>
          {refusals.count > 0 && <button type="button" onClick={goToFirstRefused}>Go to the first field to fix</button>}
        </div>
        <p className="hint">Choices are saved as you make them; a number when you leave its field or press Enter.</p>
      </header>
      <SectionNav current={section} refusedIn={refusals.inSection} onSelect={setSection} />
      <RefusalsProvider value={refusals.report}>
        {SECTIONS.map((s) => (
          <section key={s} className="settings-panel" role="tabpanel" id={panelId(s)} aria-labelledby={tabId(s)} hidden={s !== section}>
            <h2>{s}</h2>
            <SectionProvider value={s}>{content[s]}</SectionProvider>
          </section>
        ))}
      </RefusalsProvider>
    </main>
  );
}
