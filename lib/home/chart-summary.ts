/**
 * The home page's coverage chart finding: how many member economies the
 * regulation database and the policy inventory cover, from the bars it draws.
 */
import type { SummaryTranslate } from "@/lib/core/charts/summary";

export interface CoverageFigures {
  members: number;
  withRegulation: number;
  withPolicies: number;
}

/** The regions' counts added up; null without members. */
export function coverageFinding(regions: CoverageFigures[]): CoverageFigures | null {
  const total = regions.reduce(
    (sum, r) => ({ members: sum.members + r.members, withRegulation: sum.withRegulation + r.withRegulation, withPolicies: sum.withPolicies + r.withPolicies }),
    { members: 0, withRegulation: 0, withPolicies: 0 },
  );
  return total.members > 0 ? total : null;
}

export function coverageSummary(finding: CoverageFigures | null, { t }: { t: SummaryTranslate }): string | null {
  if (!finding) return null;
  return t("coverage.members", finding as unknown as Record<string, number>);
}
