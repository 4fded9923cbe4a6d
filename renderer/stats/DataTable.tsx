interface TableRow { name: string; cells: string[] }

/** A chart's numbers as a table: the first column names each row. */
export function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: TableRow[] }) {
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead><tr>{head.map((title) => <th key={title} scope="col">{title}</th>)}</tr></thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">{row.name}</th>
            {row.cells.map((cell, i) => <td key={head[i + 1]}>{cell}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
