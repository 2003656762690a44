import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { EntryRow } from "@/lib/regulations/queries/entries";
import { SCORE_FORMAT } from "./score-format";
import { StatusBadge } from "./status-badge";
import { CitationList } from "@/components/ui/citation-list";
import { VerificationNote } from "@/components/ui/verification-note";

/**
 * One entry in full: status, score, legal instrument, article, description,
 * coverage, sources and verification, with a link to suggest a correction.
 * An entry without data says so plainly.
 */
export async function EntryDetails({ entry, indicatorName, economyName }: { entry: EntryRow; indicatorName: string; economyName: string }) {
  const [t, tr, format] = await Promise.all([getTranslations("regulations.entry"), getTranslations("regulations"), getFormatter()]);
  const suggest = entry.id === null ? null : (
    <p className="regulation-entry__suggest">
      <Link href={`/regulations/suggest/${entry.id}`} aria-label={tr("suggestFor", { indicator: indicatorName, economy: economyName })}>
        {tr("suggest")}
      </Link>
    </p>
  );
  const heading = (
    <h4 className="regulation-entry__title">
      <Link className="regulation-entry__code" href={`/regulations/indicators#${entry.indicatorCode}`} title={tr("indicators.scoringLink")}>
        {entry.indicatorCode}
      </Link>{" "}
      {indicatorName}
    </h4>
  );
  if (entry.status === "NO_DATA") {
    return (
      <li className="regulation-entry regulation-entry--no-data">
        {heading}
        <p className="regulation-entry__nodata">
          <StatusBadge status="NO_DATA" />
        </p>
        {suggest}
      </li>
    );
  }
  const instrument = [entry.instrumentName, entry.instrumentNumber].filter(Boolean).join(", ");
  const facts: Array<[string, React.ReactNode]> = [
    [t("status"), <StatusBadge key="s" status={entry.status} />],
    [t("score"), entry.score === null ? t("scoreNotSet") : format.number(entry.score, SCORE_FORMAT)],
  ];
  if (entry.answer) facts.push([t("answer"), entry.answer]);
  if (instrument) facts.push([t("instrument"), instrument]);
  if (entry.instrumentYear !== null) facts.push([t("year"), String(entry.instrumentYear)]);
  if (entry.lastAmendedYear !== null) facts.push([t("lastAmended"), String(entry.lastAmendedYear)]);
  if (entry.article) facts.push([t("article"), entry.article]);
  if (entry.coverage) facts.push([t("coverage"), entry.coverage]);
  facts.push([t("verified"), <VerificationNote key="v" fact={entry} />]);
  return (
    <li className="regulation-entry">
      {heading}
      <dl className="regulation-entry__facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {entry.description ? <p className="regulation-entry__description">{entry.description}</p> : null}
      <div className="regulation-entry__sources">
        <span>{t("sources")}:</span>
        <CitationList citations={entry.sources} />
      </div>
      {suggest}
    </li>
  );
}
