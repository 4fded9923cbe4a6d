import type { ReactNode } from 'react';

/** Names each series in text beside its swatch, so no series is told apart by colour alone. */
export function Legend({ items }: { items: { name: string; swatch: ReactNode }[] }) {
  return (
    <ul className="legend">
      {items.map(({ name, swatch }) => (
        <li key={name}>
          <svg className="swatch" viewBox="0 0 24 12" aria-hidden="true">{swatch}</svg>
          {name}
        </li>
      ))}
    </ul>
  );
}
