import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// The project's own rule file, as `npm run lint` runs it on the source folders; the real tree is checked there.
describe('the circle rule (.dependency-cruiser.mjs)', () => {
  it('finds two modules that import each other, though both imports are type-only', async () => {
    const options = await extractDepcruiseOptions(`${ROOT}/.dependency-cruiser.mjs`);
    const { output } = await cruise(['tests/layers/fixtures/type-circle'], { ...options, baseDir: ROOT });
    if (typeof output === 'string') throw new TypeError('expected a cruise result, not a report');
    expect(output.summary.violations.map((v) => [v.rule.name, v.from, v.to])).toEqual(expect.arrayContaining([
      ['no-circular', 'tests/layers/fixtures/type-circle/egg.ts', 'tests/layers/fixtures/type-circle/hen.ts'],
    ]));
  });
});
