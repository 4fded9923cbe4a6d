import { describe, expect, it } from 'vitest';
import { breakKind, parseRoute, routeTitle } from '../../renderer/route';

describe('routes', () => {
  it('reads the path and its parameters from the hash', () => {
    const { path, params } = parseRoute('#/break?routine=quick-brace');
    expect([path, params.get('routine')]).toEqual(['/break', 'quick-brace']);
    expect(parseRoute('').path).toBe('/');
  });

  it('titles each window by what it shows', () => {
    expect(routeTitle('#/break?routine=lower-back-reset')).toBe('Lower-back reset: break – Limber');
    expect(routeTitle('#/break?routine=posture-reset')).toBe('Posture reset: break – Limber');
    expect(routeTitle('#/prompt?kind=long')).toBe('Time for a long break – Limber');
    expect(routeTitle('#/prompt?kind=micro')).toBe('Time for a micro break – Limber');
    expect(routeTitle('#/settings')).toBe('Settings – Limber');
    expect(routeTitle('#/stats')).toBe('Statistics – Limber');
    expect(routeTitle('#/welcome')).toBe('Welcome to Limber');
  });

  it('calls the preview home page, and a link to no such routine, plain "Limber"', () => {
    expect(routeTitle('')).toBe('Limber');
    expect(routeTitle('#/break?routine=no-such-routine')).toBe('Limber');
  });

  it('says "Break" for a break whose routine is named only once routines.json is read, and names the posture cue', () => {
    expect(routeTitle('#/break?routine=own-my-set')).toBe('Break – Limber');
    expect(routeTitle('#/break?routine=no-such-routine&kind=micro')).toBe('Break – Limber');
    expect(routeTitle('#/break?routine=posture-cue&kind=micro')).toBe('Sit tall: break – Limber');
    expect(routeTitle('#/break?routine=quick-brace&kind=long')).toBe('Quick brace: break – Limber');
  });

  it('reads the break a route is fitted to, if any', () => {
    expect(['#/break?routine=x&kind=micro', '#/break?routine=x&kind=long', '#/break?routine=x', '#/break?routine=x&kind=big']
      .map((hash) => breakKind(parseRoute(hash).params))).toEqual(['micro', 'long', null, null]);
  });
});
