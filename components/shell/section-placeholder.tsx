import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";

type Section = "explorer" | "regulations" | "policies" | "downloads" | "signIn";

/** Page and metadata for a section whose screens are still being built. */
export function placeholderPage(section: Section) {
  async function generateMetadata(props: LocaleParams): Promise<Metadata> {
    const locale = await pageLocale(props);
    const t = await getTranslations({ locale, namespace: `pages.${section}` });
    return { title: t("title") };
  }

  async function Page(props: LocaleParams) {
    await pageLocale(props);
    const t = await getTranslations();
    return (
      <section className="placeholder">
        <h1>{t(`pages.${section}.title`)}</h1>
        <p>{section === "signIn" ? t("pages.signIn.intro") : t(`home.sections.${section}`)}</p>
        <p>{t("placeholder.underConstruction")}</p>
        <p>
          <Link href="/">{t("placeholder.backHome")}</Link>
        </p>
      </section>
    );
  }

  return { generateMetadata, Page };
}
