import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DownloadsForm } from "@/components/downloads/downloads-form";
import { PreviewTable } from "@/components/downloads/preview-table";
import { DemoDataBadge } from "@/components/ui/demo-data-badge";
import { getPathname, Link, redirect } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { downloadsQuery, exportHrefs, isCanonicalQuery, parseDownloadsState } from "@/lib/downloads/page-state";
import { localizedName } from "@/lib/core/i18n/localized";
import { type SearchParams } from "@/lib/core/url-state";
import { getMemberCountries, getRows } from "@/lib/public-data";

export const dynamic = "force-dynamic";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

const PATH = "/downloads";
const PREVIEW_ROWS = 20;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "downloads" });
  return { title: t("title") };
}

export default async function DownloadsPage(props: Props) {
  const locale = await pageLocale(props);
  const raw = await props.searchParams;
  const state = parseDownloadsState(raw);
  const canonical = downloadsQuery(state);
  // A form sends every field, empty or not; the address keeps only what differs from the defaults.
  if (!state.ignored && !isCanonicalQuery(raw, canonical)) redirect({ href: `${PATH}${canonical}`, locale });

  const [t, members, preview] = await Promise.all([
    getTranslations("downloads"),
    getMemberCountries(),
    getRows(state.dataset, state.selection, 0, PREVIEW_ROWS),
  ]);
  const collator = new Intl.Collator(locale);
  const countries = members.map((c) => ({ iso3: c.iso3, name: localizedName(c, locale) })).sort((a, b) => collator.compare(a.name, b.name));
  const hrefs = exportHrefs(state);
  const statusIndex = state.dataset.columns.findIndex((c) => c.name === "data_status");
  const showsDemo = statusIndex >= 0 && preview.rows.some((r) => r[statusIndex] === "demonstration");

  return (
    <>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("lead")}</p>
        <p>
          <Link href="/downloads/api">{t("apiLink")}</Link> · <a href="/api/downloads/all.zip">{t("bulkLink")}</a>
        </p>
      </header>
      {state.ignored ? (
        <p className="downloads-notice" role="status">
          {t("ignored", { parameter: state.ignored })}
        </p>
      ) : null}
      <div className="downloads-layout">
        <DownloadsForm action={getPathname({ href: PATH, locale })} dataset={state.dataset} selection={state.selection} countries={countries} />
        <div className="downloads-main">
          {showsDemo ? <DemoDataBadge withExplanation /> : null}
          <PreviewTable columns={preview.columns} rows={preview.rows} total={preview.total} />
          <p className="downloads-links">
            <a className="button" href={hrefs.csv} download data-testid="downloads-csv">
              {t("download.csv", { total: preview.total })}
            </a>
            <a href={hrefs.csvBom} download>
              {t("download.csvBom")}
            </a>
            <a href={hrefs.json}>{t("download.json")}</a>
          </p>
          <p className="downloads-help">{t("download.notes", { version: preview.version })}</p>
        </div>
      </div>
    </>
  );
}
