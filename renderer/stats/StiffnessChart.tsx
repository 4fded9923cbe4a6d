import { XLabels, YAxis } from './Axes';
import { ChartFigure } from './ChartFigure';
import { statsWords } from '../../core/words/stats';
import type { CheckInTrend } from './check-in-trend';
import { DataTable } from './DataTable';
import { fixedScale, lineShape, type LinePoint } from './geometry';
import { Legend } from './Legend';

const SCALE = fixedScale(10, 2);
const MARK = 4;
const words = statsWords.stiffness;

/** Before is drawn dashed with round markers, after solid with square ones: the two differ in shape, not only colour. */
const Marker = ({ moment, at }: { moment: 'before' | 'after'; at: Pick<LinePoint, 'x' | 'y'> }) => (moment === 'before'
  ? <circle className="marker marker-before" cx={at.x} cy={at.y} r={MARK} />
  : <rect className="marker marker-after" x={at.x - MARK} y={at.y - MARK} width={MARK * 2} height={MARK * 2} />);

const swatch = (moment: 'before' | 'after') => (
  <>
    <line className={`line line-${moment}`} x1={0} x2={24} y1={6} y2={6} />
    <Marker moment={moment} at={{ x: 12, y: 6 }} />
  </>
);

/** Average stiffness before and after routines, one point per week, with the routines done under each week. */
export function StiffnessChart({ trend }: { trend: CheckInTrend }) {
  const lines = [
    { moment: 'before', name: words.before, values: trend.weeks.map((w) => w.before) },
    { moment: 'after', name: words.after, values: trend.weeks.map((w) => w.after) },
  ] as const;
  const rows = trend.weeks.map((week, i) => ({
    name: trend.rowNames[i] ?? week.from,
    cells: [words.rating(week.before), words.rating(week.after), String(week.routinesCompleted)],
  }));
  return (
    <ChartFigure
      id="chart-stiffness" title={words.title} description={trend.description} note={words.note}
      legend={<Legend items={lines.map((line) => ({ name: line.name, swatch: swatch(line.moment) }))} />}
      table={<DataTable caption={words.title} head={[words.week, words.before, words.after, words.routinesDone]} rows={rows} />}
    >
      <YAxis scale={SCALE} name={words.axis} />
      {lines.map(({ moment, values }) => {
        const { points, paths } = lineShape(values, SCALE);
        return (
          <g key={moment}>
            {paths.map((d) => <path key={d} className={`line line-${moment}`} d={d} />)}
            {points.map((point) => <Marker key={point.slot} moment={moment} at={point} />)}
          </g>
        );
      })}
      <XLabels labels={trend.labels} />
    </ChartFigure>
  );
}
