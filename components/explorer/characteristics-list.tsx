import { getFormatter, getTranslations } from "next-intl/server";
import type { getMarketplaceBySlug } from "@/lib/explorer/queries/marketplace";

type Marketplace = NonNullable<Awaited<ReturnType<typeof getMarketplaceBySlug>>>;
type Characteristic =
  | "businessModel" | "sector" | "category" | "transactional" | "foreignSellersAccepted"
  | "yearFounded" | "logisticsOffered" | "paymentsOffered" | "msmeSellerShare";

/** A marketplace's characteristics; unknown ones say so rather than guessing. */
export async function CharacteristicsList({ marketplace }: { marketplace: Marketplace }) {
  const [t, format] = await Promise.all([getTranslations("explorer"), getFormatter()]);
  const flag = (v: boolean | null) => (v === null ? t("unknown") : v ? t("yes") : t("no"));
  const enumValue = (v: string | null) => (v === null ? t("unknown") : t(`enumValues.${v as "B2C"}`));
  const items: Array<[Characteristic, string]> = [
    ["businessModel", enumValue(marketplace.businessModel)],
    ["sector", enumValue(marketplace.sector)],
    ["category", enumValue(marketplace.category)],
    ["transactional", flag(marketplace.transactional)],
    ["foreignSellersAccepted", flag(marketplace.foreignSellersAccepted)],
    ["logisticsOffered", flag(marketplace.logisticsOffered)],
    ["paymentsOffered", flag(marketplace.paymentsOffered)],
    ["yearFounded", marketplace.yearFounded === null ? t("unknown") : String(marketplace.yearFounded)],
    [
      "msmeSellerShare",
      marketplace.msmeSellerShare === null ? t("unknown") : format.number(Number(marketplace.msmeSellerShare), { style: "percent" }),
    ],
  ];
  return (
    <>
      <dl className="characteristics">
        {items.map(([key, value]) => (
          <div key={key} className={value === t("unknown") ? "characteristics__item characteristics__item--unknown" : "characteristics__item"}>
            <dt>{t(`characteristics.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {marketplace.notes ? (
        <p>
          <strong>{t("characteristics.notes")}:</strong> {marketplace.notes}
        </p>
      ) : null}
    </>
  );
}

