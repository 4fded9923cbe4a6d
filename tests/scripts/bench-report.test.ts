// bench:electron's run-to-run range: the rounds drawn again with replacement, with a fixed seed.
import { expect, it } from 'vitest';
import { median, runToRun } from '../../scripts/bench-electron/report';

const medianOf = (drawn: readonly number[]) => median(drawn);

it('gives no range from one round, and none wider than the rounds themselves', () => {
  expect(runToRun([5], medianOf)).toBeNull();
  expect(runToRun([7, 7, 7, 7], medianOf)).toEqual([7, 7]);
  const rounds = [-33, 47, 5, 12, -10, 20, 31, 2, 8];
  const [low, high] = runToRun(rounds, medianOf) ?? [NaN, NaN];
  expect(low).toBeGreaterThanOrEqual(Math.min(...rounds));
  expect(high).toBeLessThanOrEqual(Math.max(...rounds));
  expect(low).toBeLessThanOrEqual(median(rounds));
  expect(high).toBeGreaterThanOrEqual(median(rounds));
  expect(high - low).toBeGreaterThan(0);
});

it('comes out the same from the same rounds, and narrower from more of them', () => {
  const spread = [10, 40, 25, 5, 35, 15, 30, 20, 45];
  expect(runToRun(spread, medianOf)).toEqual(runToRun(spread, medianOf));
  const [low = 0, high = 0] = runToRun(spread, medianOf) ?? [];
  const [manyLow = 0, manyHigh = 0] = runToRun([...spread, ...spread, ...spread, ...spread], medianOf) ?? [];
  expect(manyHigh - manyLow).toBeLessThan(high - low);
});
