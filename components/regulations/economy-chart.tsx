import { getFormatter, getTranslations } from "next-intl/server";
import { chartFileName } from "@/lib/core/charts/credit";
import { summaryTranslator } from "@/lib/core/charts/summary";
import type { ViewChart } from "@/lib/core/charts/view-chart";
import { localizedName } from "@/lib/core/i18n/localized";
import type { economyCards, EconomyViewContext } from "@/lib/regulations/cards/economy";
import { pillarFinding, pillarSummary } from "@/lib/regulations/chart-summary";
import { getPillars } from "@/lib/public-data";
import { PillarScoreChart } from "./pillar-score-chart";

type ScoreRow = Awaited<ReturnType<typeof economyCards.scores.load>>[number];

/** An economy's score in each pillar it has scored entries in, as bars; null when it has none. Built once for the profile, its embed and its preview. */
export async function economyPillarChart({ economy, name, locale }: EconomyViewContext, scores: ScoreRow[]): Promise<ViewChart | null> {
  const bars = scores.filter((s) => s.score !== null).map((s) => ({ code: s.pillarCode, label: s.pillarCode, score: s.score as number }));
  if (bars.length === 0) return null;
  const [t, tc, format, pillars] = await Promise.all([getTranslations({ locale, namespace: "regulations" }), getTranslations({ locale, namespace: "charts" }), getFormatter({ locale }), getPillars()]);
  const pillarName = new Map(pillars.map((p) => [p.code, localizedName(p, locale)]));
  const summary = pillarSummary(pillarFinding(bars.map((b) => ({ code: b.code, name: pillarName.get(b.code) ?? "", score: b.score }))), { t: summaryTranslator(tc), format, economy: name });
  const title = t("profile.chartLabel", { economy: name });
  const credit = { title, source: tc("credit.regulations"), demo: false, fileName: chartFileName("pillar-scores", economy.iso3) };
  const chart = <PillarScoreChart bars={bars} ariaLabel={title} axisLabel={t("profile.scoreAxis")} summary={summary} credit={credit} />;
  return { chart, summary, credit, preview: { kind: "bars", bars: bars.map((b) => ({ label: `${b.code} ${pillarName.get(b.code) ?? ""}`.trim(), value: b.score })) } };
}
