import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { shadeClass, type CorridorMatrix as Matrix } from "@/lib/explorer/view-state/corridor";

const countryHref = (iso3: string) => `/explorer/country/${iso3.toLowerCase()}`;

/**
 * Origin × destination matrix with row, column and grand totals. Cells are
 * shaded by value; the number is always printed, so the shading only repeats it.
 */
export async function CorridorMatrix({
  matrix,
  name,
  caption,
}: {
  matrix: Matrix;
  /** Localized country name by ISO3. */
  name: (iso3: string) => string;
  caption: string;
}) {
  const [t, format] = await Promise.all([getTranslations("corridor"), getFormatter()]);
  const number = (v: number) => format.number(v);
  return (
    <>
      <div className="table-scroll corridor-matrix__scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="data-table corridor-matrix">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <td className="corridor-matrix__corner">{t("corner")}</td>
              {matrix.destinations.map((iso3) => (
                <th key={iso3} scope="col" className="corridor-matrix__column">
                  <span className="corridor-matrix__vertical">
                    <Link href={countryHref(iso3)}>{name(iso3)}</Link>
                  </span>
                </th>
              ))}
              <th scope="col" className="numeric corridor-matrix__column">
                <span className="corridor-matrix__vertical">{t("total")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {matrix.origins.map((origin) => {
              const row = matrix.cells.get(origin);
              return (
                <tr key={origin}>
                  <th scope="row">
                    <Link href={countryHref(origin)}>{name(origin)}</Link>
                  </th>
                  {matrix.destinations.map((destination) => {
                    const value = row?.get(destination);
                    return value === undefined ? (
                      <td key={destination} className="numeric corridor-matrix__none">
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">{t("noVisits")}</span>
                      </td>
                    ) : (
                      <td key={destination} className={`numeric corridor-shade corridor-shade--${shadeClass(matrix, value)}`}>
                        {number(value)}
                      </td>
                    );
                  })}
                  <td className="numeric corridor-matrix__total">{number(matrix.rowTotals.get(origin) ?? 0)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("total")}</th>
              {matrix.destinations.map((destination) => (
                <td key={destination} className="numeric corridor-matrix__total">
                  {number(matrix.columnTotals.get(destination) ?? 0)}
                </td>
              ))}
              <td className="numeric corridor-matrix__total corridor-matrix__grand">{number(matrix.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <ShadeLegend bounds={matrix.shadeBounds} label={t("shadeLegend")} range={(from, to) => t("shadeRange", { from: number(from), to: number(to) })} />
    </>
  );
}

/** The value range of each shading class actually used. */
function ShadeLegend({ bounds, label, range }: { bounds: number[]; label: string; range: (from: number, to: number) => string }) {
  if (bounds.length === 0) return null;
  const classes = bounds.map((bound, i) => ({
    shade: shadeClass({ shadeBounds: bounds }, bound),
    from: i === 0 ? 1 : bounds[i - 1] + 1,
    to: bound,
  }));
  return (
    <div className="corridor-legend">
      <p className="corridor-legend__label" id="corridor-legend-label">
        {label}
      </p>
      <ul aria-labelledby="corridor-legend-label">
        {classes.map(({ shade, from, to }) => (
          <li key={to}>
            <span className={`corridor-legend__swatch corridor-shade--${shade}`} aria-hidden="true" />
            {range(from, to)}
          </li>
        ))}
      </ul>
    </div>
  );
}
