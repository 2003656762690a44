import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/shell/client-messages";
import type { RegionCode } from "@/lib/core/regions";
import { pairKey, type PairDistance } from "@/lib/regulations/queries/similarity";
import { MIN_OVERLAP, distanceBand } from "@/lib/regulations/method";
import { SimilarityGrid, type GridCell } from "./similarity-grid";

export interface MatrixEconomy {
  iso3: string;
  name: string;
  regionCode: RegionCode | null;
}

/**
 * Economy × economy heatmap of regulatory distance: the table (similarity-grid.tsx,
 * drawn from one row of numbers per economy) and its legend. Every cell prints
 * its value (the colour only repeats it) and its overlap.
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
  const cells = economies.map((row) =>
    economies.map((column): GridCell => {
      const pair = row.iso3 === column.iso3 ? undefined : byPair.get(pairKey(row.iso3, column.iso3));
      return pair ? [Math.round(pair.distance * 100) / 100, pair.overlap, distanceBand(pair.distance)] : null;
    }),
  );

  return (
    <>
      <ClientMessages namespaces={["regulations.similarity"]}>
        <SimilarityGrid economies={economies} cells={cells} groups={groups ? [...groups] : null} />
      </ClientMessages>
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
