import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextOffer, type UpdateOffer, type UpdateReport } from '../../../core/updates/offer';
import { withUpdateEntry, withUpdateProgress } from '../../../core/updates/tray';
import { MAX_NOTES_CHARS, MAX_VERSION_CHARS } from '../../../core/updates/schedule';
import { isNewer } from '../../../core/updates/versions';
import type { MenuEntry } from '../../../core/shell/status';

const CURRENT = '1.2.0';
// Few versions, so that random reports often name the version on offer: older, the same, newer, and not one.
const version = fc.constantFrom('1.1.9', '1.2.0', '1.2.1', '1.3.0-beta.1', 'nonsense');
const report: fc.Arbitrary<UpdateReport> = fc.oneof(
  fc.record({ report: fc.constant('available' as const), version, notes: fc.constantFrom('', 'Fixes.') }),
  fc.constant({ report: 'up-to-date' as const }),
  fc.constant({ report: 'download-started' as const }),
  fc.record({ report: fc.constant('progress' as const), percent: fc.oneof(fc.double({ min: -10, max: 120 }), fc.constant(Number.NaN)) }),
  fc.record({ report: fc.constant('downloaded' as const), version }),
  fc.record({ report: fc.constant('failed' as const), reason: fc.constant('It failed.') }),
);
const follow = (reports: UpdateReport[]) => reports.reduce<UpdateOffer | null>((offer, r) => nextOffer(offer, r, CURRENT, isNewer), null);

describe('the update on offer', () => {
  it('is only ever a newer version, downloads only after a start, and counts 0-100 while it does', () => {
    fc.assert(fc.property(fc.array(report, { maxLength: 30 }), (reports) => {
      let offer: UpdateOffer | null = null;
      for (const r of reports) {
        const before: UpdateOffer | null = offer;
        offer = nextOffer(offer, r, CURRENT, isNewer);
        if (!offer) continue;
        expect(isNewer(offer.version, CURRENT)).toBe(true);
        if (offer.state === 'downloading') {
          expect(before?.state === 'downloading' || r.report === 'download-started').toBe(true);
          expect(offer.percent).toBeGreaterThanOrEqual(0);
          expect(offer.percent).toBeLessThanOrEqual(100);
        }
        if (offer.state === 'downloaded') expect(before?.state === 'downloaded' || r.report === 'downloaded').toBe(true);
        // What is downloaded installs at quit: nothing after changes the offer that names it.
        if (before?.state === 'downloaded') expect(offer).toBe(before);
        if (before?.state === 'downloading') expect(offer.version).toBe(before.version);
      }
    }), { numRuns: 500 });
  });

  it('goes back on offer with its reason when a download fails, and a downloaded one stays through a check', () => {
    const found: UpdateReport = { report: 'available', version: '1.3.0', notes: 'Fixes.' };
    expect(follow([found, { report: 'download-started' }, { report: 'progress', percent: 42 }, { report: 'failed', reason: 'No network.' }]))
      .toEqual({ version: '1.3.0', notes: 'Fixes.', state: 'available', percent: null, problem: 'No network.' });
    const downloaded = follow([found, { report: 'download-started' }, { report: 'downloaded', version: '1.3.0' }]);
    expect(downloaded?.state).toBe('downloaded');
    expect(nextOffer(downloaded, { report: 'up-to-date' }, CURRENT, isNewer)).toBe(downloaded);
    expect(follow([found, { report: 'up-to-date' }])).toBeNull();
    expect(follow([found, { report: 'failed', reason: 'Offline.' }])?.problem).toBeNull();
  });

  it('keeps a download under way when a check meanwhile finds another version, or none', () => {
    const downloading = follow([{ report: 'available', version: '1.3.0', notes: '' }, { report: 'download-started' }, { report: 'progress', percent: 30 }]);
    expect(nextOffer(downloading, { report: 'available', version: '1.4.0', notes: 'Later.' }, CURRENT, isNewer)).toBe(downloading);
    expect(nextOffer(downloading, { report: 'up-to-date' }, CURRENT, isNewer)).toBe(downloading);
    expect(nextOffer(downloading, { report: 'downloaded', version: '1.4.0' }, CURRENT, isNewer)).toBe(downloading);
  });

  it('cuts notes to what the state file keeps, and offers no version longer than one can be', () => {
    const notes = 'n'.repeat(MAX_NOTES_CHARS + 10);
    expect(follow([{ report: 'available', version: '1.3.0', notes }])?.notes).toHaveLength(MAX_NOTES_CHARS);
    expect(follow([{ report: 'available', version: `1.3.0-${'a'.repeat(MAX_VERSION_CHARS)}`, notes: '' }])).toBeNull();
  });
});

describe('the tray with an update', () => {
  const menu: MenuEntry[] = [{ label: 'Sitting', enabled: false }, 'separator', { label: 'Settings', run: { do: 'open', window: 'settings' } }, { label: 'Quit', run: { do: 'quit' } }];
  const offer = (state: UpdateOffer['state'], percent: number | null = null): UpdateOffer => ({ version: '1.3.0', notes: '', state, percent, problem: null });

  it('offers it before Settings, and says when it is ready to install', () => {
    expect(withUpdateEntry(menu, null)).toBe(menu);
    expect(withUpdateEntry(menu, offer('available')).map((entry) => (entry === 'separator' ? '-' : entry.label)))
      .toEqual(['Sitting', '-', 'Update to Limber 1.3.0…', 'Settings', 'Quit']);
    expect(withUpdateEntry(menu, offer('available'))[2]).toMatchObject({ run: { do: 'open', window: 'update' } });
    expect(withUpdateEntry(menu, offer('downloaded'))[2]).toMatchObject({ label: 'Restart to update to Limber 1.3.0…' });
  });

  it('counts a download in the tooltip, and only then', () => {
    expect(withUpdateProgress('Sitting 12 min', offer('downloading', 42.7))).toBe('Sitting 12 min\nDownloading Limber 1.3.0: 42%');
    expect(withUpdateProgress('Sitting 12 min', offer('available'))).toBe('Sitting 12 min');
    expect(withUpdateProgress('Sitting 12 min', null)).toBe('Sitting 12 min');
  });
});
