import { baseline, PLOT, slotCenter, tickLabel, yFor, type Scale } from './geometry';

const LINE_HEIGHT = 14;

/** Gridlines with their values, and the axis's name with its unit above them. */
export function YAxis({ scale, name, per = 1 }: { scale: Scale; name: string; per?: number }) {
  return (
    <g className="axis">
      <text className="axis-name" x={4} y={14}>{name}</text>
      {scale.ticks.map((tick) => {
        const y = yFor(tick, scale);
        return (
          <g key={tick}>
            <line className={tick === 0 ? 'axis-line' : 'grid'} x1={PLOT.left} x2={PLOT.width - PLOT.right} y1={y} y2={y} />
            <text className="tick" x={PLOT.left - 6} y={y} dy="0.32em" textAnchor="end">{tickLabel(tick, per)}</text>
          </g>
        );
      })}
    </g>
  );
}

/** Text under each slot, one tspan per line. */
export function XLabels({ labels }: { labels: readonly (readonly string[])[] }) {
  return (
    <g className="axis">
      {labels.map((lines, slot) => {
        const x = slotCenter(slot, labels.length);
        return lines.length > 0 && (
          <text key={slot} className="tick" y={baseline + 16} textAnchor="middle">
            {lines.map((line, i) => <tspan key={line} x={x} dy={i === 0 ? 0 : LINE_HEIGHT}>{line}</tspan>)}
          </text>
        );
      })}
    </g>
  );
}
