import { statsWords } from '../../core/words/stats';
import { XLabels, YAxis } from './Axes';
import { ChartFigure } from './ChartFigure';
import { DataTable } from './DataTable';
import { baseline, PLOT, stackedBars } from './geometry';
import { Legend } from './Legend';
import { seriesFill, SeriesPatterns } from './patterns';
import type { ChartSpec } from './series';

/** Bars per day, stacked when there are several series, with a legend and a table of the same numbers. */
export function BarChart({ id, title, description, empty, note, axis, scale, labels, rowNames, series, format }: ChartSpec) {
  const chartId = `chart-${id}`;
  const stacked = series.length > 1;
  const rects = stackedBars(series, scale);
  const rows = rowNames.map((name, day) => {
    const values = series.map((s) => s.values[day] ?? 0);
    const cells = values.map(format);
    return { name, cells: stacked ? [...cells, format(values.reduce((a, b) => a + b, 0))] : cells };
  });
  const legend = stacked && (
    <Legend items={series.map((s) => ({ name: s.name, swatch: <rect width={24} height={12} {...seriesFill(chartId, s.key)} /> }))} />
  );
  return (
    <ChartFigure
      id={chartId} title={title} note={note} description={description} legend={legend}
      table={<DataTable caption={title} head={[statsWords.day, ...series.map((s) => s.name), ...(stacked ? [statsWords.total] : [])]} rows={rows} />}
    >
      <SeriesPatterns chartId={chartId} keys={series.map((s) => s.key)} />
      <YAxis scale={scale} name={axis.name} per={axis.per} />
      {rects.map((rect) => {
        const fill = seriesFill(chartId, rect.series.key);
        return (
          <rect
            key={`${rect.slot}-${rect.series.key}`} {...fill} className={`bar ${fill.className}`}
            x={rect.x} y={rect.y} width={rect.width} height={rect.height}
          />
        );
      })}
      <XLabels labels={labels} />
      {empty && <text className="chart-empty" x={(PLOT.left + PLOT.width) / 2} y={baseline - 40} textAnchor="middle">{empty}</text>}
    </ChartFigure>
  );
}
