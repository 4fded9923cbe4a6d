import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';

export const APP_SCHEME = 'limber';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2',
};

/** Must run before the app is ready: a standard, secure scheme gets an origin of its own, unlike file://. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true } }]);
}

/** The answer to a request that is refused: its status alone, which is what the network log shows. */
const refusal = (statusCode: number): Electron.ProtocolResponse => ({ statusCode, mimeType: 'text/plain', data: Buffer.alloc(0) });

async function answer(base: string, requestUrl: string): Promise<Electron.ProtocolResponse> {
  const url = new URL(requestUrl);
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  } catch {
    return refusal(400);
  }
  const file = resolve(base, `.${pathname}`);
  if (url.host !== 'app' || !file.startsWith(base + sep)) return refusal(403);
  try {
    const data = await readFile(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    return {
      statusCode: 200, data, mimeType: type.replace(/;.*$/, ''),
      headers: { 'content-type': type, 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
    };
  } catch {
    return refusal(404);
  }
}

/** The same answer as a web Response, for protocol.handle. */
const asResponse = ({ statusCode, data, headers, mimeType }: Electron.ProtocolResponse) =>
  new Response(Buffer.isBuffer(data) ? new Uint8Array(data) : null, {
    status: statusCode ?? 200,
    headers: { 'content-type': mimeType ?? 'application/octet-stream', ...(headers as Record<string, string> | undefined) },
  });

/**
 * Serves the built renderer from `root` with the CSP as a header; nothing outside `root` is reachable. A buffer
 * protocol where Electron still has one: protocol.handle wraps every request in a web Request and wants a web
 * Response, which loads Node's fetch implementation (undici) into the main process with the first window, 2.8 MB
 * held for good (measured in Electron 33.2.1, the runtime the tests run). Electron has deprecated the buffer
 * protocol, so protocol.handle serves the same answers once it is gone.
 */
export function serveRenderer(protocol: Pick<Protocol, 'registerBufferProtocol' | 'handle'>, root: string): void {
  const base = resolve(root);
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- on purpose, above; absent, the else branch runs.
  const registerBuffer = protocol.registerBufferProtocol as Protocol['registerBufferProtocol'] | undefined;
  if (registerBuffer) {
    registerBuffer.call(protocol, APP_SCHEME, (request, respond) => {
      answer(base, request.url).then(respond, () => { respond(refusal(500)); });
    });
  } else {
    protocol.handle(APP_SCHEME, async (request) => asResponse(await answer(base, request.url).catch(() => refusal(500))));
  }
}
