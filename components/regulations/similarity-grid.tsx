"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Fragment } from "react";
import { Link } from "@/i18n/navigation";
import { MIN_OVERLAP } from "@/lib/regulations/method";
import type { RegionCode } from "@/lib/core/regions";

export interface GridEconomy {
  iso3: string;
  name: string;
  regionCode: RegionCode | null;
}

/** One pair: its distance, the indicators it rests on and its colour band (0–4); null when the two share none. */
export type GridCell = readonly [distance: number, overlap: number, band: number] | null;

/**
 * The similarity matrix's table, drawn from compact rows (a client component,
 * so the page carries each pair as three numbers instead of its rendered
 * markup a second time). Every cell prints its value and overlap, names the
 * pair for screen readers, and links to the side-by-side comparison — also
 * when the overlap is too small for a distance to be shown.
 */
export function SimilarityGrid({ economies, cells, groups }: { economies: GridEconomy[]; cells: GridCell[][]; groups: [RegionCode, string][] | null }) {
  const t = useTranslations("regulations.similarity");
  const format = useFormatter();
  const two = (v: number) => format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const groupName = new Map(groups ?? []);
  const firstOfGroup = new Set(groups ? economies.filter((e, i) => i === 0 || economies[i - 1].regionCode !== e.regionCode).map((e) => e.iso3) : []);
  const edgeOf = (e: GridEconomy) => (firstOfGroup.has(e.iso3) ? " similarity__group-edge" : "");

  const cell = (row: GridEconomy, column: GridEconomy, value: GridCell) => {
    const edge = edgeOf(column);
    if (row.iso3 === column.iso3) {
      return (
        <td key={column.iso3} className={`similarity__cell similarity__self${edge}`}>
          <span aria-hidden="true">·</span>
          <span className="visually-hidden">{t("self")}</span>
        </td>
      );
    }
    const href = `/regulations/compare?economies=${row.iso3},${column.iso3}`;
    const overlap = value?.[1] ?? 0;
    if (!value || overlap < MIN_OVERLAP) {
      const shown = overlap === 0 ? "–" : t("overlapShort", { overlap });
      return (
        <td key={column.iso3} className={`similarity__cell similarity__too-little${edge}`}>
          <Link href={href}>
            <span className={overlap === 0 ? "similarity__none" : undefined}>{shown}</span>
            <span className="visually-hidden"> {t("cellTooLittle", { a: row.name, b: column.name, overlap, min: MIN_OVERLAP })}</span>
          </Link>
        </td>
      );
    }
    // The link's name starts with the visible figures (WCAG 2.5.3, label in name); the pair and its meaning follow.
    const distance = two(value[0]);
    const shown = t("overlapShort", { overlap });
    return (
      <td key={column.iso3} className={`similarity__cell similarity-shade--${value[2]}${edge}`}>
        <Link href={href}>
          {distance}
          <small>{shown}</small>
          <span className="visually-hidden"> {t("cellTitle", { a: row.name, b: column.name, distance, overlap })}</span>
        </Link>
      </td>
    );
  };

  return (
    <div className="table-scroll similarity__scroll" tabIndex={0} role="region" aria-label={t("caption")}>
      <table className="data-table similarity">
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <td className="similarity__corner">{t("corner")}</td>
            {economies.map((e) => (
              <th key={e.iso3} scope="col" className={`similarity__column${edgeOf(e)}`}>
                <abbr title={e.name}>{e.iso3}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {economies.map((row, i) => (
            <Fragment key={row.iso3}>
              {groups && firstOfGroup.has(row.iso3) ? (
                <tr className="similarity__group">
                  <th scope="colgroup" colSpan={economies.length + 1}>
                    {row.regionCode ? groupName.get(row.regionCode) : null}
                  </th>
                </tr>
              ) : null}
              <tr>
                <th scope="row" className="similarity__row">
                  <Link href={`/regulations/economy/${row.iso3.toLowerCase()}`}>{row.name}</Link>
                </th>
                {economies.map((column, j) => cell(row, column, cells[i][j]))}
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
