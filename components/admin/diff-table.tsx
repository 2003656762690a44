/**
 * The fields that differ between two versions of a record, one row each:
 * the shape shared by every history page and stale-save conflict message.
 * Each record type brings its own field labels and value formatting.
 */
export interface DiffTableProps {
  fields: string[];
  left: Record<string, unknown> | null;
  right: Record<string, unknown> | null;
  leftHeading: string;
  rightHeading: string;
}

export function DiffTable({
  fields,
  left,
  right,
  leftHeading,
  rightHeading,
  fieldHeading,
  label,
  show,
}: DiffTableProps & { fieldHeading: string; label: (field: string) => string; show: (field: string, value: unknown) => string }) {
  return (
    <table className="data-table diff">
      <thead>
        <tr>
          <th scope="col">{fieldHeading}</th>
          <th scope="col">{leftHeading}</th>
          <th scope="col">{rightHeading}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f}>
            <th scope="row">{label(f)}</th>
            <td className="diff__before">{show(f, left?.[f])}</td>
            <td className="diff__after">{show(f, right?.[f])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
