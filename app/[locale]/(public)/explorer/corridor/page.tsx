import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CorridorMatrix } from "@/components/explorer/corridor-matrix";
import { CorridorTop } from "@/components/explorer/corridor-top";
import { ExplorerViewsNav } from "@/components/explorer/explorer-views-nav";
import { DownloadLink } from "@/components/ui/download-link";
import { OptionLinks } from "@/components/ui/option-links";
import { DemoDataBadge } from "@/components/ui/demo-data-badge";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { getCorridor } from "@/lib/explorer/queries/corridor";
import { getTrafficIsDemo } from "@/lib/explorer/queries/demo";
import { getMemberCountries } from "@/lib/explorer/queries/members";
import { getCompleteYears } from "@/lib/explorer/queries/region-overview";
import {
  DIRECTIONS,
  DIRECTION_REGIONS,
  corridorMatrix,
  corridorViewQuery,
  parseCorridorView,
  topCorridors,
  type CorridorView,
} from "@/lib/explorer/view-state/corridor";
import { DISPLAYS } from "@/lib/explorer/view-state/options";
import { localizedName } from "@/lib/core/i18n/localized";
import { type SearchParams } from "@/lib/core/url-state";

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
  const [t, te, years] = await Promise.all([getTranslations("corridor"), getTranslations("explorer"), getCompleteYears({})]);
  const { spec, state } = parseCorridorView(await props.searchParams, years);
  const regions = DIRECTION_REGIONS[state.direction];
  const [cells, members, isDemo] = await Promise.all([
    getCorridor(state.direction, state.year),
    getMemberCountries(),
    getTrafficIsDemo({ region: regions.destination }),
  ]);
  const matrix = corridorMatrix(cells);
  const top = topCorridors(matrix);
  const byIso3 = new Map(members.map((c) => [c.iso3, c]));
  const name = (iso3: string) => {
    const country = byIso3.get(iso3);
    return country ? localizedName(country, locale) : iso3;
  };
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
        <DownloadLink href={`/api/explorer/corridor${corridorViewQuery(spec, state)}`} />
      </section>

      {top.length > 0 ? (
        <section className="card" aria-labelledby="top-heading">
          <h2 id="top-heading">{t("topHeading", words)}</h2>
          <p className="card__note">{t("topIntro", words)}</p>
          <OptionLinks label={te("displayLabel")} options={DISPLAYS} current={state.display} href={(display) => href({ display })} name={(d) => te(`displays.${d}`)} />
          <CorridorTop
            rows={top}
            total={matrix.total}
            display={state.display}
            name={name}
            chartLabel={t("chartLabel", words)}
            caption={t("tableCaption", words)}
          />
        </section>
      ) : null}
    </>
  );
}
