import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CorridorMatrix } from "@/components/explorer/corridor-matrix";
import { corridorTopChart } from "@/components/explorer/view-charts";
import { ExplorerViewsNav } from "@/components/explorer/explorer-views-nav";
import { DataTable } from "@/components/ui/data-table";
import { DownloadLink } from "@/components/ui/download-link";
import { OptionLinks } from "@/components/ui/option-links";
import { DemoDataBadge } from "@/components/ui/demo-data-badge";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { csvHref } from "@/lib/core/cards/href";
import { localizedName } from "@/lib/core/i18n/localized";
import { type SearchParams } from "@/lib/core/url-state";
import { corridorCards, corridorView } from "@/lib/explorer/cards/corridor";
import { DIRECTIONS, corridorViewQuery, type CorridorView } from "@/lib/explorer/view-state/corridor";
import { DISPLAYS } from "@/lib/explorer/view-state/options";
import { resolveCorridorView } from "@/lib/public-data";

export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

const PATH = "/explorer/corridor";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "corridor" });
  return { title: t("title") };
}

export default async function CorridorPage(props: Props) {
  const locale = await pageLocale(props);
  const [t, te] = await Promise.all([getTranslations("corridor"), getTranslations("explorer")]);
  const ctx = await resolveCorridorView({ params: {}, search: await props.searchParams, locale });
  const { years, spec, state, regions, members, matrix, name, demo: isDemo } = ctx;
  const top = await corridorCards.top.load(ctx);
  const csv = (card: keyof typeof corridorCards) => csvHref(corridorView, card, corridorViewQuery(spec, state), locale);
  const collator = new Intl.Collator(locale);
  const omitted = (region: string, shown: string[]) =>
    members
      .filter((c) => c.regionCode === region && !shown.includes(c.iso3))
      .map((c) => localizedName(c, locale))
      .sort(collator.compare)
      .join(", ");
  const omittedOrigins = omitted(regions.origin, matrix.origins);
  const omittedDestinations = omitted(regions.destination, matrix.destinations);

  const href = (change: Partial<CorridorView>) => `${PATH}${corridorViewQuery(spec, state, change)}`;
  const origin = t(`regions.${regions.origin}`);
  const destination = t(`regions.${regions.destination}`);
  const words = { origin, destination, year: state.year, count: top.length };
  const chart = state.display === "chart" ? await corridorTopChart(ctx, top) : null;

  return (
    <>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("lead")}</p>
        <ExplorerViewsNav current="corridor" />
        {isDemo ? <DemoDataBadge withExplanation /> : null}
        <div className="controls">
          <OptionLinks
            label={t("directionLabel")}
            options={DIRECTIONS}
            current={state.direction}
            href={(direction) => href({ direction })}
            name={(d) => t(`directions.${d}`)}
          />
          <OptionLinks label={te("yearLabel")} options={[...years].reverse()} current={state.year} href={(year) => href({ year })} name={String} />
        </div>
      </header>

      <section className="card" aria-labelledby="matrix-heading">
        <h2 id="matrix-heading">{t("matrixHeading", words)}</h2>
        {matrix.total === 0 ? (
          <p className="empty">{t("empty", words)}</p>
        ) : (
          <>
            <p className="card__note">{t("unitNote", words)}</p>
            <CorridorMatrix matrix={matrix} name={name} caption={t("matrixCaption", words)} />
            {omittedOrigins ? <p className="card__note">{t("omittedOrigins", { ...words, countries: omittedOrigins })}</p> : null}
            {omittedDestinations ? <p className="card__note">{t("omittedDestinations", { ...words, countries: omittedDestinations })}</p> : null}
          </>
        )}
        <DownloadLink href={csv("matrix")} />
      </section>

      {top.length > 0 ? (
        <section className="card" aria-labelledby="top-heading">
          <h2 id="top-heading">{t("topHeading", words)}</h2>
          <p className="card__note">{t("topIntro", words)}</p>
          <OptionLinks label={te("displayLabel")} options={DISPLAYS} current={state.display} href={(display) => href({ display })} name={(d) => te(`displays.${d}`)} />
          {chart ? (
            chart.chart
          ) : (
            <DataTable card={corridorCards.top} rows={top} csv={csv("top")} caption={t("tableCaption", words)} />
          )}
          <DownloadLink href={csv("top")} />
        </section>
      ) : null}
    </>
  );
}
