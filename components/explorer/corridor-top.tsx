import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { CorridorRow } from "@/lib/explorer/view-state/corridor";
import type { Display } from "@/lib/explorer/view-state/options";
import { CorridorChart } from "./corridor-chart";

const countryHref = (iso3: string) => `/explorer/country/${iso3.toLowerCase()}`;

/** The largest corridors as a bar chart, or as its table equivalent. */
export async function CorridorTop({
  rows,
  total,
  display,
  name,
  chartLabel,
  caption,
}: {
  rows: CorridorRow[];
  /** All visits in the matrix, for each corridor's share. */
  total: number;
  display: Display;
  name: (iso3: string) => string;
  chartLabel: string;
  caption: string;
}) {
  const [t, format] = await Promise.all([getTranslations("corridor"), getFormatter()]);
  if (display === "chart") {
    return (
      <CorridorChart
        bars={rows.map((r) => ({
          key: `${r.origin}-${r.destination}`,
          label: t("pair", { origin: name(r.origin), destination: name(r.destination) }),
          visits: r.visits,
        }))}
        unitLabel={t("visitsUnit")}
        ariaLabel={chartLabel}
      />
    );
  }
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">{t("columnRank")}</th>
            <th scope="col">{t("columnCorridor")}</th>
            <th scope="col" className="numeric">{t("columnVisits")}</th>
            <th scope="col" className="numeric">{t("columnShare")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.origin}-${r.destination}`}>
              <td className="numeric">{i + 1}</td>
              <th scope="row">
                <Link href={countryHref(r.origin)}>{name(r.origin)}</Link> → <Link href={countryHref(r.destination)}>{name(r.destination)}</Link>
              </th>
              <td className="numeric">{format.number(r.visits)}</td>
              <td className="numeric">{format.number(total ? r.visits / total : 0, { style: "percent", maximumFractionDigits: 1 })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
