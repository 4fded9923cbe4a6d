// A module hook for scripts that run the main process outside Electron: `electron` resolves to the test fake.
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return next(new URL('../tests/mocks/electron.ts', import.meta.url).href, context);
  return next(specifier, context);
}
