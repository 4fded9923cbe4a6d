import type { BusyReason, SignalStatus } from '../../busy';
import { t } from '../../i18n/speak';
import type { Settings } from '../../settings/schema';

/** Why a signal can't be read: a sentence already, or words the message ends with a full stop. */
const unreadable = (looksAt: string, why: string) =>
  (/[.!?]$/.test(why) ? t('settingsCalls.signalAbout.unreadableSentence', { looksAt, why }) : t('settingsCalls.signalAbout.unreadable', { looksAt, why }));

/** The settings' Calls and watching section: the busy signals that hold a break, and stillness that is still sitting. */
export const callSettingsWords = {
  get busy() { return t('settingsCalls.busy'); },
  get busyHint() { return t('settingsCalls.busyHint'); },
  signals: {
    call: {
      get label() { return t('settingsCalls.signals.call.label'); },
      get looksAt() { return t('settingsCalls.signals.call.looksAt'); },
    },
    fullscreen: {
      get label() { return t('settingsCalls.signals.fullscreen.label'); },
      get looksAt() { return t('settingsCalls.signals.fullscreen.looksAt'); },
    },
    dnd: {
      get label() { return t('settingsCalls.signals.dnd.label'); },
      get looksAt() { return t('settingsCalls.signals.dnd.looksAt'); },
    },
  } satisfies Record<BusyReason, { label: string; looksAt: string }>,
  /** What a signal looks at, then how this machine reads it or why it can't (nothing more while that is being asked). */
  signalAbout: (looksAt: string, status: SignalStatus | undefined) => {
    if (!status) return looksAt;
    return status.readable ? t('settingsCalls.signalAbout.readable', { looksAt, via: status.via }) : unreadable(looksAt, status.why);
  },
  /** The same for a signal that has been on for hours, with `note` saying how long. */
  onForHours: (about: string, note: string) => t('settingsCalls.onForHours', { about, note }),
  get couldNotCheck() { return t('settingsCalls.couldNotCheck'); },
  /** Why the preview, in a browser, reads no signal. */
  get notInABrowser() { return t('settingsCalls.notInABrowser'); },
  get holdAtMost() { return t('settingsCalls.holdAtMost'); },
  get watching() { return t('settingsCalls.watching'); },
  watchingHint: (awayMinutes: number) => t('settingsCalls.watchingHint', { awayMinutes }),
  get media() { return t('settingsCalls.media'); },
  get mediaLooksAt() { return t('settingsCalls.mediaLooksAt'); },
  get readingEndsLabel() { return t('settingsCalls.readingEndsLabel'); },
  readingEnds: {
    get input() { return t('settingsCalls.readingEnds.input'); },
    get '30-minutes'() { return t('settingsCalls.readingEnds.30Minutes'); },
    get '60-minutes'() { return t('settingsCalls.readingEnds.60Minutes'); },
  } satisfies Record<Settings['watching']['readingEnds'], string>,
} as const;

export type CallSettingsWords = typeof callSettingsWords;
