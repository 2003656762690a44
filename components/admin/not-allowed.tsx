import { getTranslations } from "next-intl/server";

export async function NotAllowed() {
  const t = await getTranslations("admin");
  return (
    <section className="narrow">
      <h1>{t("notAllowedTitle")}</h1>
      <p>{t("notAllowed")}</p>
    </section>
  );
}
