import { getTranslations } from "next-intl/server";

/** The marker every screen shows next to generated numbers. */
export async function DemoDataBadge({ withExplanation = false }: { withExplanation?: boolean }) {
  const t = await getTranslations("demo");
  return (
    <p className="demo-badge" role="note">
      <strong>{t("badge")}</strong>
      {withExplanation ? <span> — {t("explanation")}</span> : null}
    </p>
  );
}
