// Whether the programs a test or a script starts are installed, and saying so when a suite is skipped for want of them.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const onPath = (program: string) => (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, program)));

export const missingPrograms = (programs: readonly string[]) => programs.filter((program) => !onPath(program));

/** Warns that `suite` is skipped when `missing` names anything, with the line that installs it; true when skipped. */
export function skippedFor(suite: string, missing: readonly string[], install: string): boolean {
  if (missing.length > 0) console.warn(`${suite} SKIPPED: no ${missing.join(', ')} (${install}).`);
  return missing.length > 0;
}
