import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { OriginGroupRow } from "@/lib/explorer/cards/region";

/** Visitor origin as a stacked bar with its table equivalent (the origin card, passed in as `table`). */
export async function OriginBreakdown({ rows, year, table }: { rows: OriginGroupRow[]; year: number; table: ReactNode }) {
  const [t, format] = await Promise.all([getTranslations("explorer"), getFormatter()]);
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const [first] = rows;
  if (!first || first.totalVisits === 0 || first.totalVisits === first.uncoveredVisits) return <p className="empty">{t("empty")}</p>;
  const share = (key: OriginGroupRow["key"]) => rows.find((r) => r.key === key)?.share ?? 0;
  return (
    <>
      <div className="stacked-bar" aria-hidden="true">
        {rows.map((row) => (
          <span key={row.key} className={`stacked-bar__part stacked-bar__part--${row.key}`} style={{ width: `${row.share * 100}%` }} />
        ))}
      </div>
      {table}
      <p>{t("crossBorderSummary", { share: percent(1 - share("domestic")), otherRegion: percent(share("otherRegion")) })}</p>
      {first.uncoveredVisits > 0 ? <p className="muted">{t("uncovered", { visits: format.number(first.uncoveredVisits), year })}</p> : null}
    </>
  );
}
