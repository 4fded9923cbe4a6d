import { act, render, screen, within } from '@testing-library/react';
import type { LimberBridge } from '../../../electron/core/contract';
import type { Settings } from '../../../electron/core/settings/schema';
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

/** The settings window on a recording bridge seeded with `seed`, and its section named `name`, once settled. */
export async function renderSection(name: string, seed: Parameters<typeof recordingBridge>[0] = {}) {
  const recording = recordingBridge(seed);
  render(<SettingsScreen bridge={recording.bridge} />);
  const section = within(await screen.findByRole('group', { name }));
  await settle();
  return { ...recording, section };
}

export const group = (name: string) => screen.getByRole('group', { name });

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
