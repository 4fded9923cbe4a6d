import { createContext, useCallback, useContext, useEffect, useId, useState } from 'react';

/** The settings sections, in the order the side navigation lists them; settingsWords.sections names them. */
export const SECTIONS = ['breaks', 'schedule', 'calls', 'routines', 'sounds', 'shortcuts', 'files'] as const;
export type Section = (typeof SECTIONS)[number];

type Report = (key: string, section: Section, refused: boolean) => void;
const ReportContext = createContext<Report>(() => undefined);
const SectionContext = createContext<Section>('breaks');

/** Each field that holds a value Limber did not save, by field, with the section it is in. */
export function useRefusals() {
  const [refused, setRefused] = useState<ReadonlyMap<string, Section>>(new Map());
  const report = useCallback<Report>((key, section, isRefused) => {
    setRefused((current) => {
      if (current.has(key) === isRefused) return current;
      const next = new Map(current);
      if (isRefused) next.set(key, section);
      else next.delete(key);
      return next;
    });
  }, []);
  const inSection = (section: Section) => [...refused.values()].filter((s) => s === section).length;
  return { count: refused.size, inSection, report };
}

export const RefusalsProvider = ReportContext.Provider;
export const SectionProvider = SectionContext.Provider;

/** Tells the settings window whether this field holds a refused value, for its status and its close guard. */
export function useReportRefused(refused: boolean) {
  const report = useContext(ReportContext);
  const section = useContext(SectionContext);
  const key = useId();
  useEffect(() => { report(key, section, refused); }, [report, key, section, refused]);
  useEffect(() => () => { report(key, section, false); }, [report, key, section]);
}

/** A warning sign beside a refused value and its message, so that colour is not the only mark. */
export function WarningIcon() {
  return (
    <svg className="warning-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M8 1.5 15 14.5H1Z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
      <path d="M8 6v4M8 11.6v1.2" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
