import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { DownloadLink } from "@/components/ui/download-link";
import { OptionLinks } from "@/components/ui/option-links";
import { CompareGrid } from "@/components/regulations/compare-grid";
import { ComparePicker } from "@/components/regulations/compare-picker";
import { MethodNote } from "@/components/regulations/method-note";
import { RegulationViewsNav } from "@/components/regulations/views-nav";
import { Link, redirect } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { isCanonical, type SearchParams } from "@/lib/core/url-state";
import { OVERALL, compareCards, compareCsv } from "@/lib/regulations/cards/compare";
import { DIFF_KEYS, compareQuery, pathsQuery } from "@/lib/regulations/view-state";
import { resolveRegulationCompareView } from "@/lib/public-data";

export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "regulations" });
  return { title: t("compare.title") };
}

export default async function ComparePage(props: Props) {
  const locale = await pageLocale(props);
  const t = await getTranslations("regulations");
  const raw = await props.searchParams;
  const ctx = await resolveRegulationCompareView({ search: raw, locale });
  const { known, state, chosen, ready } = ctx;
  const canonical = compareQuery(known, state);
  if (!isCanonical(raw, canonical)) redirect({ href: `/regulations/compare${canonical}`, locale });

  const [scores, entries] = await Promise.all([compareCards.scores.load(ctx), compareCards.entries.load(ctx)]);
  const names = chosen.map((e) => e.name).join(", ");
  const differing = new Set(entries.filter((e) => e.differs).map((e) => e.indicatorCode)).size;
  const total = scores.find((r) => r.pillarCode === OVERALL)?.total ?? 0;

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

      <ComparePicker locale={locale} economies={ctx.economies} chosen={state.economies} diff={state.diff} />

      {!ready ? (
        <p className="regulation-notice">{t("compare.tooFew")}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="compare-scores-heading">
            <h2 id="compare-scores-heading">{t("compare.scoresCaption", { economies: names })}</h2>
            <DataTable
              card={compareCards.scores}
              ctx={ctx}
              rows={scores}
              caption={t("compare.scoresCaption", { economies: names })}
              className="regulation-compare"
              csv={compareCsv(ctx, "scores")}
            />
            <MethodNote />
            <nav className="regulation-links" aria-label={t("paths.fromCompare")}>
              {t("paths.fromCompare")}:{" "}
              {chosen.slice(1).map((other, i) => (
                <span key={other.iso3}>
                  {i > 0 ? " · " : null}
                  <Link href={`/regulations/paths${pathsQuery(known, { economy: chosen[0].iso3, to: other.iso3 })}`}>{t("paths.pairLink", { a: chosen[0].name, b: other.name })}</Link>
                </span>
              ))}
            </nav>
            <DownloadLink href={compareCsv(ctx, "scores")} />
          </section>

          <section className="card" aria-labelledby="compare-indicators-heading">
            <h2 id="compare-indicators-heading">{t("compare.caption", { economies: names })}</h2>
            <div className="controls">
              <OptionLinks
                label={t("compare.rowsLabel")}
                options={DIFF_KEYS}
                current={state.diff}
                href={(diff) => `/regulations/compare${compareQuery(known, { ...state, diff })}`}
                name={(diff) => t(`compare.diff.${diff}`)}
              />
            </div>
            <p role="status">{differing === 0 ? t("compare.noDifferences") : t("compare.differingCount", { count: differing, total })}</p>
            <CompareGrid entries={entries} economies={chosen} caption={t("compare.caption", { economies: names })} />
            <DownloadLink href={compareCsv(ctx, "entries")} />
          </section>
        </>
      )}
    </>
  );
}
