import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { RelatedPolicy } from "@/lib/policies/queries/detail";
import type { Term } from "@/lib/policies/queries/vocabularies";
import { localizedName } from "@/lib/core/i18n/localized";

/** Measures of other economies sharing an instrument type or target group, with what they share. */
export async function RelatedPolicies({
  rows,
  instrumentTypes,
  targetGroups,
}: {
  rows: RelatedPolicy[];
  instrumentTypes: Term[];
  targetGroups: Term[];
}) {
  const [t, locale] = await Promise.all([getTranslations("policies"), getLocale()]);
  if (rows.length === 0) return <p className="empty">{t("detail.relatedNone")}</p>;
  const names = (terms: Term[]) => new Map(terms.map((term) => [term.slug, localizedName(term, locale)]));
  const instrument = names(instrumentTypes);
  const target = names(targetGroups);
  return (
    <ul className="related-policies">
      {rows.map((row) => (
        <li key={row.id}>
          <Link href={`/policies/${row.id}`}>{row.nameEn}</Link>
          <span className="related-policies__meta">
            {" "}
            — {localizedName({ nameEn: row.countryNameEn, nameEs: row.countryNameEs }, locale)},{" "}
            {row.launchYear === null ? t("country.launchUnknown") : t("country.launched", { year: row.launchYear })}
          </span>
          <span className="related-policies__shares">
            {t("detail.shares", {
              terms: [
                ...row.sharedInstrumentTypes.map((slug) => instrument.get(slug) ?? slug),
                ...row.sharedTargetGroups.map((slug) => target.get(slug) ?? slug),
              ].join("; "),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
