// Preload (sandboxed, bundled as CommonJS): the only bridge between a Limber page and the main process.
// It exposes the contract's methods and nothing else: no ipcRenderer, no process, no Node.
import { contextBridge, ipcRenderer } from 'electron';
import type { LimberBridge } from '../core/contract';
import { BRIDGE_METHODS, CHANGED_CHANNEL, channelOf } from '../core/ipc/channels';

/** The listener hears that something changed, and nothing that came with it: the page asks for what it shows. */
const onChange = (listener: () => void) => {
  const heard = () => { listener(); };
  ipcRenderer.on(CHANGED_CHANNEL, heard);
  return () => { ipcRenderer.removeListener(CHANGED_CHANNEL, heard); };
};

const bridge = {
  ...Object.fromEntries(BRIDGE_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args)])),
  onChange,
} as unknown as LimberBridge;

contextBridge.exposeInMainWorld('limber', bridge);
