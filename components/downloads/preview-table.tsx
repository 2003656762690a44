import { getFormatter, getTranslations } from "next-intl/server";
import type { JsonValue } from "@/lib/downloads/queries/rows";
import { csvHeader, type ColumnSpec } from "@/lib/core/columns";

/** The first rows of the extract, exactly as the CSV gives them (before the formula guard). */
export async function PreviewTable({ columns, rows, total }: { columns: readonly ColumnSpec[]; rows: JsonValue[][]; total: number }) {
  const [t, format] = await Promise.all([getTranslations("downloads"), getFormatter()]);
  return (
    <section className="downloads-preview" aria-labelledby="dl-preview-title">
      <h2 id="dl-preview-title">{t("preview.title")}</h2>
      <p className="downloads-count" data-testid="downloads-total" data-total={total}>
        {t("preview.count", { shown: format.number(rows.length), total: format.number(total), totalRaw: total })}
      </p>
      {rows.length === 0 ? (
        <p>{t("preview.empty")}</p>
      ) : (
        <div className="downloads-table-wrap" tabIndex={0} role="region" aria-labelledby="dl-preview-title">
          <table className="downloads-table">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.name} scope="col" title={c.description}>
                    {csvHeader(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>
                  {row.map((v, j) => (
                    <td key={j} className={columns[j].type === "integer" || columns[j].type === "number" ? "num" : undefined}>
                      {v === null ? "" : String(v)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
