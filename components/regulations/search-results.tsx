import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/core/i18n/country-names";
import { MATCH_END, MATCH_START, type SearchRow } from "@/lib/regulations/queries/search";
import { SCORE_FORMAT } from "./score-format";
import { StatusBadge } from "./status-badge";

/** Text with the words the search matched in <mark>. */
function Highlighted({ text }: { text: string }) {
  const parts = text.split(new RegExp(`${MATCH_START}|${MATCH_END}`));
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : part))}
    </>
  );
}

export async function RegulationSearchResults({ rows, locale }: { rows: SearchRow[]; locale: string }) {
  const [t, format] = await Promise.all([getTranslations("regulations"), getFormatter()]);
  return (
    <ul className="policy-results__list">
      {rows.map((row) => {
        const name = countryName(row.iso3, locale);
        const indicator = locale === "es" ? row.indicatorNameEs : row.indicatorNameEn;
        const instrument = [row.instrumentName, row.instrumentNumber, row.instrumentYear].filter((v) => v !== null && v !== "").join(", ");
        return (
          <li key={row.id} className="policy-result">
            <h3>
              <Link href={`/regulations/economy/${row.iso3.toLowerCase()}#pillar-${row.pillarCode}`}>{name}</Link> —{" "}
              <span className="regulation-entry__code">{row.indicatorCode}</span> {indicator}
            </h3>
            <p className="policy-result__facts">
              <StatusBadge status={row.status} />
              {row.score !== null ? (
                <span>
                  {t("entry.score")}: {format.number(row.score, SCORE_FORMAT)}
                </span>
              ) : null}
              {instrument ? <span>{instrument}</span> : null}
              {row.article ? (
                <span>
                  {t("entry.article")}: {row.article}
                </span>
              ) : null}
            </p>
            {row.snippet ? (
              <p className="policy-result__snippet">
                <Highlighted text={row.snippet} />
              </p>
            ) : row.description ? (
              <p className="policy-result__snippet">{row.description}</p>
            ) : null}
            <p className="regulation-entry__suggest">
              <Link href={`/regulations/suggest/${row.id}`} aria-label={t("suggestFor", { indicator, economy: name })}>
                {t("suggest")}
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
