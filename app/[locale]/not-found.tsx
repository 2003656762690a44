import { getTranslations } from "next-intl/server";
import { SiteChrome } from "@/components/shell/site-chrome";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <SiteChrome>
      <section className="placeholder">
        <h1>{t("errors.notFoundTitle")}</h1>
        <p>{t("errors.notFoundBody")}</p>
        <p>
          <Link href="/">{t("placeholder.backHome")}</Link>
        </p>
      </section>
    </SiteChrome>
  );
}
