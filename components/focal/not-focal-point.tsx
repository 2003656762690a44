import { getTranslations } from "next-intl/server";

/** What a signed-in user who is not a focal point sees on a focal-point page. */
export async function NotFocalPoint() {
  const [t, ta] = await Promise.all([getTranslations("focal"), getTranslations("admin")]);
  return (
    <section className="narrow">
      <h1>{ta("notAllowedTitle")}</h1>
      <p>{t("notAllowed")}</p>
    </section>
  );
}
