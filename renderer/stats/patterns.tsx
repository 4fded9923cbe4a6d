import type { SeriesKey } from './series';

/** Series drawn with a texture as well as a colour, so stacked segments differ in shape too. */
const TEXTURES: Partial<Record<SeriesKey, 'stripes' | 'dots'>> = { snoozed: 'stripes', skipped: 'dots' };
const TILE = 6;

const patternId = (chartId: string, key: SeriesKey) => `${chartId}-${key}`;

/** How a series' bars are painted: a texture from the chart's patterns, or plain colour from the stylesheet. */
export function seriesFill(chartId: string, key: SeriesKey): { className: string; fill?: string } {
  return TEXTURES[key] ? { className: 'textured', fill: `url(#${patternId(chartId, key)})` } : { className: `fill-${key}` };
}

export function SeriesPatterns({ chartId, keys }: { chartId: string; keys: readonly SeriesKey[] }) {
  return (
    <defs>
      {keys.map((key) => {
        const texture = TEXTURES[key];
        return texture && (
          <pattern
            key={key} id={patternId(chartId, key)} width={TILE} height={TILE} patternUnits="userSpaceOnUse"
            patternTransform={texture === 'stripes' ? 'rotate(45)' : undefined}
          >
            <rect className={`fill-${key}`} width={TILE} height={TILE} />
            {texture === 'stripes'
              ? <rect className="texture" width={2} height={TILE} />
              : <circle className="texture" cx={TILE / 2} cy={TILE / 2} r={1.3} />}
          </pattern>
        );
      })}
    </defs>
  );
}
