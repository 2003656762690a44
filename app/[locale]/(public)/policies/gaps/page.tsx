import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DownloadLink } from "@/components/ui/download-link";
import { OptionLinks } from "@/components/ui/option-links";
import { GapReviewNote, PolicyCoverageSummary } from "@/components/policies/coverage-summary";
import { GapLegend, GapMatrix } from "@/components/policies/gap-matrix";
import { PeerBenchmark } from "@/components/policies/peer-benchmark";
import { PolicyViewsNav } from "@/components/policies/policy-views-nav";
import { getPathname, Link, redirect } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { csvHref } from "@/lib/core/cards/href";
import { localizedName } from "@/lib/core/i18n/localized";
import { REGION_PARAMS } from "@/lib/core/regions";
import { isCanonical, type SearchParams } from "@/lib/core/url-state";
import { gapCards, gapView } from "@/lib/policies/cards/gaps";
import { isGap } from "@/lib/policies/peer-statement";
import { EMPTY_ROWS, gapViewQuery, type GapView } from "@/lib/policies/view-state/gaps";
import { getPeerBenchmark, resolveGapView } from "@/lib/public-data";

export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

const PATH = "/policies/gaps";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "policies" });
  return { title: t("gaps.title") };
}

export default async function GapsPage(props: Props) {
  const locale = await pageLocale(props);
  const raw = await props.searchParams;
  const [t, ctx] = await Promise.all([getTranslations("policies"), resolveGapView(raw, locale)]);
  const { vocabularies, members, spec, state, scope } = ctx;
  // The economy form sends every field; the address keeps only what differs from the default view.
  if (!isCanonical(raw, gapViewQuery(spec, state))) redirect({ href: `${PATH}${gapViewQuery(spec, state)}`, locale });
  const [instrumentRows, targetRows, instrumentPeers, targetPeers] = await Promise.all([
    gapCards.instrument.load(ctx),
    gapCards.target.load(ctx),
    scope.include ? getPeerBenchmark("instrument", { ...scope, include: scope.include }) : Promise.resolve([]),
    scope.include ? getPeerBenchmark("target", { ...scope, include: scope.include }) : Promise.resolve([]),
  ]);
  const href = (change: Partial<GapView>) => `${PATH}${gapViewQuery(spec, state, change)}`;
  const csv = (dimension: keyof typeof gapCards) => csvHref(gapView, dimension, gapViewQuery(spec, state), locale);
  const rowHref = (iso3: string) => href({ economy: iso3.toLowerCase() });
  const benchmarked = members.find((e) => e.iso3 === scope.include);
  const country = benchmarked ? localizedName(benchmarked, locale) : "";
  const collator = new Intl.Collator(locale);
  const choices = members.map((e) => ({ value: e.iso3.toLowerCase(), label: localizedName(e, locale) })).sort((a, b) => collator.compare(a.label, b.label));
  const hidden = [...new URLSearchParams(gapViewQuery(spec, state, { economy: "" }))];

  return (
    <>
      <header className="view-header">
        <p className="breadcrumb">
          <Link href="/policies">{t("title")}</Link>
        </p>
        <h1>{t("gaps.title")}</h1>
        <p className="view-header__lead">{t("gaps.lead")}</p>
        <PolicyViewsNav current="gaps" />
      </header>
      <PolicyCoverageSummary />

      <section className="card" aria-labelledby="gap-controls-heading">
        <h2 id="gap-controls-heading" className="visually-hidden">
          {t("search.heading")}
        </h2>
        <div className="controls">
          <OptionLinks
            label={t("gaps.regionLabel")}
            options={REGION_PARAMS}
            current={state.region}
            href={(region) => href({ region })}
            name={(region) => t(`gaps.regions.${region}`)}
          />
          <OptionLinks
            label={t("gaps.emptyLabel")}
            options={EMPTY_ROWS}
            current={state.empty}
            href={(empty) => href({ empty })}
            name={(empty) => t(`gaps.empty.${empty}`)}
          />
        </div>
        <form method="get" action={getPathname({ href: PATH, locale })} className="gap-economy">
          {hidden.map(([key, value]) => (
            <input key={key} type="hidden" name={key} value={value} />
          ))}
          <label htmlFor="gap-economy">{t("gaps.economyLabel")}</label>
          <select id="gap-economy" name="economy" defaultValue={state.economy} key={state.economy}>
            <option value="">{t("gaps.economyNone")}</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small">
            {t("gaps.economySubmit")}
          </button>
        </form>
        <p className="card__note">{t("gaps.honest")}</p>
      </section>

      {benchmarked ? (
        <section className="card peer-card" aria-labelledby="benchmark-heading">
          <h2 id="benchmark-heading">{t("gaps.benchmarkHeading", { country })}</h2>
          <p>
            {state.region === "all"
              ? t("gaps.peersIntroAll", { count: instrumentPeers[0]?.peers ?? 0, country })
              : t("gaps.peersIntro", { count: instrumentPeers[0]?.peers ?? 0, scope: t(`gaps.regions.${state.region}`), country })}
          </p>
          <div className="card-grid">
            <PeerBenchmark heading={t("gaps.instrumentHeading")} dimension="instrument" rows={instrumentPeers} terms={vocabularies.instrumentTypes} />
            <PeerBenchmark heading={t("gaps.targetHeading")} dimension="target" rows={targetPeers} terms={vocabularies.targetGroups} />
          </div>
          {[...instrumentPeers, ...targetPeers].some(isGap) ? null : <p>{t("gaps.noGaps", { country })}</p>}
        </section>
      ) : null}

      <section className="card" aria-labelledby="instrument-heading">
        <h2 id="instrument-heading">{t("gaps.instrumentHeading")}</h2>
        <p className="card__note">
          {t("gaps.countingNote")} {t("gaps.choose")}
        </p>
        <GapLegend />
        <GapMatrix
          id="gap-instrument"
          caption={t("gaps.instrumentCaption")}
          rows={instrumentRows}
          terms={vocabularies.instrumentTypes}
          facet="instrument"
          rowHref={rowHref}
        />
        <DownloadLink href={csv("instrument")} />
      </section>

      <section className="card" aria-labelledby="target-heading">
        <h2 id="target-heading">{t("gaps.targetHeading")}</h2>
        <GapMatrix
          id="gap-target"
          caption={t("gaps.targetCaption")}
          rows={targetRows}
          terms={vocabularies.targetGroups}
          facet="target"
          rowHref={rowHref}
        />
        <DownloadLink href={csv("target")} />
        <GapReviewNote economies={new Set(instrumentRows.map((r) => r.iso3))} />
      </section>
    </>
  );
}
