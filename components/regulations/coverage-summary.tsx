import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getRegulationCoverageSummary } from "@/lib/regulations/queries/coverage";

/** One sentence on how complete the regulation database is, linking to its coverage view. */
export async function RegulationCoverageSummary() {
  const [t, format, s] = await Promise.all([getTranslations("coverage"), getFormatter(), getRegulationCoverageSummary()]);
  const share = format.number(s.cells === 0 ? 0 : s.sourced / s.cells, { style: "percent", maximumFractionDigits: 0 });
  return (
    <p className="coverage-summary" data-testid="coverage-summary">
      {t("summaryRegulations", { sourced: format.number(s.sourced), cells: format.number(s.cells), share, verified: format.number(s.verified), economies: s.economies, members: s.members })}{" "}
      <Link href="/regulations/coverage">{t("link")}</Link>
    </p>
  );
}
