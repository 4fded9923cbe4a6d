import type { KeyboardEvent } from 'react';
import { settingsWords } from '../../core/words/settings/window';
import { SECTIONS, WarningIcon, type Section } from './refusals';

export const tabId = (section: Section) => `settings-tab-${SECTIONS.indexOf(section)}`;
export const panelId = (section: Section) => `settings-panel-${SECTIONS.indexOf(section)}`;

const KEY_STEPS: Record<string, (index: number) => number> = {
  ArrowDown: (index) => (index + 1) % SECTIONS.length,
  ArrowRight: (index) => (index + 1) % SECTIONS.length,
  ArrowUp: (index) => (index + SECTIONS.length - 1) % SECTIONS.length,
  ArrowLeft: (index) => (index + SECTIONS.length - 1) % SECTIONS.length,
  Home: () => 0,
  End: () => SECTIONS.length - 1,
};

interface Props {
  current: Section;
  /** How many refused values each section holds, named in its tab. */
  refusedIn: (section: Section) => number;
  onSelect: (section: Section) => void;
}

/** The settings sections as vertical tabs: arrow keys, Home and End move between them and show each at once. */
export function SectionNav({ current, refusedIn, onSelect }: Props) {
  const onKeyDown = (event: KeyboardEvent) => {
    const step = KEY_STEPS[event.key];
    if (!step) return;
    event.preventDefault();
    const next = SECTIONS[step(SECTIONS.indexOf(current))] ?? current;
    onSelect(next);
    document.getElementById(tabId(next))?.focus();
  };
  return (
    <div className="settings-nav" role="tablist" aria-orientation="vertical" aria-label={settingsWords.sectionsLabel} onKeyDown={onKeyDown}>
      {SECTIONS.map((section) => {
        const refused = refusedIn(section);
        const name = settingsWords.sections[section];
        return (
          <button
            key={section} type="button" role="tab" id={tabId(section)} aria-controls={panelId(section)}
            aria-selected={section === current} tabIndex={section === current ? 0 : -1}
            aria-label={refused > 0 ? settingsWords.sectionNotSaved(name, refused) : undefined}
            onClick={() => { onSelect(section); }}
          >
            {name}
            {refused > 0 && <WarningIcon />}
          </button>
        );
      })}
    </div>
  );
}
