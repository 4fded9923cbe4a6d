import { XLabels, YAxis } from './Axes';
import { ChartFigure } from './ChartFigure';
import { formatRating, type CheckInTrend } from './check-in-trend';
import { DataTable } from './DataTable';
import { fixedScale, lineShape, type LinePoint } from './geometry';
import { Legend } from './Legend';

const SCALE = fixedScale(10, 2);
const MARK = 4;
const TITLE = 'Stiffness per week';

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
    { moment: 'before', name: 'Before routines', values: trend.weeks.map((w) => w.before) },
    { moment: 'after', name: 'After routines', values: trend.weeks.map((w) => w.after) },
  ] as const;
  const rows = trend.weeks.map((week, i) => ({
    name: trend.rowNames[i] ?? week.from,
    cells: [formatRating(week.before), formatRating(week.after), String(week.routinesCompleted)],
  }));
  return (
    <ChartFigure
      id="chart-stiffness" title={TITLE} description={trend.description}
      note="The average of your check-ins about the area each routine works (neck, shoulders, back or hips), from 0 (not stiff) to 10 (very stiff); under each week, the routines you completed."
      legend={<Legend items={lines.map((line) => ({ name: line.name, swatch: swatch(line.moment) }))} />}
      table={<DataTable caption={TITLE} head={['Week', 'Before routines', 'After routines', 'Routines done']} rows={rows} />}
    >
      <YAxis scale={SCALE} name="Stiffness, 0 to 10" />
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
