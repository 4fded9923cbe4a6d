// `npm run demo` as CI runs it: it exits 0, leaves a screenshot of each step that shows something, and takes its
// virtual desktop and home folder away again.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SHOTS } from '../../scripts/demo/walkthrough';
import { ROOT } from '../../scripts/package-linux';
import { whyNoRealElectron } from '../../harness/real-electron-tests';

const why = whyNoRealElectron();
if (why) console.warn(`npm run demo: real-Electron test SKIPPED: ${why}.`);

/** Width, height, the number of distinct colours and a signature of the pixels, as ImageMagick reads the PNG. */
function picture(file: string) {
  const result = spawnSync('identify', ['-format', '%w %h %k %#', file], { encoding: 'utf8' });
  const [width, height, colours, signature] = result.stdout.split(' ');
  return { size: `${String(width)}x${String(height)}`, colours: Number(colours), signature };
}

describe.skipIf(why !== null)('npm run demo', () => {
  it('walks through the first minutes on its own virtual desktop, saving a screenshot of each step, and tidies up', async () => {
    const out = mkdtempSync(join(tmpdir(), 'limber-demo-shots-'));
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'demo', '--', '--out', out], { cwd: ROOT, timeout: 9 * 60_000 })
      .catch((error: unknown) => { throw new Error(`npm run demo failed: ${String(error)}`); });
    expect(stdout).toMatch(/^Running the (packaged app|development build)/m);
    const pictures = SHOTS.map((name) => {
      expect(existsSync(join(out, name)), name).toBe(true);
      return picture(join(out, name));
    });
    for (const [index, shot] of pictures.entries()) {
      expect(shot.size, SHOTS[index]).toBe('1366x768');
      // A blank or background-only screen has a handful of colours; a window or a notification with text has hundreds.
      expect(shot.colours, SHOTS[index]).toBeGreaterThan(40);
      if (index > 0) expect(shot.signature, `${String(SHOTS[index])} is the same picture as the one before`).not.toBe(pictures[index - 1]?.signature);
    }
    const display = /^Virtual desktop on :(\d+)/m.exec(stdout)?.[1];
    expect(display).toBeDefined();
    const home = /fresh home folder (\S+)\.$/m.exec(stdout)?.[1];
    expect(existsSync(`/tmp/.X11-unix/X${String(display)}`)).toBe(false);
    expect(home && existsSync(home)).toBe(false);
  }, 10 * 60_000);
});
