interface TableRow {
  name: string;
  cells: string[];
  /** Tells rows apart when two share a name. */
  key?: string;
}

interface TableProps { caption: string; head: string[]; rows: TableRow[]; className?: string }

/** Numbers as a table: the first column names each row. */
export function DataTable({ caption, head, rows, className }: TableProps) {
  return (
    <table className={className ? `chart-table ${className}` : 'chart-table'}>
      <caption>{caption}</caption>
      <thead><tr>{head.map((title) => <th key={title} scope="col">{title}</th>)}</tr></thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key ?? row.name}>
            <th scope="row">{row.name}</th>
            {row.cells.map((cell, i) => <td key={head[i + 1]}>{cell}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
