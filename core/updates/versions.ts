/** Versions as Limber's releases number them: major.minor.patch, with an optional pre-release after a hyphen. */
const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

interface Parsed { core: [number, number, number]; pre: string[] }

function parse(version: string): Parsed | null {
  const match = VERSION.exec(version.trim());
  if (!match) return null;
  const [, major = '0', minor = '0', patch = '0', pre] = match;
  return { core: [Number(major), Number(minor), Number(patch)], pre: pre ? pre.split('.') : [] };
}

/** Semantic versioning's order of pre-release fields: numbers below words, numbers by value, words by code. */
function comparePre(a: string[], b: string[]): number {
  // A release comes after its pre-releases.
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x = '', y = ''] = [a[i], b[i]];
    if (x === y) continue;
    const [xn, yn] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (xn && yn) return Number(x) - Number(y);
    if (xn !== yn) return xn ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Whether `candidate` is a later version than `current`; false when either is not a version. */
export function isNewer(candidate: string, current: string): boolean {
  const [a, b] = [parse(candidate), parse(current)];
  if (!a || !b) return false;
  for (let i = 0; i < 3; i++) {
    const difference = (a.core[i] ?? 0) - (b.core[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return comparePre(a.pre, b.pre) > 0;
}
