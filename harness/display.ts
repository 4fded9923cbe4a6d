// A virtual display: Xvfb, or Xorg's dummy driver for several monitors (Xvfb's one screen can't be split).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onPath } from './programs';
import type { Services } from './services';

export interface Rect { x: number; y: number; width: number; height: number }

export interface DisplayShape {
  width?: number;
  height?: number;
  /** 120 is the desktop's text scaled to 125%. */
  dpi?: number;
  /** Monitors side by side from the left, each a size Xorg's dummy driver lists, such as 1600x900 or 1280x1024. */
  monitors?: { width: number; height: number }[];
}

export interface Display {
  /** The DISPLAY to give X programs. */
  name: string;
  screen: { width: number; height: number };
  /** The monitors side by side from the left, the first one primary; one covering the screen without `monitors`. */
  monitors: Rect[];
}

/** Xorg's dummy driver has sixteen virtual outputs, each a RandR monitor. */
const DUMMY_DRIVER = '/usr/lib/xorg/modules/drivers/dummy_drv.so';
export const missingMonitorPrograms = () => (onPath('Xorg') && existsSync(DUMMY_DRIVER) ? [] : ['Xorg and its dummy driver']);

const dummyConfig = (width: number, height: number) => `
Section "ServerFlags"
  Option "AutoAddDevices" "false"
EndSection
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 256000
EndSection
Section "Monitor"
  Identifier "monitor"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "monitor"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual ${width} ${height}
  EndSubSection
EndSection
`;

/** Starts a display of `width`×`height`, or of `monitors` side by side, among `services`. */
export async function startDisplay(services: Services, { width: oneWidth = 1366, height: oneHeight = 768, dpi = 96, monitors: sizes }: DisplayShape = {}): Promise<Display> {
  const monitors = (sizes ?? [{ width: oneWidth, height: oneHeight }]).reduce<Rect[]>(
    (placed, size) => [...placed, { x: placed.reduce((right, m) => right + m.width, 0), y: 0, ...size }], []);
  const screen = { width: monitors.reduce((sum, m) => sum + m.width, 0), height: Math.max(...monitors.map((m) => m.height)) };
  if (!sizes) {
    const number = await services.startAddressed('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', `${screen.width}x${screen.height}x24`, '-dpi', String(dpi)], process.env, 3);
    return { name: `:${number}`, screen, monitors };
  }
  const dir = mkdtempSync(join(tmpdir(), 'limber-xorg-'));
  writeFileSync(join(dir, 'xorg.conf'), dummyConfig(screen.width, screen.height));
  const number = await services.startAddressed('Xorg', ['-displayfd', '3', '-config', join(dir, 'xorg.conf'), '-noreset', '-nolisten', 'tcp', '-logfile', join(dir, 'xorg.log'), '-dpi', String(dpi)], process.env, 3);
  const name = `:${number}`;
  const xrandr = (...args: string[]) => {
    const result = services.run('xrandr', args, { ...process.env, DISPLAY: name });
    if (result.status !== 0) throw new Error(`xrandr ${args.join(' ')}: ${result.stderr}`);
  };
  monitors.forEach((monitor, index) => {
    const output = `DUMMY${String(index)}`;
    const mode = `${String(monitor.width)}x${String(monitor.height)}`;
    if (index > 0) xrandr('--addmode', output, mode);
    xrandr('--output', output, '--mode', mode, '--pos', `${String(monitor.x)}x0`, ...(index === 0 ? ['--primary'] : []));
  });
  xrandr('--fb', `${String(screen.width)}x${String(screen.height)}`);
  return { name, screen, monitors };
}
