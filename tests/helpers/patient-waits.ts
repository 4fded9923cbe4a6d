// Set up before every unit, browser and system test file: the waits that poll (Testing Library's findBy… and waitFor)
// get tens of seconds, as vi.waitFor and expect.poll get in each test. A page that loads a chunk or a bridge reply can
// take seconds on a loaded 2-core machine; these are limits, not measurements.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 30_000 });
}

export {};
