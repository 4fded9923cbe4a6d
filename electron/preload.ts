// Preload (sandboxed, bundled as CommonJS): the only bridge between a Limber page and the main process.
// It exposes the contract's methods and nothing else: no ipcRenderer, no process, no Node.
import { contextBridge, ipcRenderer } from 'electron';
import type { LimberBridge } from '../core/contract';
import { BRIDGE_METHODS, CHANGED_CHANNEL, channelOf, LANGUAGE_CHANNEL } from '../core/ipc/channels';

/** The listener hears that something changed, and nothing that came with it: the page asks for what it shows. */
const listenOn = (channel: string) => (listener: () => void) => {
  const heard = () => { listener(); };
  ipcRenderer.on(channel, heard);
  return () => { ipcRenderer.removeListener(channel, heard); };
};

const bridge = {
  ...Object.fromEntries(BRIDGE_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args)])),
  onChange: listenOn(CHANGED_CHANNEL),
  onLanguage: listenOn(LANGUAGE_CHANNEL),
} as unknown as LimberBridge;

contextBridge.exposeInMainWorld('limber', bridge);
