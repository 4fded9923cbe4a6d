import type { SaveResult } from '../../core/contract';
import type { NumberSetting, Settings } from '../../core/settings/schema';

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
/** What `bridge.saveSettings` takes: any part of the settings; a list replaces the one there. */
type SettingsPatch = DeepPartial<Settings>;
export type Save = (patch: SettingsPatch) => Promise<SaveResult>;

/** What every section of the settings window gets: the settings in force and the way to change them. */
export interface SectionProps { settings: Settings; save: Save }

/** `patchAt('snooze.minutes', 10)` → `{ snooze: { minutes: 10 } }`. */
export const patchAt = (path: NumberSetting, value: number): SettingsPatch =>
  path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as SettingsPatch;

export const numberAt = (settings: Settings, path: NumberSetting): number =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], settings) as number;
