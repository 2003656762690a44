import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import type { PublishedPolicy } from "@/lib/policies/queries/detail";
import { memberName } from "@/lib/core/i18n/country-names";
import { localizedName } from "@/lib/core/i18n/localized";
import { OrUnknown } from "./unknown";

const STATUS_KEY = { ONGOING_AT_SOURCE: "ongoing", ENDED: "ended", PLANNED: "planned", UNKNOWN: "unknown" } as const;
const SECTOR_KEY = { GOODS: "goods", SERVICES: "services", BOTH: "both" } as const;
const MARKET_KEY = { DOMESTIC: "domestic", CROSS_BORDER: "cross-border", BOTH: "both" } as const;

/** A policy's facts as a definition list; a missing value reads "unknown". */
export async function PolicyFacts({ policy }: { policy: PublishedPolicy }) {
  const [t, locale] = await Promise.all([getTranslations("policies"), getLocale()]);
  const { country } = policy;
  const term = (href: string, name: { nameEn: string; nameEs: string }) => (
    <li key={href}>
      <Link href={href}>{localizedName(name, locale)}</Link>
    </li>
  );
  const status = t(`values.status.${STATUS_KEY[policy.status]}`);
  const endYear =
    policy.endYear ?? (policy.status === "ONGOING_AT_SOURCE" ? t("detail.noEndOngoing") : null);

  const facts: Array<[string, ReactNode]> = [
    [t("detail.economy"), <Link key="economy" href={`/policies/country/${country.iso3.toLowerCase()}`}>{memberName(country, locale)}</Link>],
    [t("detail.region"), country.region ? localizedName(country.region, locale) : t("detail.noRegion")],
    [t("detail.agency"), <OrUnknown key="agency" value={policy.agency} />],
    [t("detail.partners"), <OrUnknown key="partners" value={policy.partners} />],
    [t("detail.launchYear"), <OrUnknown key="launch" value={policy.launchYear} />],
    [t("detail.endYear"), <OrUnknown key="end" value={endYear} />],
    [t("detail.status"), policy.status === "UNKNOWN" ? <OrUnknown key="status" value={null} /> : status],
    [t("detail.sector"), <OrUnknown key="sector" value={policy.sector ? t(`values.sector.${SECTOR_KEY[policy.sector]}`) : null} />],
    [t("detail.marketFocus"), <OrUnknown key="market" value={policy.marketFocus ? t(`values.market.${MARKET_KEY[policy.marketFocus]}`) : null} />],
    [
      t("detail.pandemicResponse"),
      <OrUnknown key="pandemic" value={policy.pandemicResponse === null ? null : t(`values.pandemic.${policy.pandemicResponse ? "yes" : "no"}`)} />,
    ],
    [
      t("detail.instrumentTypes"),
      policy.instrumentTypes.length ? (
        <ul className="policy-terms">{policy.instrumentTypes.map(({ instrumentType: it }) => term(`/policies?instrument=${it.slug}`, it))}</ul>
      ) : (
        <OrUnknown key="instruments" value={null} />
      ),
    ],
    [
      t("detail.targetGroups"),
      policy.targetGroups.length ? (
        <ul className="policy-terms">{policy.targetGroups.map(({ targetGroup: tg }) => term(`/policies?target=${tg.slug}`, tg))}</ul>
      ) : (
        <OrUnknown key="targets" value={null} />
      ),
    ],
  ];

  return (
    <dl className="policy-facts">
      {facts.map(([label, value]) => (
        <div key={label} className="policy-facts__item">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
