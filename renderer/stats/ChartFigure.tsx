import type { ReactNode } from 'react';
import { statsWords } from '../../core/words/stats';
import { PLOT } from './geometry';

interface ChartFigureProps {
  id: string;
  title: string;
  note?: string | undefined;
  description: string;
  legend?: ReactNode;
  table: ReactNode;
  children: ReactNode;
}

/** A chart's frame: heading, SVG named by its title and described in words, and the same numbers as a table. */
export function ChartFigure({ id, title, note, description, legend, table, children }: ChartFigureProps) {
  return (
    <figure className="chart">
      <figcaption>
        <h3>{title}</h3>
        {note && <p className="chart-note">{note}</p>}
      </figcaption>
      {legend}
      <svg className="chart-svg" viewBox={`0 0 ${PLOT.width} ${PLOT.height}`} width="100%" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      <details>
        <summary>{statsWords.showTable}</summary>
        {table}
      </details>
    </figure>
  );
}
