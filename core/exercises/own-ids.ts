/** Every own id starts so, and no library id does: a later Limber's new exercise can't take an own one's id. */
export const OWN_PREFIX = 'own-';

/** A kebab-case id for something the user named, not among `taken`: "Desk push-up" → own-desk-push-up, then -2, -3… */
export function ownId(name: string, taken: ReadonlySet<string>, fallback: 'routine' | 'exercise'): string {
  const slug = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  const base = `${OWN_PREFIX}${slug || fallback}`;
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
