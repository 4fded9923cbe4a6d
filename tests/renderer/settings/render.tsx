import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { LimberBridge } from '../../../core/contract';
import type { Settings } from '../../../core/settings/schema';
import { SettingsScreen } from '../../../renderer/settings/SettingsScreen';
import { recordingBridge } from '../../helpers/bridge';

/** The settings window on a recording bridge, once it has loaded. */
export async function renderSettings(settings?: Settings) {
  const recording = recordingBridge(settings ? { settings } : {});
  render(<SettingsScreen bridge={recording.bridge} />);
  await screen.findByRole('group', { name: 'Presets' });
  return recording;
}

/** Lets every pending save or import finish and render. */
export const settle = () => act(() => new Promise<void>((resolve) => { setTimeout(resolve, 0); }));

/** Shows the section (the tab panel) that holds `element`, by clicking its tab as a user would. */
export function showPanelOf(element: HTMLElement) {
  const panel = element.closest<HTMLElement>('[role="tabpanel"]');
  const tab = panel && document.getElementById(panel.getAttribute('aria-labelledby') ?? '');
  if (panel?.hidden && tab) fireEvent.click(tab);
}

/** The settings window on a recording bridge seeded with `seed`, and its group named `name` on screen, once settled. */
export async function renderSection(name: string, seed: Parameters<typeof recordingBridge>[0] = {}) {
  const recording = recordingBridge(seed);
  render(<SettingsScreen bridge={recording.bridge} />);
  showPanelOf(await screen.findByRole('group', { name, hidden: true }));
  await settle();
  return { ...recording, section: within(group(name)) };
}

/** The group (fieldset) named `name`, its section shown first if another one is. */
export const group = (name: string) => {
  showPanelOf(screen.getByRole('group', { name, hidden: true }));
  return screen.getByRole('group', { name });
};

export const textbox = (groupName: string, label: string) => within(group(groupName)).getByRole('textbox', { name: label });

/** The text of every element an input's aria-describedby names. */
export const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');

/** Holds every save's reply back until the returned function is called, as a slow main process would. */
export function holdSaves(bridge: LimberBridge): () => void {
  let reply: (value?: unknown) => void = () => undefined;
  const replied = new Promise((resolve) => { reply = resolve; });
  const save = bridge.saveSettings.bind(bridge);
  bridge.saveSettings = async (patch) => { await replied; return save(patch); };
  return () => { reply(); };
}
