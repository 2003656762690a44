import { getTranslations } from "next-intl/server";
import type { ComparePoint } from "@/lib/explorer/queries/compare";
import { indicatorGaps, yearRanges, type CompareKind } from "@/lib/explorer/view-state/compare";
import type { Measure } from "@/lib/explorer/view-state/options";

/**
 * What the chart cannot show, named per item: a chosen item without traffic,
 * and, per internet user, the years whose population or internet-use figure
 * is missing — such an item stays on the chart and in the table, never dropped.
 */
export async function CompareNotes({
  kind,
  items,
  points,
  measure,
}: {
  kind: CompareKind;
  items: Array<{ key: string; label: string }>;
  points: ComparePoint[];
  measure: Measure;
}) {
  const t = await getTranslations("compare");
  const withTraffic = new Set(points.map((p) => p.key));
  const gaps = measure === "per-internet-user" ? indicatorGaps(points) : new Map();
  const notes = items.flatMap((item) => {
    if (!withTraffic.has(item.key)) return [t("noTraffic", { name: item.label })];
    const gap = gaps.get(item.key);
    if (!gap) return [];
    return [gap.all ? t("missingIndicatorAll", { name: item.label }) : t("missingIndicatorYears", { name: item.label, years: yearRanges(gap.years) })];
  });
  return (
    <>
      {measure === "per-internet-user" ? (
        <p className="card__note">
          {t("perUserNote")} {kind === "marketplaces" ? t("marketplacePerUserNote") : null}
        </p>
      ) : null}
      {notes.length ? (
        <ul className="compare-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
