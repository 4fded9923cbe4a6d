import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNewer } from '../../../core/updates/versions';

describe('which version is newer', () => {
  it('orders releases by number, and a release after its pre-releases', () => {
    const ordered = ['0.9.9', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.0.1', '1.2.0', '1.10.0', '2.0.0'];
    ordered.forEach((version, i) => {
      for (const earlier of ordered.slice(0, i)) {
        expect(isNewer(version, earlier), `${version} > ${earlier}`).toBe(true);
        expect(isNewer(earlier, version), `${earlier} < ${version}`).toBe(false);
      }
      expect(isNewer(version, version)).toBe(false);
    });
  });

  it('never calls anything that is not a version newer, nor newer than one', () => {
    for (const odd of ['', 'latest', '1.2', '1.2.3.4', '01.2.x', '1.2.3-', 'v']) {
      expect(isNewer(odd, '0.1.0'), odd).toBe(false);
      expect(isNewer('9.9.9', odd), odd).toBe(false);
    }
    expect(isNewer('v1.2.0', '1.1.9')).toBe(true);
    expect(isNewer('1.2.0+build.5', '1.2.0')).toBe(false);
  });

  it('is an order: never both ways, and passed along', () => {
    const version = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20), fc.option(fc.constantFrom('alpha', 'beta.1', 'beta.2', 'rc.1', '1'), { nil: undefined }))
      .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre}` : ''}`);
    fc.assert(fc.property(version, version, version, (a, b, c) => {
      expect(isNewer(a, b) && isNewer(b, a)).toBe(false);
      if (isNewer(a, b) && isNewer(b, c)) expect(isNewer(a, c)).toBe(true);
    }), { numRuns: 500 });
  });
});
