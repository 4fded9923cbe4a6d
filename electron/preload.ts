// Preload (sandboxed, bundled as CommonJS): the only bridge between a Limber page and the main process.
// It exposes the contract's methods and nothing else: no ipcRenderer, no process, no Node.
import { contextBridge, ipcRenderer } from 'electron';
import type { LimberBridge } from './core/contract';
import { BRIDGE_METHODS, channelOf } from './core/ipc/channels';

const bridge = Object.fromEntries(
  BRIDGE_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args)]),
) as unknown as LimberBridge;

contextBridge.exposeInMainWorld('limber', bridge);
