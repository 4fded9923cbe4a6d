type Areas = Readonly<Record<string, Readonly<Record<string, string>>>>;
/** `{ tray: { away: … } }` as `{ 'tray.away': … }`. */
export type Joined<A extends Areas> = {
  readonly [K in { [Area in keyof A & string]: `${Area}.${keyof A[Area] & string}` }[keyof A & string]]: string;
};

/** One language's areas as one catalog, each key prefixed by the name of its area. */
export function joinAreas<A extends Areas>(areas: A): Joined<A> {
  return Object.fromEntries(Object.entries(areas).flatMap(([area, messages]) =>
    Object.entries(messages).map(([key, message]) => [`${area}.${key}`, message]))) as Joined<A>;
}
