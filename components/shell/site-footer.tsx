import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("shell");
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>{t("footerAbout")}</p>
        <p>{t("footerHonesty")}</p>
      </div>
    </footer>
  );
}
