import { getLocale, getTranslations } from "next-intl/server";
import type { PeerBenchmark as PeerRow } from "@/lib/policies/queries/gaps";
import type { Term } from "@/lib/policies/queries/vocabularies";
import { localizedName } from "@/lib/core/i18n/localized";
import { isGap, peerStatement } from "@/lib/policies/peer-statement";

/** Per column of one matrix: how many peers have measures, and how many the economy has; gaps marked. */
export async function PeerBenchmark({
  heading,
  dimension,
  rows,
  terms,
}: {
  heading: string;
  dimension: "instrument" | "target";
  rows: PeerRow[];
  terms: Term[];
}) {
  const [t, locale] = await Promise.all([getTranslations("policies"), getLocale()]);
  const name = new Map(terms.map((term) => [term.slug, localizedName(term, locale)]));
  return (
    <div className="peer-benchmark">
      <h3>{heading}</h3>
      <ul>
        {rows.map((row) => {
          const { key, values } = peerStatement(dimension, name.get(row.slug) ?? row.slug, row, locale);
          const gap = isGap(row);
          return (
            <li key={row.slug} className={gap ? "peer-benchmark__gap" : undefined}>
              {gap ? <span className="tag">{t("gaps.gapTag")}</span> : null} {t(key, values)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
