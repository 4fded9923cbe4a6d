import { readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The processes that hold a matching file open, from /proc/<pid>/fd. Other users' processes and those that exit
 * while we look can't be read; they are passed over.
 */
export async function processesHolding(isWanted: (path: string) => boolean, procRoot = '/proc'): Promise<number[]> {
  const pids = (await readdir(procRoot)).filter((entry) => /^\d+$/.test(entry));
  const holders = await Promise.all(pids.map(async (pid) => {
    const fdDir = join(procRoot, pid, 'fd');
    const fds = await readdir(fdDir).catch(() => []);
    const targets = await Promise.all(fds.map((fd) => readlink(join(fdDir, fd)).catch(() => '')));
    return targets.some(isWanted) ? [Number(pid)] : [];
  }));
  return holders.flat();
}

export const isCamera = (path: string) => /^\/dev\/video\d+$/.test(path);
