import type { SignalName, SignalStatus } from './busy';
import type { EngineSnapshot } from './engine/snapshot';
import type { UserAction } from './engine/types';
import type { Guidance } from './history/check-ins';
import type { DayRecord } from './history/records';
import type { CheckIn, RoutineReport } from './history/reports';
import type { Language } from './i18n/languages';
import type { BreakKind } from './kinds';
import type { OwnContent, OwnRoutine } from './exercises/own';
import type { Settings } from './settings/schema';
import type { ShortcutAction } from './shortcuts/names';
import type { UpdateStep, UpdateView } from './updates/offer';

/** The history as the statistics window reads it, with the day it counts as today (days turn at 04:00). */
export interface HistoryView { days: Record<string, DayRecord>; today: string }

export type ExportKind = 'settings' | 'history-csv' | 'history-json';
/** Exporting either saves a file (named, without its folder), is cancelled by the user, or fails with a reason. */
export type ExportResult = { ok: true; savedAs: string } | { ok: false; cancelled: true } | { ok: false; cancelled: false; error: string };

/** What the break prompt needs to know: the engine's state and the rules that decide which buttons show. */
export interface PromptStatus {
  snapshot: EngineSnapshot;
  strict: boolean;
  snoozeMinutes: number;
}

/** A page's natural size in CSS pixels: what its window needs to show it without scrolling. */
export interface ContentSize { width: number; height: number }

/**
 * Global shortcuts as the system took them: none work where `available` is false (Wayland drawn natively); through
 * XWayland (`partly`) they work as far as the desktop passes keys on; `taken` lists the actions whose chosen
 * combination another program holds.
 */
export interface ShortcutStatus { available: boolean; partly: boolean; taken: ShortcutAction[] }

/** Saving the user's own routines and exercises keeps all of them or none, with one message per problem. */
export type OwnSaveResult = { ok: true; own: OwnContent } | { ok: false; errors: string[] };
/** Importing a routine file adds its routine (and the own exercises it brings), or nothing, with every problem. */
export type ImportRoutineResult = { ok: true; own: OwnContent; routine: OwnRoutine } | { ok: false; errors: string[] };
/** The own routines and exercises a settings save replaces; what is left out changes only through This hurts and bringBack. */
export type OwnEdit = Pick<OwnContent, 'exercises' | 'routines'>;

/** Saving settings either applies all of them or none, with one message per problem. */
export type SaveResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** The language Limber speaks, and the one it would speak if it followed the system. */
export interface Languages { spoken: Language; system: Language }

/**
 * The one contract between the renderer and whatever runs the engine: the Electron main process
 * (through the preload) or, in a plain browser, the preview bridge. Every payload crossing it is plain data.
 */
export interface LimberBridge {
  status(): Promise<PromptStatus>;
  act(action: UserAction): Promise<void>;
  /** Starts the break now with this routine on screen (from the prompt's Start). */
  startBreak(routineId: string): Promise<void>;
  recordRoutine(report: RoutineReport): Promise<void>;
  /** The routine this break should offer: each kind's routines in turn, remembered across breaks. */
  offerRoutine(kind: BreakKind): Promise<string>;
  settings(): Promise<Settings>;
  /** Partial settings, deep-merged over the current ones. */
  saveSettings(patch: unknown): Promise<SaveResult>;
  /** The text of a settings file the user picked; applied whole, or not at all. */
  importSettings(text: string): Promise<SaveResult>;
  exportFile(kind: ExportKind): Promise<ExportResult>;
  /** The user's own routines and exercises, and what This hurts left out. */
  routines(): Promise<OwnContent>;
  /** Replaces the own routines and exercises (checked whole); a pin on a routine that is gone goes back to rotation. */
  saveRoutines(edit: OwnEdit): Promise<OwnSaveResult>;
  /** Lets a left-out exercise back into every routine. */
  bringBack(exerciseId: string): Promise<OwnContent>;
  /** The text of a routine file the user picked: its routine is added, or nothing is. */
  importRoutine(text: string): Promise<ImportRoutineResult>;
  exportRoutine(routineId: string): Promise<ExportResult>;
  history(): Promise<HistoryView>;
  recordCheckIn(checkIn: CheckIn): Promise<void>;
  /** Advice to see a professional when it applies and none was given in the last week; taking it counts as given. */
  takeGuidance(): Promise<Guidance | null>;
  /**
   * Asks for the calling window to fit its content, within the screen's work area. Answers the content size the window
   * has been given, which reaches the page a little later (null for a window that doesn't fit its content, and in the
   * preview, which ignores it).
   */
  fitWindow(size: ContentSize): Promise<ContentSize | null>;
  /**
   * Settles once the calling window is on screen: at once if it already is (and always in the preview). A window can
   * be loaded hidden ahead of time, so a page whose content depends on that moment waits for this.
   */
  whenShown(): Promise<void>;
  /** Whether each busy signal can be read on this machine, for the settings to say beside its switch. */
  busySignals(): Promise<Record<SignalName, SignalStatus>>;
  /** Whether global shortcuts work in this session, and which of the chosen ones the system refused. */
  shortcuts(): Promise<ShortcutStatus>;
  /**
   * Lets the system's shortcuts go while a settings field listens for a combination, and takes them back after: a
   * combination Limber holds would otherwise run its action rather than reach the field. Taken back too when the
   * calling window closes.
   */
  holdShortcuts(held: boolean): Promise<void>;
  /** The newer version on offer, if any, and whether this build can install it; What's new after an update. */
  update(): Promise<UpdateView>;
  /** Downloads the update on offer, installs a downloaded one now (Limber restarts), or opens the download page. */
  updateStep(step: UpdateStep): Promise<void>;
  /**
   * Calls `listener` when what the window shows has changed: the statistics window (today's figures or the history)
   * and the update window (the offer, the download's progress) are told, no other. Returns the way to stop listening.
   */
  onChange(listener: () => void): () => void;
  /** The language every page speaks (the one chosen in the settings, or the system's), and the system's. */
  language(): Promise<Languages>;
  /** Calls `listener` when the language changed, in every open window. Returns the way to stop listening. */
  onLanguage(listener: () => void): () => void;
}
