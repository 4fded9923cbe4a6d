import type { Readable } from 'node:stream';

/** The first line a process prints, such as the address Xvfb or dbus-daemon was told to print. */
export async function firstLine(stream: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  const line = text.split('\n')[0]?.trim();
  if (!line) throw new Error('the process exited before printing its address');
  return line;
}
