import { useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryView, LimberBridge } from '../../core/contract';
import type { EngineSnapshot } from '../../core/engine/snapshot';
import type { OwnContent } from '../../core/exercises/own';
import type { Guidance } from '../../core/history/check-ins';
import { EMPTY_DAY } from '../../core/history/records';
import { commonWords } from '../../core/words/common';
import { statsWords } from '../../core/words/stats';
import { useSpokenLanguage } from '../language';
import { BarChart } from './BarChart';
import { checkInTrend } from './check-in-trend';
import { CheckIns } from './CheckIns';
import { ExerciseUse } from './ExerciseUse';
import { ExportPanel } from './ExportPanel';
import { Glance } from './Glance';
import { GuidanceNote } from '../guidance/GuidanceNote';
import { dailyCharts, type Range } from './series';
import './stats.css';

const RANGES: Range[] = [7, 30];

interface Stats { history: HistoryView; own: OwnContent; checkInsOn: boolean; snapshot: EngineSnapshot }

/** Reads what the window shows, and reads it again each time main says it has changed, the latest read winning. */
function useStats(bridge: LimberBridge): Stats | 'loading' | 'failed' {
  const [stats, setStats] = useState<Stats | 'loading' | 'failed'>('loading');
  useEffect(() => {
    let latest = 0;
    const read = () => {
      const asked = ++latest;
      Promise.all([bridge.history(), bridge.routines(), bridge.settings(), bridge.status()]).then(
        ([history, own, settings, status]) => {
          if (asked === latest) setStats({ history, own, checkInsOn: settings.checkIns, snapshot: status.snapshot });
        },
        () => { if (asked === latest) setStats((shown) => (typeof shown === 'object' ? shown : 'failed')); },
      );
    };
    read();
    const stop = bridge.onChange(read);
    return () => {
      latest = -1;
      stop();
    };
  }, [bridge]);
  return stats;
}

/** Taking guidance marks it as given, so it is asked for once per window, even when React runs effects twice. */
function useGuidanceOnce(bridge: LimberBridge): Guidance | null {
  const [guidance, setGuidance] = useState<Guidance | null>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    void bridge.takeGuidance().then(setGuidance);
  }, [bridge]);
  return guidance;
}

function DayByDay({ history }: { history: HistoryView }) {
  const [range, setRange] = useState<Range>(7);
  const language = useSpokenLanguage();
  // Only the charted days are read, so two years of history cost no more than a month. Its words are read again in a new language.
  const charts = useMemo(() => dailyCharts(history.days, history.today, range), [history, range, language]);
  return (
    <section aria-labelledby="day-by-day-title">
      <h2 id="day-by-day-title">{statsWords.dayByDay}</h2>
      <div className="range" role="group" aria-label={statsWords.daysShown}>
        {RANGES.map((days) => (
          <button key={days} type="button" aria-pressed={range === days} onClick={() => { setRange(days); }}>{statsWords.lastDays(days)}</button>
        ))}
      </div>
      <div className="charts">{charts.map((chart) => <BarChart key={chart.id} {...chart} />)}</div>
    </section>
  );
}

function Report({ stats, bridge }: { stats: Stats; bridge: LimberBridge }) {
  const { history } = stats;
  const language = useSpokenLanguage();
  const trend = useMemo(() => checkInTrend(history.days, history.today), [history, language]);
  return (
    <>
      <Glance today={history.days[history.today] ?? EMPTY_DAY} snapshot={stats.snapshot} />
      <DayByDay history={history} />
      <ExerciseUse history={history} own={stats.own} />
      <CheckIns trend={trend} enabled={stats.checkInsOn} />
      <ExportPanel bridge={bridge} />
    </>
  );
}

/**
 * The statistics window: any guidance, today, the last days in charts, each exercise's use and what is left out, the
 * stiffness check-ins, and export.
 */
export function StatsScreen({ bridge }: { bridge: LimberBridge }) {
  const stats = useStats(bridge);
  const guidance = useGuidanceOnce(bridge);
  return (
    <main className="stats">
      <h1>{statsWords.title}</h1>
      <p className="fine-print">{statsWords.private}</p>
      {guidance && <GuidanceNote guidance={guidance} />}
      {typeof stats === 'object'
        ? <Report stats={stats} bridge={bridge} />
        : <p role="status">{stats === 'failed' ? statsWords.couldNotRead : commonWords.loading}</p>}
    </main>
  );
}
