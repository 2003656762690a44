import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { localizedName } from "@/lib/core/i18n/localized";
import { regionSlugOf } from "@/lib/core/regions";
import type { GapMatrixRow } from "@/lib/policies/cards/gaps";
import type { Term } from "@/lib/policies/queries/vocabularies";

/** Colour classes (0, 1, 2, 3–4, 5+): fixed steps, so that a colour means the same count in every view. */
export function gapLevel(count: number): 0 | 1 | 2 | 3 | 4 {
  if (count >= 5) return 4;
  if (count >= 3) return 3;
  return count as 0 | 1 | 2;
}

/**
 * Economy × term counts as a table: the number is always written, the colour
 * only repeats it. Rows are grouped by region; the benchmarked economy's row
 * is marked. A non-zero cell links to the search for those policies. The
 * rows are the gap card's, so the matrix and its CSV hold the same economies.
 */
export async function GapMatrix({
  id,
  caption,
  rows,
  terms,
  facet,
  rowHref,
}: {
  id: string;
  caption: string;
  rows: GapMatrixRow[];
  terms: Term[];
  /** The search facet a column filters on. */
  facet: "instrument" | "target";
  /** Where an economy's name links: the gap view benchmarking it. */
  rowHref: (iso3: string) => string;
}) {
  const [t, locale] = await Promise.all([getTranslations("policies.gaps"), getLocale()]);
  const regions = [...new Set(rows.map((r) => r.regionCode))];
  return (
    <div className="table-scroll gap-scroll">
      <table className="data-table gap-matrix" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("economyColumn")}</th>
            {terms.map((term) => (
              <th key={term.slug} scope="col" className="gap-matrix__term">
                {localizedName(term, locale)}
              </th>
            ))}
            <th scope="col" className="gap-matrix__term">
              {t("totalColumn")}
            </th>
          </tr>
        </thead>
        {regions.map((region) => (
          <tbody key={region}>
            <tr className="gap-matrix__region">
              <th scope="rowgroup" colSpan={terms.length + 2}>
                {t(`regions.${regionSlugOf(region)}`)}
              </th>
            </tr>
            {rows
              .filter((row) => row.regionCode === region)
              .map((row) => {
                const { name, benchmarked: marked } = row;
                return (
                  <tr key={row.iso3} className={marked ? "gap-matrix__row--highlight" : undefined} aria-current={marked ? "true" : undefined}>
                    <th scope="row">
                      <Link href={rowHref(row.iso3)} scroll={false}>
                        {name}
                      </Link>
                      {marked ? <span className="tag">{t("selected")}</span> : null}
                    </th>
                    {terms.map((term) => {
                      const count = row.counts[term.slug] ?? 0;
                      return (
                        <td key={term.slug} className={`numeric gap-cell gap-cell--${gapLevel(count)}`}>
                          {count > 0 ? (
                            <Link
                              href={`/policies?economy=${row.iso3.toLowerCase()}&${facet}=${term.slug}`}
                              aria-label={t("cellLink", { count, country: name, term: localizedName(term, locale) })}
                            >
                              {count}
                            </Link>
                          ) : (
                            count
                          )}
                        </td>
                      );
                    })}
                    <td className="numeric gap-matrix__total">{row.total}</td>
                  </tr>
                );
              })}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/** The colour scale, written out. */
export async function GapLegend() {
  const t = await getTranslations("policies.gaps");
  return (
    <div className="gap-legend">
      <span className="gap-legend__label">{t("legend")}:</span>
      <ul>
        {([0, 1, 2, 3, 4] as const).map((level) => (
          <li key={level}>
            <span className={`gap-cell gap-cell--${level} gap-legend__swatch`}>{t(`legendLevels.${level}`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
