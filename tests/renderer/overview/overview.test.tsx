// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/App';
import { recordingBridge } from '../../helpers/bridge';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('the settings and statistics windows\' pages', () => {
  it('#/settings lists the settings in force in words', async () => {
    window.location.hash = '#/settings';
    render(<App bridge={recordingBridge().bridge} />);
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeTruthy();
    expect(screen.getByText('5 min after every 45 min of sitting')).toBeTruthy();
    expect(screen.getByText('5 min, at most 3 times a break')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('#/stats shows the sitting counted so far', async () => {
    window.location.hash = '#/stats';
    render(<App bridge={recordingBridge().bridge} />);
    expect(await screen.findByRole('heading', { name: 'Since Limber started' })).toBeTruthy();
    expect(screen.getAllByText('47 min')).toHaveLength(3);
    expect(screen.getByText('long break in 0 s of sitting')).toBeTruthy();
  });
});
