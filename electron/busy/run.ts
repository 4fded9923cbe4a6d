import { execFile } from 'node:child_process';
import { win32 } from 'node:path';
import { signalsWords } from '../../core/words/signals';

/** A tool that never answers is killed after this, so no process outlives a read for long. */
const TOOL_TIMEOUT_MS = 3000;

/** What went wrong with a tool, in words for the settings; each tool's words say what it comes with (a Debian package, or the system itself). */
const words = signalsWords.why.tool;

/** A tool's name in messages, without its folder or `.exe`: `C:\Windows\System32\reg.exe` is reg. */
const toolName = (command: string) => win32.basename(command).replace(/\.exe$/i, '');

/** Runs a command-line tool once and resolves its output; rejects with what went wrong, in words for the settings. */
export function runTool(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const name = toolName(command);
  return new Promise((resolve, reject) => {
    execFile(command, args, { env, timeout: TOOL_TIMEOUT_MS, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) resolve(stdout);
      else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new Error(words.notInstalled(name, words.comesWith[name] ?? words.ownPackage(name))));
      } else if (error.killed) reject(new Error(words.silent(name, TOOL_TIMEOUT_MS / 1000)));
      else reject(new Error(words.failed(name, stderr.trim() || error.message)));
    });
  });
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Rejects when `pending` has not settled within `timeoutMs`. */
export async function withTimeout<T>(pending: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => { reject(new Error(`no answer in ${timeoutMs} ms`)); }, timeoutMs);
  });
  try {
    return await Promise.race([pending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
