/** Named values as a description list, one row each. */
export function FactList({ rows }: { rows: [string, string][] }) {
  return <dl>{rows.map(([name, value]) => <div key={name}><dt>{name}</dt><dd>{value}</dd></div>)}</dl>;
}
