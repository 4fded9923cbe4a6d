import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the main-process bundle', () => {
  it('builds with the start script\'s command and needs nothing at run time but electron and Node', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'limber-main-')), 'main.js');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; main: string };
    expect(pkg.main).toBe('dist/main/main.js');
    const command = (pkg.scripts['build:main'] ?? '').replace('--outfile=dist/main/main.js', `--outfile=${out}`);
    const [bin = '', ...args] = command.split(' ');
    await promisify(execFile)(join(ROOT, 'node_modules', '.bin', bin), args, { cwd: ROOT });
    const imports = [...readFileSync(out, 'utf8').matchAll(/(?:from\s*|import\(|require\()\s*"([^"]+)"/g)].map((m) => m[1]);
    const allowed = new Set(['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    expect(imports).toContain('electron');
    expect(imports.filter((name) => !allowed.has(name ?? ''))).toEqual([]);
  });
});
