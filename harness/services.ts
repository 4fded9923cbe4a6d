// Real services started by a system test and stopped at its end: X servers, D-Bus, sound servers and their clients.
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Readable } from 'node:stream';
import { firstLine } from '../tests/helpers/streams';

export const missingTools = (tools: string[]) =>
  tools.filter((tool) => !(process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, tool))));

export class Services {
  private readonly children: ChildProcess[] = [];

  start(command: string, args: string[], env: NodeJS.ProcessEnv, stdio: StdioOptions = 'ignore'): ChildProcess {
    const child = spawn(command, args, { env, stdio });
    this.children.push(child);
    return child;
  }

  /** A private X server; resolves its display name. */
  async xvfb(): Promise<string> {
    const xvfb = this.start('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp'], process.env, ['ignore', 'ignore', 'ignore', 'pipe']);
    return `:${await firstLine(xvfb.stdio[3] as Readable)}`;
  }

  /** A private D-Bus session bus; resolves its address. */
  async dbus(env: NodeJS.ProcessEnv = process.env): Promise<string> {
    const dbus = this.start('dbus-daemon', ['--session', '--nofork', '--print-address=1'], env, ['ignore', 'pipe', 'ignore']);
    return firstLine(dbus.stdout as Readable);
  }

  /** Stops one process, or all, newest first: clients before their servers. */
  async stop(only?: ChildProcess): Promise<void> {
    const running = (only ? [only] : [...this.children].reverse()).filter((child) => child.exitCode === null && child.signalCode === null);
    for (const child of running) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill();
      await exited;
    }
  }
}
