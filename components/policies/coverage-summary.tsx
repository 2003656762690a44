import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getPolicyCoverageSummary } from "@/lib/policies/queries/coverage";

/** One sentence on how complete the policy inventory is, linking to its coverage view. */
export async function PolicyCoverageSummary() {
  const [t, format, s] = await Promise.all([getTranslations("coverage"), getFormatter(), getPolicyCoverageSummary()]);
  return (
    <p className="coverage-summary" data-testid="coverage-summary">
      {t("summaryPolicies", { measures: format.number(s.measures), economies: s.economies, members: s.members, verified: format.number(s.verified), publicSources: format.number(s.publicSources) })}{" "}
      <Link href="/policies/coverage">{t("link")}</Link>
    </p>
  );
}

/** Under the gap analysis: how many of the measures it counts (those of `economies`) are from public sources, not yet reviewed. */
export async function GapReviewNote({ economies }: { economies: ReadonlySet<string> }) {
  const [t, s] = await Promise.all([getTranslations("coverage"), getPolicyCoverageSummary(economies)]);
  return (
    <p className="card__note" data-testid="gap-review-note">
      {t("gapsNote", { publicSources: s.publicSources, measures: s.measures })}
    </p>
  );
}
