// The programs a test or a script starts (servers, desktop programs, their clients), stopped together at its end;
// as another user where `user` is given, for a session that won't run as root.
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import type { Readable } from 'node:stream';

/** The first line a program prints, or '' if it closes the stream first. */
async function firstLine(stream: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split('\n')[0]?.trim() ?? '';
}

/** How long a stopped program may take to exit on SIGTERM before it is killed. */
const KILL_AFTER_MS = 10_000;

export class Services {
  private readonly children: ChildProcess[] = [];

  constructor(private readonly user?: number) {}

  /** `command` as this group's user: through setpriv when it has one. */
  private asUser(command: string, args: readonly string[]): [string, string[]] {
    return this.user === undefined ? [command, [...args]]
      : ['setpriv', [`--reuid=${this.user}`, `--regid=${this.user}`, '--clear-groups', '--', command, ...args]];
  }

  start(command: string, args: readonly string[], env: NodeJS.ProcessEnv, stdio: StdioOptions = 'ignore'): ChildProcess {
    const child = spawn(...this.asUser(command, args), { env, stdio });
    this.children.push(child);
    return child;
  }

  /** Runs a program to its end: a tool that asks or tells a server something. */
  run(command: string, args: readonly string[], env: NodeJS.ProcessEnv, { input, timeoutMs }: { input?: string; timeoutMs?: number } = {}) {
    return spawnSync(...this.asUser(command, args), { env, encoding: 'utf8', input, timeout: timeoutMs });
  }

  /**
   * Starts a server that prints its address on `fd` (its stdout, or the descriptor it was told, as Xvfb's -displayfd),
   * and resolves that address; a server that exits first fails with what it said on stderr.
   */
  async startAddressed(command: string, args: readonly string[], env: NodeJS.ProcessEnv, fd: 1 | 3): Promise<string> {
    const child = this.start(command, args, env, fd === 1 ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'ignore', 'pipe', 'pipe']);
    let said = '';
    // Read to the end, so that the server never blocks on a full pipe; the last words are what tell.
    child.stderr?.on('data', (chunk) => { said = (said + String(chunk)).slice(-2000); });
    const address = await firstLine(child.stdio[fd] as Readable);
    if (!address) throw new Error(`${command} exited before printing its address: ${said.trim()}`);
    return address;
  }

  /** Stops one process, or all, newest first: clients before their servers; one that ignores SIGTERM gets SIGKILL. */
  async stop(only?: ChildProcess): Promise<void> {
    const running = (only ? [only] : [...this.children].reverse()).filter((child) => child.exitCode === null && child.signalCode === null);
    for (const child of running) {
      let stubborn: NodeJS.Timeout | undefined;
      // A program that ignores SIGTERM gets SIGKILL, and the wait ends then even if its exit is never reported.
      const killed = new Promise((done) => {
        stubborn = setTimeout(() => { child.kill('SIGKILL'); stubborn = setTimeout(done, KILL_AFTER_MS); }, KILL_AFTER_MS);
      });
      const exited = new Promise((done) => child.once('exit', done));
      child.kill();
      await Promise.race([exited, killed]);
      clearTimeout(stubborn);
    }
  }
}
