import { getFormatter, getTranslations } from "next-intl/server";
import type { OriginComposition } from "@/lib/explorer/queries/region-overview";

const PARTS = ["domestic", "sameRegion", "otherRegion", "restOfWorld"] as const;

/** Visitor origin as a stacked bar with its table equivalent. */
export async function OriginBreakdown({ origin, year }: { origin: OriginComposition; year: number }) {
  const [t, format] = await Promise.all([getTranslations("explorer"), getFormatter()]);
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  if (origin.visits === 0 || origin.visits === origin.uncoveredVisits) return <p className="empty">{t("empty")}</p>;
  return (
    <>
      <div className="stacked-bar" aria-hidden="true">
        {PARTS.map((part) => (
          <span key={part} className={`stacked-bar__part stacked-bar__part--${part}`} style={{ width: `${origin[part] * 100}%` }} />
        ))}
      </div>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t("columnOrigin")}</th>
            <th scope="col" className="numeric">
              {t("columnShare")}
            </th>
          </tr>
        </thead>
        <tbody>
          {PARTS.map((part) => (
            <tr key={part}>
              <th scope="row">
                <span className={`swatch swatch--${part}`} aria-hidden="true" /> {t(`origins.${part}`)}
              </th>
              <td className="numeric">{percent(origin[part])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t("crossBorderSummary", { share: percent(1 - origin.domestic), otherRegion: percent(origin.otherRegion) })}</p>
      {origin.uncoveredVisits > 0 ? <p className="muted">{t("uncovered", { visits: format.number(origin.uncoveredVisits), year })}</p> : null}
    </>
  );
}
