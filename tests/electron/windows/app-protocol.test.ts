import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAppScheme, serveRenderer } from '../../../electron/windows/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../core/csp';
import { fake, protocol } from '../../../harness/fake-electron';

let top: string;
interface Answer { status: number; headers: Record<string, string>; mimeType: string; text: string }

/** Asks the buffer protocol for `url` as Chromium does. */
const viaBuffer = (url: string) => {
  const handler = fake.protocols.get('limber');
  if (!handler) throw new Error('limber: is not served');
  return new Promise<Answer>((resolve, reject) => {
    handler({ url, method: 'GET', referrer: '', headers: {} }, (response) => {
      if (Buffer.isBuffer(response)) {
        reject(new Error('a bare buffer, with no status or headers'));
        return;
      }
      const headers = Object.fromEntries(Object.entries(response.headers ?? {}).map(([name, value]) => [name, String(value)]));
      const { data } = response;
      resolve({ status: response.statusCode ?? 200, headers, mimeType: response.mimeType ?? '', text: Buffer.isBuffer(data) ? data.toString('utf8') : '' });
    });
  });
};

/** Asks protocol.handle's handler for `url`, as a later Electron without the buffer protocol would. */
const viaHandle = async (url: string): Promise<Answer> => {
  const handler = fake.handled.get('limber');
  if (!handler) throw new Error('limber: is not handled');
  const response = await handler(new Request(url));
  const headers = Object.fromEntries(response.headers);
  return { status: response.status, headers, mimeType: (headers['content-type'] ?? '').replace(/;.*$/, ''), text: await response.text() };
};

// Real files: the built renderer in one folder, and a secret beside it that must stay out of reach.
beforeAll(() => {
  fake.reset();
  // The scheme is registered as Limber starts, before Electron is ready.
  fake.startsNow();
  top = mkdtempSync(join(tmpdir(), 'limber-protocol-'));
  mkdirSync(join(top, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(top, 'renderer', 'index.html'), '<!doctype html><title>Limber</title>');
  writeFileSync(join(top, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  mkdirSync(join(top, 'renderer-evil'));
  writeFileSync(join(top, 'renderer-evil', 'x.js'), 'stolen');
  writeFileSync(join(top, 'secret.json'), '{"token": 1}');
  registerAppScheme(protocol);
  serveRenderer(protocol, join(top, 'renderer'));
  serveRenderer({ handle: protocol.handle } as Parameters<typeof serveRenderer>[0], join(top, 'renderer'));
});
afterAll(() => { rmSync(top, { recursive: true, force: true }); });

it('makes limber:// a standard, secure scheme', () => {
  expect(fake.privilegedSchemes).toEqual([{ scheme: 'limber', privileges: { standard: true, secure: true } }]);
});

describe.each([['a buffer protocol', viaBuffer], ['protocol.handle, in an Electron without buffer protocols', viaHandle]])('the limber:// app protocol served by %s', (_how, get) => {
  it('serves the renderer with its type, the CSP and nosniff', async () => {
    for (const [url, type] of [['limber://app/', 'text/html'], ['limber://app/index.html', 'text/html'], ['limber://app/assets/app.js', 'text/javascript']] as const) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.mimeType).toBe(type);
      expect(response.headers['content-type']).toMatch(new RegExp(`^${type}`));
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    expect((await get('limber://app/assets/app.js')).text).toBe('console.log(1)');
  });

  it.each([
    ['limber://app/..%2Fsecret.json', 403],
    // The URL parser itself folds %2E%2E into .. and drops it, so this asks for renderer/secret.json.
    ['limber://app/%2E%2E/secret.json', 404],
    ['limber://app/..%5Csecret.json', 404],
    ['limber://app/..%2Frenderer-evil/x.js', 403],
    ['limber://other/index.html', 403],
    ['limber://app/missing.js', 404],
    ['limber://app/%E0%A4%A', 400],
  ])('refuses %s with %i', async (url, status) => {
    const response = await get(url);
    expect(response.status).toBe(status);
    expect(response.text).not.toMatch(/token|stolen/);
  });
});

it('writes the same policy into the built page that it sends as a header', async () => {
  const { readFile } = await import('node:fs/promises');
  const html = await readFile(join(import.meta.dirname, '..', '..', '..', 'renderer', 'index.html'), 'utf8');
  expect(html).toContain('content="%LIMBER_CSP%"');
  expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline)/);
  expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'/);
});
