import { useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { LimberBridge } from '../../core/contract';
import { THEMES, type Settings } from '../../core/settings/schema';
import { screenTitle } from '../../core/shell/titles';
import { commonWords } from '../../core/words/common';
import { settingsWords } from '../../core/words/settings/window';
import { updatesWords } from '../../core/words/updates';
import { applyTheme } from '../theme';
import { useSpokenLanguage } from '../language';
import { BreakTimings, Prompts } from './BreakSections';
import { BusySection, useBusyRun, useSignalStatuses } from './BusySection';
import { useCloseGuard } from './close-guard';
import { Checkbox, SelectField } from './controls';
import { FileSection } from './FileSection';
import { NumberField } from './NumberField';
import type { Save } from './patch';
import { PresetPicker } from './PresetPicker';
import { RoutinesSection } from './routines/RoutinesSection';
import { RefusalsProvider, SECTIONS, SectionProvider, useRefusals, WarningIcon, type Section } from './refusals';
import { panelId, SectionNav, tabId } from './SectionNav';
import { ShortcutsSection } from './ShortcutsSection';
import { WatchingSection } from './WatchingSection';
import { WorkingHours } from './WorkingHours';
import { LanguageField } from './LanguageField';
import './settings.css';

type LastSave = { ok: true } | { ok: false; errors: string[] };

/** What the status says: everything on screen is saved (as it is on opening), or what is not. */
function statusText(refused: number, last: LastSave): string {
  if (refused > 0) return settingsWords.needFixing(refused);
  return last.ok ? settingsWords.saved : settingsWords.notSaved(last.errors);
}

/**
 * The settings window: every setting, each saved as soon as it is changed and valid, one section at a time. Every
 * section stays mounted while hidden, so a value typed there is kept, and counted while it is refused.
 */
export function SettingsScreen({ bridge }: { bridge: LimberBridge }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [lastSave, setLastSave] = useState<LastSave>({ ok: true });
  const [section, setSection] = useState<Section>('breaks');
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
  const language = useSpokenLanguage();
  useEffect(() => {
    if (loaded) document.title = settingsWords.windowTitle(settingsWords.sections[section], screenTitle('settings'));
  }, [loaded, section, language]);
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

  if (!settings) return <main className="settings"><h1>{settingsWords.title}</h1><p>{commonWords.loading}</p></main>;
  const props = { settings, save };
  const content: Record<Section, ReactNode> = {
    breaks: <><PresetPicker {...props} /><BreakTimings {...props} /><Prompts {...props} /></>,
    schedule: (
      <>
        <WorkingHours {...props} />
        <fieldset>
          <legend>{settingsWords.starting}</legend>
          <Checkbox label={commonWords.startAtLogin} checked={settings.startAtLogin} onChange={(startAtLogin) => save({ startAtLogin })} />
        </fieldset>
        <fieldset>
          <legend>{updatesWords.legend}</legend>
          <Checkbox
            label={updatesWords.check} checked={settings.updates.check} about={updatesWords.checkHint}
            onChange={(check) => save({ updates: { check } })}
          />
        </fieldset>
      </>
    ),
    calls: <><BusySection statuses={statuses} busyRun={busyRun} {...props} /><WatchingSection statuses={statuses} {...props} /></>,
    routines: (
      <>
        <RoutinesSection bridge={bridge} onApplied={applied} {...props} />
        <fieldset>
          <legend>{settingsWords.checkIns.title}</legend>
          <Checkbox
            label={settingsWords.checkIns.ask} checked={settings.checkIns} about={settingsWords.checkIns.about}
            onChange={(checkIns) => save({ checkIns })}
          />
        </fieldset>
      </>
    ),
    sounds: (
      <>
        <fieldset>
          <legend>{settingsWords.sound}</legend>
          <Checkbox label={settingsWords.playSounds} checked={settings.sound.enabled} onChange={(enabled) => save({ sound: { enabled } })} />
          <NumberField {...props} path="sound.volume" label={settingsWords.volume} unit="percent" />
        </fieldset>
        <fieldset>
          <legend>{settingsWords.look}</legend>
          <SelectField
            label={settingsWords.theme} value={settings.theme} options={THEMES.map((theme) => [theme, settingsWords.themes[theme]] as const)}
            onChange={(theme) => save({ theme })}
          />
          <LanguageField bridge={bridge} value={settings.language} save={save} />
        </fieldset>
      </>
    ),
    shortcuts: <ShortcutsSection bridge={bridge} {...props} />,
    files: <FileSection bridge={bridge} save={save} onApplied={applied} />,
  };
  const status = statusText(refusals.count, lastSave);
  return (
    <main className="settings settings-layout" ref={main}>
      <header className="settings-header">
        <h1>{settingsWords.title}</h1>
        <div className="settings-status">
          <p role="status" className={refusals.count > 0 ? 'save-notice refused' : 'save-notice'}>
            {refusals.count > 0 && <WarningIcon />}{status}
          </p>
          {refusals.count > 0 && <button type="button" onClick={goToFirstRefused}>{settingsWords.goToFirstRefused}</button>}
        </div>
        <p className="hint">{settingsWords.whenSaved}</p>
      </header>
      <SectionNav current={section} refusedIn={refusals.inSection} onSelect={setSection} />
      <RefusalsProvider value={refusals.report}>
        {SECTIONS.map((s) => (
          <section key={s} className="settings-panel" role="tabpanel" id={panelId(s)} aria-labelledby={tabId(s)} hidden={s !== section}>
            <h2>{settingsWords.sections[s]}</h2>
            <SectionProvider value={s}>{content[s]}</SectionProvider>
          </section>
        ))}
      </RefusalsProvider>
    </main>
  );
}
