import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CompareNotes } from "@/components/explorer/compare-notes";
import { ComparePicker, type PickerGroup } from "@/components/explorer/compare-picker";
import { CompareSeries } from "@/components/explorer/compare-series";
import { ExplorerViewsNav } from "@/components/explorer/explorer-views-nav";
import { DownloadLink } from "@/components/ui/download-link";
import { OptionLinks } from "@/components/ui/option-links";
import { DemoDataBadge } from "@/components/ui/demo-data-badge";
import { getPathname, Link, redirect } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { csvHref } from "@/lib/core/cards/href";
import { localizedName } from "@/lib/core/i18n/localized";
import { type SearchParams } from "@/lib/core/url-state";
import { compareCards, compareView } from "@/lib/explorer/cards/compare";
import { type CompareChoiceLists } from "@/lib/explorer/queries/compare";
import { MAX_COMPARE_ITEMS, compareViewQuery, withRemoved, type CompareKind, type CompareView } from "@/lib/explorer/view-state/compare";
import { DISPLAYS, GRANULARITIES, MEASURES } from "@/lib/explorer/view-state/options";
import { getSuggestedPair, resolveExplorerCompareView } from "@/lib/public-data";

export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

const PATH = "/explorer/compare";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "compare" });
  return { title: t("title") };
}

/** Display names of every choosable item, by key. */
function labels(choices: CompareChoiceLists, locale: string): Record<CompareKind, Map<string, string>> {
  return {
    countries: new Map(choices.countries.map((c) => [c.key, localizedName(c, locale)])),
    marketplaces: new Map(choices.marketplaces.map((m) => [m.key, m.name])),
  };
}

/** The "Add" list, minus what is already chosen: countries by region, marketplaces by country. */
function pickerGroups(kind: CompareKind, choices: CompareChoiceLists, chosen: string[], locale: string): PickerGroup[] {
  const collator = new Intl.Collator(locale);
  const entries =
    kind === "countries"
      ? choices.countries.map((c) => ({ group: localizedName({ nameEn: c.regionEn, nameEs: c.regionEs }, locale), key: c.key, label: localizedName(c, locale) }))
      : choices.marketplaces.map((m) => ({ group: localizedName({ nameEn: m.countryEn, nameEs: m.countryEs }, locale), key: m.key, label: m.name }));
  const groups = new Map<string, PickerGroup>();
  for (const { group, key, label } of entries) {
    if (chosen.includes(key)) continue;
    if (!groups.has(group)) groups.set(group, { label: group, options: [] });
    groups.get(group)!.options.push({ key, label });
  }
  const sorted = [...groups.values()].map((g) => ({ ...g, options: g.options.sort((a, b) => collator.compare(a.label, b.label)) }));
  // Regions keep their own order (East Asia, Latin America); countries are alphabetical in the page's language.
  return kind === "countries" ? sorted : sorted.sort((a, b) => collator.compare(a.label, b.label));
}

export default async function ComparePage(props: Props) {
  const locale = await pageLocale(props);
  const [t, te] = await Promise.all([getTranslations("compare"), getTranslations("explorer")]);
  const ctx = await resolveExplorerCompareView({ params: {}, search: await props.searchParams, locale });
  const { choices, spec, state, redirectTo, chosen, items } = ctx;
  if (redirectTo !== null) redirect({ href: `${PATH}${redirectTo}`, locale });

  const names = labels(choices, locale)[state.kind];
  const [points, suggestion] = await Promise.all([
    compareCards.series.load(ctx),
    chosen.length === 0 ? getSuggestedPair(state.kind) : Promise.resolve([]),
  ]);
  const isDemo = points.some((p) => p.demo);
  const csv = csvHref(compareView, "series", compareViewQuery(spec, state), locale);
  const href = (change: Partial<CompareView>) => `${PATH}${compareViewQuery(spec, state, change)}`;
  const hidden = [...new URLSearchParams(compareViewQuery(spec, state))];

  return (
    <>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("lead", { max: MAX_COMPARE_ITEMS })}</p>
        <ExplorerViewsNav current="compare" />
        {isDemo ? <DemoDataBadge withExplanation /> : null}
      </header>

      <section className="card" aria-labelledby="selection-heading">
        <h2 id="selection-heading">{t("selectionHeading")}</h2>
        <ComparePicker
          kind={state.kind}
          kindHref={(kind) => href({ kind })}
          selected={items.map((item) => ({ ...item, removeHref: `${PATH}${compareViewQuery(spec, withRemoved(state, item.key))}` }))}
          groups={pickerGroups(state.kind, choices, chosen, locale)}
          action={getPathname({ href: PATH, locale })}
          hidden={hidden}
        />
      </section>

      <section className="card" aria-labelledby="series-heading">
        <h2 id="series-heading">{t(`headings.${state.measure}`)}</h2>
        {chosen.length === 0 ? (
          <div className="empty compare-empty">
            <p>{t("empty")}</p>
            {suggestion.length === 2 ? (
              <p>
                <Link href={href({ [state.kind]: suggestion })}>
                  {t("suggestion", { first: names.get(suggestion[0]) ?? suggestion[0], second: names.get(suggestion[1]) ?? suggestion[1] })}
                </Link>
              </p>
            ) : null}
          </div>
        ) : (
          <>
            <div className="controls">
              <OptionLinks label={t("measureLabel")} options={MEASURES} current={state.measure} href={(measure) => href({ measure })} name={(m) => t(`measures.${m}`)} />
              <OptionLinks label={te("granularityLabel")} options={GRANULARITIES} current={state.granularity} href={(granularity) => href({ granularity })} name={(g) => te(`granularities.${g}`)} />
              <OptionLinks label={te("displayLabel")} options={DISPLAYS} current={state.display} href={(display) => href({ display })} name={(d) => te(`displays.${d}`)} />
            </div>
            <CompareNotes kind={state.kind} items={items} points={points} measure={state.measure} />
            <CompareSeries ctx={ctx} rows={points} csv={csv} />
            <DownloadLink href={csv} />
          </>
        )}
      </section>
    </>
  );
}
