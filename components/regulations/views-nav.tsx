import { getTranslations } from "next-intl/server";
import { OptionLinks } from "@/components/ui/option-links";

const VIEWS = ["overview", "search", "compare", "similarity", "whatIf", "paths", "indicators", "coverage"] as const;
export type RegulationView = (typeof VIEWS)[number];
const HREF = {
  overview: "/regulations",
  search: "/regulations/search",
  compare: "/regulations/compare",
  similarity: "/regulations/similarity",
  whatIf: "/regulations/what-if",
  paths: "/regulations/paths",
  indicators: "/regulations/indicators",
  coverage: "/regulations/coverage",
} as const;

/** Switches between the regulation database's views. */
export async function RegulationViewsNav({ current }: { current: RegulationView | null }) {
  const t = await getTranslations("regulations");
  return (
    <OptionLinks
      label={t("viewsLabel")}
      options={VIEWS}
      current={current ?? ("" as RegulationView)}
      href={(view) => HREF[view]}
      name={(view) => t(`views.${view}`)}
    />
  );
}
