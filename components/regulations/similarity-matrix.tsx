import { getFormatter, getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { Link } from "@/i18n/navigation";
import type { RegionCode } from "@/lib/core/regions";
import { pairKey, type PairDistance } from "@/lib/regulations/queries/similarity";
import { MIN_OVERLAP, distanceBand } from "@/lib/regulations/method";

export interface MatrixEconomy {
  iso3: string;
  name: string;
  regionCode: RegionCode | null;
}

/**
 * Economy × economy heatmap of regulatory distance. Every cell prints its
 * value (the colour only repeats it) and its overlap, and links to the
 * side-by-side comparison of the pair — also when the overlap is too small
 * for a distance to be shown, so that the reader can see why.
 */
export async function SimilarityMatrix({
  economies,
  pairs,
  groups,
}: {
  economies: MatrixEconomy[];
  pairs: PairDistance[];
  /** Region headings to insert before the first economy of each region, or null for one block. */
  groups: Map<RegionCode, string> | null;
}) {
  const [t, format] = await Promise.all([getTranslations("regulations.similarity"), getFormatter()]);
  const byPair = new Map(pairs.map((p) => [pairKey(p.a, p.b), p]));
  const two = (v: number) => format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const firstOfGroup = new Set(groups ? economies.filter((e, i) => i === 0 || economies[i - 1].regionCode !== e.regionCode).map((e) => e.iso3) : []);

  const cell = (row: MatrixEconomy, column: MatrixEconomy) => {
    const edge = firstOfGroup.has(column.iso3) && groups ? " similarity__group-edge" : "";
    if (row.iso3 === column.iso3) {
      return (
        <td key={column.iso3} className={`similarity__cell similarity__self${edge}`}>
          <span aria-hidden="true">·</span>
          <span className="visually-hidden">{t("self")}</span>
        </td>
      );
    }
    const pair = byPair.get(pairKey(row.iso3, column.iso3));
    const overlap = pair?.overlap ?? 0;
    const href = `/regulations/compare?economies=${row.iso3},${column.iso3}`;
    if (!pair || overlap < MIN_OVERLAP) {
      const title = t("cellTooLittle", { a: row.name, b: column.name, overlap, min: MIN_OVERLAP });
      return (
        <td key={column.iso3} className={`similarity__cell similarity__too-little${edge}`}>
          <Link href={href} title={title}>
            <span className={overlap === 0 ? "similarity__none" : undefined}>{overlap === 0 ? "–" : t("overlapShort", { overlap })}</span>
            <span className="visually-hidden"> {title}</span>
          </Link>
        </td>
      );
    }
    // The visible figures start the link's name (WCAG 2.5.3, label in name); the pair and its meaning follow for screen readers.
    const title = t("cellTitle", { a: row.name, b: column.name, distance: two(pair.distance), overlap });
    return (
      <td key={column.iso3} className={`similarity__cell similarity-shade--${distanceBand(pair.distance)}${edge}`}>
        <Link href={href} title={title}>
          {two(pair.distance)}
          <small>{t("overlapShort", { overlap })}</small>
          <span className="visually-hidden"> {title}</span>
        </Link>
      </td>
    );
  };

  return (
    <>
      <div className="table-scroll similarity__scroll" tabIndex={0} role="region" aria-label={t("caption")}>
        <table className="data-table similarity">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <td className="similarity__corner">{t("corner")}</td>
              {economies.map((e) => (
                <th key={e.iso3} scope="col" className={`similarity__column${firstOfGroup.has(e.iso3) && groups ? " similarity__group-edge" : ""}`}>
                  <abbr title={e.name}>{e.iso3}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {economies.map((row) => (
              <Fragment key={row.iso3}>
                {groups && firstOfGroup.has(row.iso3) ? (
                  <tr className="similarity__group">
                    <th scope="colgroup" colSpan={economies.length + 1}>
                      {row.regionCode ? groups.get(row.regionCode) : null}
                    </th>
                  </tr>
                ) : null}
                <tr>
                  <th scope="row" className="similarity__row">
                    <Link href={`/regulations/economy/${row.iso3.toLowerCase()}`}>{row.name}</Link>
                  </th>
                  {economies.map((column) => cell(row, column))}
                </tr>
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <div className="similarity-legend">
        <p className="similarity-legend__label" id="similarity-legend-label">
          {t("legend")}
        </p>
        <ul aria-labelledby="similarity-legend-label">
          {[0, 1, 2, 3, 4].map((band) => (
            <li key={band}>
              <span className={`similarity-legend__swatch similarity-shade--${band}`} aria-hidden="true" />
              {t("band", { from: two(band / 5), to: two((band + 1) / 5) })}
            </li>
          ))}
          <li>
            <span className="similarity-legend__swatch similarity__too-little" aria-hidden="true" />
            {t("legendTooLittle", { min: MIN_OVERLAP })}
          </li>
        </ul>
      </div>
    </>
  );
}
