import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export interface DeterminantsRow {
  iso3: string;
  region: "EAST_ASIA" | "LATIN_AMERICA";
  country: string;
  /** Formatted traffic measure and indicator value. */
  yText: string;
  xText: string;
  xYear: number;
  source: string;
}

/** The scatter's table equivalent: one row per country, with the year and source of each indicator value. */
export async function DeterminantsTable({
  rows,
  caption,
  yHeader,
  xHeader,
}: {
  rows: DeterminantsRow[];
  caption: string;
  yHeader: string;
  xHeader: string;
}) {
  const t = await getTranslations("determinants");
  return (
    <div className="table-scroll">
      <table className="data-table determinants-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("columnCountry")}</th>
            <th scope="col">{t("columnRegion")}</th>
            <th scope="col" className="numeric">{yHeader}</th>
            <th scope="col" className="numeric">{xHeader}</th>
            <th scope="col" className="numeric">{t("columnYear")}</th>
            <th scope="col">{t("columnSource")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.iso3}>
              <th scope="row">
                <Link href={`/explorer/country/${row.iso3.toLowerCase()}`}>{row.country}</Link>
              </th>
              <td>{t(`regions.${row.region}`)}</td>
              <td className="numeric">{row.yText}</td>
              <td className="numeric">{row.xText}</td>
              <td className="numeric">{row.xYear}</td>
              <td className="small determinants-table__source">{row.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
