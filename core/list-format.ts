/**
 * A list in `locale` ("a, b or c"), its Intl.ListFormat made on first use. Made when its module loads, it would read
 * ICU's data at every start of the main process (~2 MB held for as long as Limber runs), for words most starts never say.
 */
export function listFormat(locale: string, options: Intl.ListFormatOptions): (items: readonly string[]) => string {
  let format: Intl.ListFormat | undefined;
  return (items) => (format ??= new Intl.ListFormat(locale, options)).format(items);
}
