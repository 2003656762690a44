import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { DownloadLink } from "@/components/ui/download-link";
import { MethodNote } from "@/components/regulations/method-note";
import { RegulationViewsNav } from "@/components/regulations/views-nav";
import { WhatIfForm } from "@/components/regulations/what-if-form";
import { getPathname, Link, redirect } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { countryName } from "@/lib/core/i18n/country-names";
import { isCanonical, type SearchParams } from "@/lib/core/url-state";
import { whatIfCards, whatIfCsv } from "@/lib/regulations/cards/what-if";
import { OVERALL } from "@/lib/regulations/simulation/what-if";
import { whatIfQuery } from "@/lib/regulations/view-state";
import { resolveWhatIfView } from "@/lib/public-data";

export const dynamic = "force-dynamic";

const PATH = "/regulations/what-if";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "regulations.whatIf" });
  const ctx = await resolveWhatIfView({ search: await props.searchParams, locale });
  return { title: ctx.state.economy ? t("metaTitle", { economy: ctx.name }) : t("title") };
}

export default async function WhatIfPage(props: Props) {
  const locale = await pageLocale(props);
  const raw = await props.searchParams;
  const ctx = await resolveWhatIfView({ search: raw, locale });
  const canonical = whatIfQuery(ctx.choices, ctx.state);
  if (!isCanonical(raw, canonical)) redirect({ href: `${PATH}${canonical}`, locale });

  const [t, format] = await Promise.all([getTranslations("regulations"), getFormatter()]);
  const two = (v: number) => format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const { simulation, state } = ctx;
  const [scores, distances, changes] = simulation ? await Promise.all([whatIfCards.scores.load(ctx), whatIfCards.distances.load(ctx), whatIfCards.changes.load(ctx)]) : [[], [], []];
  const overall = simulation?.scores.find((s) => s.pillarCode === OVERALL);
  const collator = new Intl.Collator(locale);
  const economies = ctx.economies.map((e) => ({ iso3: e.iso3, name: countryName(e.iso3, locale) })).sort((a, b) => collator.compare(a.name, b.name));

  const summary = () => {
    if (!overall || state.set.length === 0) return t("whatIf.noChanges", { economy: ctx.name });
    const { today, simulated } = overall;
    if (today.score === null || simulated.score === null || today.rank === null || simulated.rank === null) return t("whatIf.summaryNoScore", { count: state.set.length });
    return t("whatIf.summary", { count: state.set.length, economy: ctx.name, today: two(today.score), simulated: two(simulated.score), rankToday: today.rank, rankSimulated: simulated.rank, of: overall.ranked });
  };

  return (
    <>
      <header className="view-header">
        <p className="breadcrumb">
          <Link href="/regulations">{t("title")}</Link>
        </p>
        <h1>{state.economy ? t("whatIf.metaTitle", { economy: ctx.name }) : t("whatIf.title")}</h1>
        <p className="view-header__lead">{t("whatIf.lead")}</p>
        <RegulationViewsNav current="whatIf" />
      </header>

      <p className="simulation-notice" role="note">
        <strong>{t("whatIf.noticeLabel")}</strong> — {t("whatIf.notice")}
      </p>

      <form className="economy-pick" method="get" action={getPathname({ href: PATH, locale })}>
        <label>
          {t("whatIf.pickLabel")}
          <select name="economy" defaultValue={state.economy}>
            <option value="">{t("paths.choose")}</option>
            {economies.map((e) => (
              <option key={e.iso3} value={e.iso3}>
                {e.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t("whatIf.pick")}
        </button>
      </form>

      {!simulation ? (
        <p className="regulation-notice">{t("whatIf.pickEconomy")}</p>
      ) : (
        <>
          <p className="what-if-summary" role="status">
            {summary()}
          </p>

          {changes.length ? (
            <section className="card" aria-labelledby="what-if-changes-heading">
              <h2 id="what-if-changes-heading">{t("whatIf.changesHeading")}</h2>
              <DataTable card={whatIfCards.changes} ctx={ctx} rows={changes} caption={t("whatIf.changesHeading")} csv={whatIfCsv(ctx, "changes")} />
              <p className="regulation-links">
                <Link href={`${PATH}${whatIfQuery(ctx.choices, { economy: state.economy })}`}>{t("whatIf.clear")}</Link>
              </p>
              <DownloadLink href={whatIfCsv(ctx, "changes")} />
            </section>
          ) : null}

          <section className="card" aria-labelledby="what-if-scores-heading">
            <h2 id="what-if-scores-heading">{t("whatIf.scoresHeading", { economy: ctx.name })}</h2>
            <DataTable card={whatIfCards.scores} ctx={ctx} rows={scores} caption={t("whatIf.scoresHeading", { economy: ctx.name })} csv={whatIfCsv(ctx, "scores")} />
            <MethodNote />
            <DownloadLink href={whatIfCsv(ctx, "scores")} />
          </section>

          <section className="card" aria-labelledby="what-if-distances-heading">
            <h2 id="what-if-distances-heading">{t("whatIf.distancesHeading", { economy: ctx.name })}</h2>
            <p className="card__note">{t("whatIf.distancesNote")}</p>
            <div className="table-scroll--tall">
              <DataTable card={whatIfCards.distances} ctx={ctx} rows={distances} caption={t("whatIf.distancesHeading", { economy: ctx.name })} csv={whatIfCsv(ctx, "distances")} />
            </div>
            <MethodNote distance />
            <DownloadLink href={whatIfCsv(ctx, "distances")} />
          </section>

          <section className="card" aria-labelledby="what-if-form-heading">
            <h2 id="what-if-form-heading">{t("whatIf.formHeading")}</h2>
            <p className="card__note">{t("whatIf.formHelp")}</p>
            <WhatIfForm locale={locale} economy={state.economy} pillars={ctx.pillars} indicators={ctx.indicators} today={ctx.today} changes={state.set} />
          </section>
        </>
      )}
    </>
  );
}
