import { getTranslations } from "next-intl/server";
import { DemoDataBadge } from "@/components/ui/demo-data-badge";
import type { ViewChart } from "@/lib/core/charts/view-chart";

/**
 * What an embedded chart shows inside another site's page: its title, the
 * demonstration marker where the numbers are generated, the chart with its
 * finding and downloads, its source, and a link that opens the full view in
 * the reader's window (not inside the frame).
 */
export async function EmbedFrame({ chart, viewHref }: { chart: ViewChart | null; viewHref: string }) {
  const t = await getTranslations("shell");
  const back = (
    <a href={viewHref} target="_top" className="embed-frame__back">
      {t("embed.openFull", { site: t("siteName") })}
    </a>
  );
  if (!chart) {
    return (
      <article className="embed-frame">
        <p className="empty">{t("embed.noChart")}</p>
        <footer className="embed-frame__footer">{back}</footer>
      </article>
    );
  }
  return (
    <article className="embed-frame" aria-labelledby="embed-title">
      <h1 id="embed-title" className="embed-frame__title">
        {chart.credit.title}
      </h1>
      {chart.credit.demo ? <DemoDataBadge /> : null}
      {chart.chart}
      <footer className="embed-frame__footer">
        <p className="embed-frame__source">{chart.credit.source}</p>
        {back}
      </footer>
    </article>
  );
}
