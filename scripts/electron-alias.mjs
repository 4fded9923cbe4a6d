// A module hook for scripts that run the main process outside Electron: `electron` resolves to the test fake.
/**
 * @param {string} specifier
 * @param {object} context
 * @param {(specifier: string, context: object) => Promise<unknown>} next
 */
export function resolve(specifier, context, next) {
  return next(specifier === 'electron' ? new URL('../harness/fake-electron.ts', import.meta.url).href : specifier, context);
}
