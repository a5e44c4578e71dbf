/** A table of figures for runs A and B and the difference B − A, one row per figure (cells already formatted). */
export function DifferenceTable({ caption, rows, testId }: { caption: string; rows: readonly (readonly [string, string, string, string])[]; testId: string }) {
  return (
    <table className="difference-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th />
          <th>A</th>
          <th>B</th>
          <th>B − A</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, a, b, diff]) => (
          <tr key={label}>
            <th>{label}</th>
            <td>{a}</td>
            <td>{b}</td>
            <td>{diff}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
