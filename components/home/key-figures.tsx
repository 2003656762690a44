import { getFormatter, getTranslations } from "next-intl/server";
import type { HomeSummary } from "@/lib/home/queries";

export async function KeyFigures({ summary }: { summary: HomeSummary }) {
  const [t, format] = await Promise.all([getTranslations("home.figures"), getFormatter()]);
  const lastMonth = summary.latestTrafficMonth
    ? format.dateTime(summary.latestTrafficMonth, { year: "numeric", month: "short", timeZone: "UTC" })
    : "—";
  const figures = [
    { value: summary.memberCount, label: t("countries") },
    { value: summary.marketplaceCount, label: t("marketplaces") },
    { value: summary.indicatorValueCount, label: t("indicatorValues") },
    { value: summary.publishedPolicyCount, label: t("policies") },
    { value: summary.regulationIndicatorCount, label: t("regulationIndicators") },
  ];
  return (
    <dl className="key-figures">
      {figures.map((f) => (
        <div key={f.label} className="key-figures__item">
          <dt>{f.label}</dt>
          <dd>{format.number(f.value)}</dd>
        </div>
      ))}
      <div className="key-figures__item">
        <dt>{t("trafficMonths", { lastMonth })}</dt>
        <dd>{summary.latestTrafficMonth ? format.number(monthsSince2019(summary.latestTrafficMonth)) : "—"}</dd>
      </div>
    </dl>
  );
}

function monthsSince2019(last: Date): number {
  return (last.getUTCFullYear() - 2019) * 12 + last.getUTCMonth() + 1;
}
