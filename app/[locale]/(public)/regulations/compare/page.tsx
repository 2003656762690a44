import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DownloadLink } from "@/components/ui/download-link";
import { OptionLinks } from "@/components/ui/option-links";
import { ComparePicker } from "@/components/regulations/compare-picker";
import { MethodNote } from "@/components/regulations/method-note";
import { SCORE_FORMAT } from "@/components/regulations/score-format";
import { StatusBadge } from "@/components/regulations/status-badge";
import { RegulationViewsNav } from "@/components/regulations/views-nav";
import { Link, redirect } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { countryName } from "@/lib/core/i18n/country-names";
import { getEntries, type EntryRow } from "@/lib/regulations/queries/entries";
import { getOverallScores, getPillarScores } from "@/lib/regulations/queries/scores";
import { getEconomies, getPillars } from "@/lib/regulations/queries/taxonomy";
import { localizedName } from "@/lib/core/i18n/localized";
import { isCanonical } from "@/lib/core/url-state";
import { rowDiffers, visibleRows } from "@/lib/regulations/compare";
import { MIN_COMPARE } from "@/lib/regulations/method";
import { DIFF_KEYS, compareQuery, parseCompareView } from "@/lib/regulations/view-state";
import { type SearchParams } from "@/lib/core/url-state";

export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "regulations" });
  return { title: t("compare.title") };
}

/** Indicator rows: one cell per economy, in the order the economies were chosen. */
function indicatorRows(entries: EntryRow[]) {
  const rows = new Map<string, { code: string; pillarCode: string; nameEn: string; nameEs: string; cells: EntryRow[] }>();
  for (const e of entries) {
    const row = rows.get(e.indicatorCode) ?? { code: e.indicatorCode, pillarCode: e.pillarCode, nameEn: e.indicatorNameEn, nameEs: e.indicatorNameEs, cells: [] };
    row.cells.push(e);
    rows.set(e.indicatorCode, row);
  }
  return [...rows.values()];
}

export default async function ComparePage(props: Props) {
  const locale = await pageLocale(props);
  const [t, format, economies, pillars] = await Promise.all([getTranslations("regulations"), getFormatter(), getEconomies(), getPillars()]);
  const known = economies.map((e) => e.iso3);
  const raw = await props.searchParams;
  const state = parseCompareView(raw, known);
  const canonical = compareQuery(known, state);
  if (!isCanonical(raw, canonical)) redirect({ href: `/regulations/compare${canonical}`, locale });

  const chosen = state.economies;
  const ready = chosen.length >= MIN_COMPARE;
  const [entries, scores, overall] = ready
    ? await Promise.all([getEntries(chosen), getPillarScores({ economies: chosen }), getOverallScores({ economies: chosen })])
    : [[], [], []];
  const names = chosen.map((iso3) => countryName(iso3, locale));
  const score = (v: number | null) => (v === null ? <span className="regulation-muted">{t("noData")}</span> : format.number(v, SCORE_FORMAT));
  const rows = indicatorRows(entries);
  const differing = rows.filter((r) => rowDiffers(r.cells)).length;
  const shown = visibleRows(rows, state.diff === "only");
  const csvQuery = compareQuery(known, state);
  const csv = `/api/regulations/compare${csvQuery}${locale === "es" ? `${csvQuery ? "&" : "?"}lang=es` : ""}`;

  return (
    <>
      <header className="view-header">
        <p className="breadcrumb">
          <Link href="/regulations">{t("title")}</Link>
        </p>
        <h1>{t("compare.title")}</h1>
        <p className="view-header__lead">{t("compare.lead")}</p>
        <RegulationViewsNav current="compare" />
      </header>

      <ComparePicker locale={locale} economies={economies} chosen={chosen} diff={state.diff} />

      {!ready ? (
        <p className="regulation-notice">{t("compare.tooFew")}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="compare-scores-heading">
            <h2 id="compare-scores-heading">{t("compare.scoresCaption", { economies: names.join(", ") })}</h2>
            <div className="table-scroll">
              <table className="data-table regulation-compare">
                <thead>
                  <tr>
                    <th scope="col">{t("profile.pillarCol")}</th>
                    {chosen.map((iso3, i) => (
                      <th scope="col" key={iso3} className="numeric">
                        <Link href={`/regulations/economy/${iso3.toLowerCase()}`}>{names[i]}</Link>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  <tr className="regulation-compare__overall">
                    <th scope="row">{t("compare.overallRow")}</th>
                    {chosen.map((iso3) => {
                      const o = overall.find((s) => s.iso3 === iso3);
                      return (
                        <td key={iso3} className="numeric">
                          {score(o?.score ?? null)} <span className="regulation-muted">({t("profile.restsOn", { scored: o?.scored ?? 0, total: o?.total ?? 0 })})</span>
                        </td>
                      );
                    })}
                  </tr>
                  {pillars.map((p) => (
                    <tr key={p.code}>
                      <th scope="row">
                        {p.code} — {localizedName(p, locale)}
                      </th>
                      {chosen.map((iso3) => {
                        const s = scores.find((x) => x.iso3 === iso3 && x.pillarCode === p.code);
                        return (
                          <td key={iso3} className="numeric">
                            {score(s?.score ?? null)} <span className="regulation-muted">({t("profile.restsOn", { scored: s?.scored ?? 0, total: s?.total ?? p.indicators })})</span>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <MethodNote />
          </section>

          <section className="card" aria-labelledby="compare-indicators-heading">
            <h2 id="compare-indicators-heading">{t("compare.caption", { economies: names.join(", ") })}</h2>
            <div className="controls">
              <OptionLinks
                label={t("compare.rowsLabel")}
                options={DIFF_KEYS}
                current={state.diff}
                href={(diff) => `/regulations/compare${compareQuery(known, { ...state, diff })}`}
                name={(diff) => t(`compare.diff.${diff}`)}
              />
            </div>
            <p role="status">{differing === 0 ? t("compare.noDifferences") : t("compare.differingCount", { count: differing, total: rows.length })}</p>
            {shown.length > 0 ? (
              <div className="table-scroll">
                <table className="data-table regulation-compare">
                  <caption className="visually-hidden">{t("compare.caption", { economies: names.join(", ") })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("compare.indicatorCol")}</th>
                      {chosen.map((iso3, i) => (
                        <th scope="col" key={iso3}>
                          {names[i]}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((row) => {
                      const differs = rowDiffers(row.cells);
                      return (
                        <tr key={row.code} className={differs ? "regulation-compare__differs" : undefined}>
                          <th scope="row">
                            <span className="regulation-entry__code">{row.code}</span> {locale === "es" ? row.nameEs : row.nameEn}
                            {differs ? <span className="regulation-tag regulation-tag--differs">{t("compare.differs")}</span> : null}
                          </th>
                          {row.cells.map((cell) => (
                            <td key={cell.iso3}>
                              <StatusBadge status={cell.status} />
                              {cell.score !== null ? <span className="regulation-compare__score"> {format.number(cell.score, SCORE_FORMAT)}</span> : null}
                              {cell.instrumentName ? (
                                <span className="regulation-compare__instrument">
                                  {[cell.instrumentName, cell.instrumentNumber, cell.instrumentYear].filter(Boolean).join(", ")}
                                </span>
                              ) : null}
                              {cell.id !== null && cell.status !== "NO_DATA" ? (
                                <Link className="regulation-compare__suggest" href={`/regulations/suggest/${cell.id}`}>
                                  {t("suggest")}
                                </Link>
                              ) : null}
                            </td>
                          ))}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            ) : null}
            <DownloadLink href={csv} />
          </section>
        </>
      )}
    </>
  );
}
