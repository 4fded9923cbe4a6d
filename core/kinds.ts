/** The two kinds of break: a micro break every so often, and now and then a long one. */
export type BreakKind = 'micro' | 'long';

export const BREAK_KINDS: readonly BreakKind[] = ['micro', 'long'];
