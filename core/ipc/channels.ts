import type { LimberBridge } from '../contract';

// Kept free of zod: the sandboxed preload bundles this file and nothing heavier.
/** The methods a page calls; main speaks first only through onChange (CHANGED_CHANNEL) and onLanguage (LANGUAGE_CHANNEL). */
export type BridgeMethod = Exclude<keyof LimberBridge, 'onChange' | 'onLanguage'>;
export type BridgeCalls = Pick<LimberBridge, BridgeMethod>;

const METHODS = {
  status: true, act: true, startBreak: true, recordRoutine: true, offerRoutine: true,
  settings: true, saveSettings: true, importSettings: true, exportFile: true,
  routines: true, saveRoutines: true, bringBack: true, importRoutine: true, exportRoutine: true,
  history: true, recordCheckIn: true, takeGuidance: true, fitWindow: true, whenShown: true,
  busySignals: true,
  shortcuts: true,
  holdShortcuts: true,
  update: true,
  updateStep: true,
  language: true,
} satisfies Record<BridgeMethod, true>;

/** Every bridge method; the `satisfies` above fails to compile when the contract gains one not listed. */
export const BRIDGE_METHODS = Object.keys(METHODS) as BridgeMethod[];

export const channelOf = (method: BridgeMethod): `limber:${BridgeMethod}` => `limber:${method}`;

export type BridgeArgs<M extends BridgeMethod> = Parameters<LimberBridge[M]>;

/** Main's word to the open statistics or update window that what it shows has changed; it carries nothing else. */
export const CHANGED_CHANNEL = 'limber:changed';
/** Main's word to every open window that the language has changed; the page asks which it is now. */
export const LANGUAGE_CHANNEL = 'limber:language';
