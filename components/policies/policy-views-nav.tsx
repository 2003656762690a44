import { getTranslations } from "next-intl/server";
import { OptionLinks } from "@/components/ui/option-links";

const VIEWS = ["search", "gaps", "coverage"] as const;
const HREF = { search: "/policies", gaps: "/policies/gaps", coverage: "/policies/coverage" } as const;

/** Switches between the inventory's search, its gap analysis and its coverage. */
export async function PolicyViewsNav({ current }: { current: (typeof VIEWS)[number] | null }) {
  const t = await getTranslations("policies");
  return (
    <OptionLinks
      label={t("viewsLabel")}
      options={VIEWS}
      current={current ?? ("" as (typeof VIEWS)[number])}
      href={(view) => HREF[view]}
      name={(view) => t(`views.${view}`)}
    />
  );
}
