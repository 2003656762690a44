import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { CompareEntry } from "@/lib/regulations/cards/compare";
import { SCORE_FORMAT } from "./score-format";
import { StatusBadge } from "./status-badge";

/**
 * The economies side by side, one row per indicator, differing rows marked:
 * the page's reading of the entries card, whose CSV (one row per economy and
 * indicator) holds the same entries.
 */
export async function CompareGrid({ entries, economies, caption }: { entries: CompareEntry[]; economies: Array<{ iso3: string; name: string }>; caption: string }) {
  const [t, format] = await Promise.all([getTranslations("regulations"), getFormatter()]);
  if (entries.length === 0) return null;
  const rows = new Map<string, CompareEntry[]>();
  for (const entry of entries) rows.set(entry.indicatorCode, [...(rows.get(entry.indicatorCode) ?? []), entry]);
  return (
    <div className="table-scroll">
      <table className="data-table regulation-compare">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("compare.indicatorCol")}</th>
            {economies.map((e) => (
              <th scope="col" key={e.iso3}>
                <Link href={`/regulations/economy/${e.iso3.toLowerCase()}`}>{e.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...rows.entries()].map(([code, cells]) => {
            const [first] = cells;
            return (
              <tr key={code} className={first.differs ? "regulation-compare__differs" : undefined}>
                <th scope="row">
                  <Link className="regulation-entry__code" href={`/regulations/indicators#${code}`}>
                    {code}
                  </Link>{" "}
                  {first.indicator}
                  {first.differs ? <span className="regulation-tag regulation-tag--differs">{t("compare.differs")}</span> : null}
                </th>
                {economies.map((economy) => {
                  const cell = cells.find((c) => c.iso3 === economy.iso3);
                  if (!cell) return <td key={economy.iso3} />;
                  return (
                    <td key={economy.iso3}>
                      <StatusBadge status={cell.status} />
                      {cell.score !== null ? <span className="regulation-compare__score"> {format.number(cell.score, SCORE_FORMAT)}</span> : null}
                      {cell.instrumentName ? (
                        <span className="regulation-compare__instrument">
                          {[cell.instrumentName, cell.instrumentNumber, cell.instrumentYear].filter(Boolean).join(", ")}
                        </span>
                      ) : null}
                      {cell.id !== null && cell.status !== "NO_DATA" ? (
                        <Link className="regulation-compare__suggest" href={`/regulations/suggest/${cell.id}`}>
                          {t("suggest")}
                        </Link>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
