// @vitest-environment happy-dom
// A page in the language main speaks: chosen in the settings, and followed at once when main says it has changed,
// with the page's state kept, its title retold and its direction mirrored for a language written right to left.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { speakWith } from '../../core/i18n/speak';
import { english } from '../../i18n/english';
import { speakerOf } from '../../i18n/speakers';
import arWindow from '../../i18n/locales/ar/settingsWindow.json';
import deExercises from '../../i18n/locales/de/exercises.json';
import deWindow from '../../i18n/locales/de/settingsWindow.json';
import enExercises from '../../i18n/locales/en/exercises.json';
import enWindow from '../../i18n/locales/en/settingsWindow.json';
import { App } from '../../renderer/App';
import { speakLikeMain } from '../../renderer/language';
import { recordingBridge } from '../helpers/bridge';

afterEach(() => {
  cleanup();
  speakWith(english);
  window.location.hash = '';
});

it('offers the system\'s language, named, and each of Limber\'s by its own name, and saves the choice', async () => {
  window.location.hash = '#/settings';
  const { bridge, calls } = recordingBridge();
  render(<App bridge={bridge} language="en" />);
  fireEvent.click(await screen.findByRole('tab', { name: enWindow['sections.sounds'] }));
  const select = screen.getByRole('combobox', { name: enWindow.language });
  const options = within(select).getAllByRole('option');
  expect(options.map((option) => [option.textContent, option.getAttribute('lang')])).toEqual([
    ['System: English', null], ['English', 'en'], ['Deutsch', 'de'], ['Français', 'fr'], ['Español', 'es'],
    ['Português (Brasil)', 'pt-BR'], ['العربية', 'ar'],
  ]);
  fireEvent.change(select, { target: { value: 'de' } });
  expect(calls.saved).toEqual([{ language: 'de' }]);
});

it('speaks the new language at once when main says so, keeping the section on show, and mirrors for Arabic', async () => {
  window.location.hash = '#/settings';
  const { bridge, changeLanguage } = recordingBridge();
  await speakLikeMain(bridge);
  render(<App bridge={bridge} language="en" />);
  fireEvent.click(await screen.findByRole('tab', { name: enWindow['sections.sounds'] }));

  changeLanguage('de');
  const german = await screen.findByRole('tab', { name: deWindow['sections.sounds'] });
  expect(german.getAttribute('aria-selected')).toBe('true');
  expect(document.documentElement.lang).toBe('de');
  expect(document.documentElement.dir).toBe('ltr');
  expect(document.title).toContain(deWindow['sections.sounds']);

  changeLanguage('ar');
  await screen.findByRole('tab', { name: arWindow['sections.sounds'] });
  expect(document.documentElement.dir).toBe('rtl');
  expect(document.documentElement.lang).toBe('ar');
  expect(screen.queryByRole('tab', { name: deWindow['sections.sounds'] })).toBeNull();
});

it('goes on with a break under way in the new words: its routine, its exercise, its buttons', async () => {
  window.location.hash = '#/break?routine=lower-back-reset&kind=long';
  const { bridge, changeLanguage } = recordingBridge();
  render(<App bridge={bridge} language="en" />);
  await screen.findByRole('heading', { name: enExercises['abdominal-bracing.name'] });
  const timer = screen.getByRole('timer');
  expect(document.title).toContain(enExercises['routines.lower-back-reset']);

  changeLanguage('de');
  await screen.findByRole('heading', { name: deExercises['abdominal-bracing.name'] });
  expect(screen.getByRole('timer')).toBe(timer);
  expect(document.title).toContain(deExercises['routines.lower-back-reset']);
});

it('names the routine a prompt offers in the new words', async () => {
  window.location.hash = '#/prompt?kind=micro&routine=posture-reset';
  const { bridge, changeLanguage } = recordingBridge();
  render(<App bridge={bridge} language="en" />);
  await screen.findByText(new RegExp(enExercises['routines.posture-reset']));
  changeLanguage('de');
  await screen.findByText(new RegExp(deExercises['routines.posture-reset']));
});

it('speaks a language main chose before the page listened, and keeps the last of two quick changes', async () => {
  window.location.hash = '#/settings';
  // Main speaks German already when the page, rendered in English, begins to listen.
  const { bridge, changeLanguage } = recordingBridge({ language: 'de' });
  render(<App bridge={bridge} language="en" />);
  await screen.findByRole('tab', { name: deWindow['sections.sounds'] });

  // Brazilian Portuguese is loaded for the first time here, so it arrives after English, already loaded.
  changeLanguage('pt-BR');
  changeLanguage('en');
  await screen.findByRole('tab', { name: enWindow['sections.sounds'] });
  // Once the Portuguese catalog has loaded too, the page still speaks the later choice.
  await speakerOf('pt-BR');
  await waitFor(() => { expect(document.documentElement.lang).toBe('en'); });
  expect(screen.getByRole('tab', { name: enWindow['sections.sounds'] })).toBeTruthy();
  expect(document.documentElement.lang).toBe('en');
});
