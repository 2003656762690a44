import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import { DownloadLink } from "@/components/ui/download-link";
import { MethodNote } from "@/components/regulations/method-note";
import { PathPicker } from "@/components/regulations/path-picker";
import { RegulationViewsNav } from "@/components/regulations/views-nav";
import { Link, redirect } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { countryName } from "@/lib/core/i18n/country-names";
import { isCanonical, type SearchParams } from "@/lib/core/url-state";
import { MIN_OVERLAP } from "@/lib/regulations/method";
import { pathsCards, pathsCsv, type PathsViewContext } from "@/lib/regulations/cards/paths";
import { pathsQuery } from "@/lib/regulations/view-state";
import { resolvePathsView } from "@/lib/public-data";

export const dynamic = "force-dynamic";

const PATH = "/regulations/paths";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

/** The partner as a sentence names it: an economy, or "the members of <region>". */
async function partnerName(ctx: PathsViewContext): Promise<string> {
  const t = await getTranslations({ locale: ctx.locale, namespace: "regulations" });
  if (!ctx.partner) return "";
  if (ctx.partner.kind === "economy") return countryName(ctx.partner.iso3, ctx.locale);
  return t("paths.regionPartner", { region: t(`pillar.regions.${ctx.partner.slug}`) });
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "regulations.paths" });
  const ctx = await resolvePathsView({ search: await props.searchParams, locale });
  return { title: ctx.path ? t("metaTitle", { economy: ctx.name, partner: await partnerName(ctx) }) : t("title") };
}

export default async function PathsPage(props: Props) {
  const locale = await pageLocale(props);
  const raw = await props.searchParams;
  const ctx = await resolvePathsView({ search: raw, locale });
  const canonical = pathsQuery(ctx.known, ctx.state);
  if (!isCanonical(raw, canonical)) redirect({ href: `${PATH}${canonical}`, locale });

  const [t, format] = await Promise.all([getTranslations("regulations"), getFormatter()]);
  const two = (v: number) => format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const { path, partner } = ctx;
  const partnerText = await partnerName(ctx);
  const [steps, partners] = path ? await Promise.all([pathsCards.steps.load(ctx), pathsCards.partners.load(ctx)]) : [[], []];
  const firstK = Math.min(3, steps.length);

  return (
    <>
      <header className="view-header">
        <p className="breadcrumb">
          <Link href="/regulations">{t("title")}</Link>
        </p>
        <h1>{path ? t("paths.metaTitle", { economy: ctx.name, partner: partnerText }) : t("paths.title")}</h1>
        <p className="view-header__lead">{t("paths.lead")}</p>
        <RegulationViewsNav current="paths" />
      </header>

      <p className="simulation-notice" role="note">
        {t("paths.notice")}
      </p>

      <PathPicker locale={locale} economies={ctx.economies} economy={ctx.state.economy} to={ctx.state.to} />

      {!path ? (
        <p className="regulation-notice">{t("paths.pickBoth")}</p>
      ) : path.distance === null ? (
        <p className="regulation-notice" role="status">
          {t("paths.noDistance", { economy: ctx.name, partner: partnerText, min: MIN_OVERLAP })}
        </p>
      ) : (
        <>
          <p className="what-if-summary" role="status">
            {t("paths.summary", { economy: ctx.name, partner: partnerText, distance: two(path.distance), steps: steps.length })}{" "}
            {firstK > 0 ? t("paths.summaryFirst", { count: firstK, after: two(steps[firstK - 1].distanceAfter) }) : null}
          </p>

          {steps.length ? (
            <section className="card" aria-labelledby="path-steps-heading">
              <h2 id="path-steps-heading">{t("paths.stepsHeading")}</h2>
              <p className="card__note">{t("paths.stepsNote")}</p>
              <div className="table-scroll--tall">
                <DataTable card={pathsCards.steps} ctx={ctx} rows={steps} caption={t("paths.stepsHeading")} csv={pathsCsv(ctx, "steps")} />
              </div>
              <MethodNote distance />
              <DownloadLink href={pathsCsv(ctx, "steps")} />
            </section>
          ) : null}

          {partner?.kind === "region" ? (
            <section className="card" aria-labelledby="path-partners-heading">
              <h2 id="path-partners-heading">{t("paths.partnersHeading", { region: t(`pillar.regions.${partner.slug}`) })}</h2>
              <p className="card__note">{t("paths.partnersNote", { min: MIN_OVERLAP })}</p>
              <DataTable card={pathsCards.partners} ctx={ctx} rows={partners} caption={t("paths.partnersHeading", { region: t(`pillar.regions.${partner.slug}`) })} csv={pathsCsv(ctx, "partners")} />
              <DownloadLink href={pathsCsv(ctx, "partners")} />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
