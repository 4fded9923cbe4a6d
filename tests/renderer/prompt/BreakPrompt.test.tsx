// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LimberBridge } from '../../../core/contract';
import type { AfterHold } from '../../../core/engine/snapshot';
import { POSTURE_CUE } from '../../../core/exercises/fit';
import type { OwnContent } from '../../../core/exercises/own';
import { BreakPrompt } from '../../../renderer/prompt/BreakPrompt';
import { recordingBridge } from '../../helpers/bridge';

afterEach(cleanup);

describe('BreakPrompt', () => {
  it('offers Start, Snooze with the snoozes left, and Skip', async () => {
    const { bridge, calls } = recordingBridge();
    render(<BreakPrompt kind="long" bridge={bridge} />);
    expect(await screen.findByRole('heading', { name: 'Time for a long break' })).toBeTruthy();
    expect(screen.getByText(/sitting for 47 minutes. Up next: Lower-back reset/)).toBeTruthy();
    screen.getByRole('button', { name: 'Snooze 5 min (2 left)' }).click();
    screen.getByRole('button', { name: 'Skip' }).click();
    expect(calls.actions).toEqual([{ action: 'snooze' }, { action: 'skip' }]);
    screen.getByRole('button', { name: 'Start' }).click();
    expect(calls.started).toEqual(['lower-back-reset']);
  });

  it('names the routine Limber offers, and the sitting time as of the moment its window appears', async () => {
    let appear = () => undefined as unknown;
    const { bridge } = recordingBridge({ shown: new Promise((resolve) => { appear = resolve; }) });
    let minutes = 44;
    const asked: string[] = [];
    const loadedEarly: LimberBridge = {
      ...bridge,
      status: async () => {
        const status = await bridge.status();
        return { ...status, snapshot: { ...status.snapshot, sittingSeconds: minutes * 60 } };
      },
      offerRoutine: (kind) => { asked.push(kind); return bridge.offerRoutine(kind); },
    };
    render(<BreakPrompt kind="long" offered="unwind" bridge={loadedEarly} />);
    expect(await screen.findByText(/sitting for 44 minutes. Up next: Unwind/)).toBeTruthy();
    minutes = 45;
    appear();
    expect(await screen.findByText(/sitting for 45 minutes. Up next: Unwind/)).toBeTruthy();
    expect(asked).toEqual([]);
  });

  it('names an own routine from the user\'s routines, and the posture cue by its words', async () => {
    const own: OwnContent = {
      exercises: [], leftOut: [],
      routines: [{ id: 'own-my-set', own: true, name: 'My set', forKinds: ['long'], exerciseIds: ['abdominal-bracing'] }],
    };
    const { bridge, calls } = recordingBridge({ own });
    render(<BreakPrompt kind="long" offered="own-my-set" bridge={bridge} />);
    expect(await screen.findByText(/Up next: My set\./)).toBeTruthy();
    screen.getByRole('button', { name: 'Start' }).click();
    expect(calls.started).toEqual(['own-my-set']);
    cleanup();
    render(<BreakPrompt kind="micro" offered={POSTURE_CUE} bridge={bridge} />);
    expect(await screen.findByText(/Up next: Sit tall\./)).toBeTruthy();
  });

  it('asks for the next in turn when the routine it was given is gone', async () => {
    render(<BreakPrompt kind="long" offered="own-deleted" bridge={recordingBridge().bridge} />);
    expect(await screen.findByText(/Up next: Lower-back reset\./)).toBeTruthy();
  });

  it('says why a break that was held comes late, as its notification does', async () => {
    const { snapshot } = await recordingBridge().bridge.status();
    const late = (afterHold: AfterHold) => recordingBridge({ status: { snapshot: { ...snapshot, pending: { kind: 'long', phase: 'due', afterHold } } } }).bridge;
    render(<BreakPrompt kind="long" bridge={late({ reason: 'call', heldSeconds: 1500, ceiling: false })} />);
    expect(await screen.findByText('Your call has ended. You have been sitting for 47 minutes. Up next: Lower-back reset.')).toBeTruthy();
    cleanup();
    render(<BreakPrompt kind="long" bridge={late({ reason: 'dnd', heldSeconds: 7230, ceiling: true })} />);
    expect(await screen.findByText(/^Do Not Disturb has kept it waiting for 2 h 00 min\. You have been sitting for 47 minutes\./)).toBeTruthy();
  });

  it('hides what strict mode forbids, and Snooze when none are left', async () => {
    const strict = recordingBridge({ status: { strict: true } });
    render(<BreakPrompt kind="long" bridge={strict.bridge} />);
    await screen.findByRole('button', { name: 'Start' });
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skip' })).toBeNull();
    cleanup();
    const { bridge } = recordingBridge();
    const status = await bridge.status();
    const none = recordingBridge({ status: { snapshot: { ...status.snapshot, snoozesLeft: 0 } } });
    render(<BreakPrompt kind="micro" bridge={none.bridge} />);
    await screen.findByRole('heading', { name: 'Time for a micro break' });
    expect(document.body.textContent).not.toMatch(/quick reset/i);
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy();
  });
});
