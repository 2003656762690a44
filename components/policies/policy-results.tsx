import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DownloadLink } from "@/components/ui/download-link";
import { VerificationNote } from "@/components/ui/verification-note";
import { Link } from "@/i18n/navigation";
import type { PolicyPage } from "@/lib/policies/queries/search";
import type { Term } from "@/lib/policies/queries/vocabularies";
import { localizedName } from "@/lib/core/i18n/localized";
import { isFromPublicSources } from "@/lib/core/sources/citation";
import { PAGE_SIZE } from "@/lib/policies/view-state/search";
import { Pagination } from "./pagination";
import { Snippet } from "./snippet";
import { OrUnknown } from "./unknown";

/** One page of search results: name, economy, launch year, instrument types and a snippet. */
export async function PolicyResults({
  result,
  page,
  instrumentTypes,
  pageHref,
  csvHref,
}: {
  result: PolicyPage;
  page: number;
  instrumentTypes: Term[];
  pageHref: (page: number) => string;
  csvHref: string;
}) {
  const [t, locale, format] = await Promise.all([getTranslations("policies"), getLocale(), getFormatter()]);
  const termName = new Map(instrumentTypes.map((term) => [term.slug, localizedName(term, locale)]));
  const first = (page - 1) * PAGE_SIZE + 1;
  const last = first + result.rows.length - 1;
  const pages = Math.ceil(result.total / PAGE_SIZE);

  return (
    <section className="policy-results" aria-labelledby="policy-results-heading">
      <h2 id="policy-results-heading">{t("results.heading")}</h2>
      <p className="policy-results__count" role="status">
        <strong>{t("results.count", { total: result.total })}</strong>
        {result.total > PAGE_SIZE ? <> · {t("results.range", { first: format.number(first), last: format.number(last) })}</> : null}
      </p>
      {result.rows.length > 0 ? <DownloadLink href={csvHref} /> : null}
      {result.rows.length === 0 ? (
        <p className="empty">{t("results.empty")}</p>
      ) : (
        <>
          <ol className="policy-results__list" start={first}>
            {result.rows.map((row) => (
              <li key={row.id} className="policy-result">
                <h3>
                  <Link href={`/policies/${row.id}`}>{row.nameEn}</Link>
                  {row.isFealacMember ? null : <span className="tag tag--muted">{t("nonMemberTag")}</span>}
                </h3>
                {row.nameOriginal !== row.nameEn ? <p className="policy-result__original">{t("results.originalName", { name: row.nameOriginal })}</p> : null}
                <dl className="policy-result__facts">
                  <div>
                    <dt>{t("results.economy")}</dt>
                    <dd>
                      <Link href={`/policies/country/${row.iso3.toLowerCase()}`}>{localizedName({ nameEn: row.countryNameEn, nameEs: row.countryNameEs }, locale)}</Link>
                    </dd>
                  </div>
                  <div>
                    <dt>{t("results.launchYear")}</dt>
                    <dd>
                      <OrUnknown value={row.launchYear} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t("results.instrumentTypes")}</dt>
                    <dd>
                      <OrUnknown value={row.instrumentTypes.map((slug) => termName.get(slug) ?? slug).join("; ")} />
                    </dd>
                  </div>
                </dl>
                <p className="policy-result__snippet">
                  <Snippet text={row.snippet} />
                </p>
                <p className="policy-result__verification">
                  <VerificationNote fact={row} compact fromPublicSources={isFromPublicSources(row.sources)} />
                </p>
              </li>
            ))}
          </ol>
          <Pagination page={page} pages={pages} href={pageHref} />
        </>
      )}
    </section>
  );
}
