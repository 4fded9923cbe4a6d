// Written by `npm run i18n:types` from i18n/locales/en/*.json: change the catalog, then run it.
/** Each message of the catalog, and the values it takes (undefined: none). */
export interface MessageValues {
  'breakKinds.name': { kind: string };
  'breakKinds.title': { kind: string };
  'breakKinds.comingIn': { kind: string; lead: string | number };
  'breakKinds.timeFor': { kind: string; length: string | number };
  'tray.tooltip': { status: string | number };
  'tray.onBreak': { kind: string };
  'tray.away': undefined;
  'tray.paused': { until: string | number };
  'tray.pausedUntilResumed': undefined;
  'tray.comingOnceFree': { kind: string; reason: string };
  'tray.held': { kind: string; reason: string };
  'tray.heldUntil': { kind: string; reason: string; latest: string | number };
  'tray.snoozed': { kind: string };
  'tray.snoozedBackAt': { kind: string; backAt: string | number };
  'tray.due': { kind: string };
  'tray.comingUp': { kind: string };
  'tray.nextUp': { kind: string };
  'tray.sittingFor': { sitting: string | number };
  'tray.nextIn': { kind: string; sitting: string | number };
  'tray.pausedDetail': { sitting: string | number };
  'tray.heldDetail': { waiting: string | number; sitting: string | number };
  'tray.readingUntilInput': undefined;
  'tray.readingUntil': { until: string | number };
  'tray.readingDetailUntilInput': undefined;
  'tray.readingDetailUntil': { until: string | number };
  'tray.readFor': { minutes: string | number };
  'tray.finishBreak': undefined;
  'tray.start': { kind: string };
  'tray.takeBreakNow': undefined;
  'tray.routine': { routine: string | number; length: string | number };
  'tray.snooze': { minutes: string | number; left: string | number };
  'tray.skip': undefined;
  'tray.resume': undefined;
  'tray.pause': undefined;
  'tray.pauseFor30': undefined;
  'tray.pauseFor60': undefined;
  'tray.pauseFor120': undefined;
  'tray.pauseUntilTomorrow': undefined;
  'tray.pauseUntilResumed': undefined;
  'tray.settings': undefined;
  'tray.statistics': undefined;
  'tray.quit': undefined;
}
