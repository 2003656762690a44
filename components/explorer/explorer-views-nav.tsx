import { getTranslations } from "next-intl/server";
import { OptionLinks } from "@/components/ui/option-links";

const VIEWS = ["overview", "compare", "corridor", "determinants"] as const;
type ExplorerView = (typeof VIEWS)[number];
const HREF: Record<ExplorerView, string> = {
  overview: "/explorer",
  compare: "/explorer/compare",
  corridor: "/explorer/corridor",
  determinants: "/explorer/determinants",
};

/** Switches between the explorer's views; `current` is null on country and marketplace pages. */
export async function ExplorerViewsNav({ current }: { current: ExplorerView | null }) {
  const t = await getTranslations("explorer");
  return (
    <OptionLinks
      label={t("viewsLabel")}
      options={VIEWS}
      current={current ?? ("" as ExplorerView)}
      href={(view) => HREF[view]}
      name={(view) => t(`views.${view}`)}
    />
  );
}
