import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <section className="placeholder">
      <h1>{t("errors.notFoundTitle")}</h1>
      <p>{t("errors.notFoundBody")}</p>
      <p>
        <Link href="/">{t("placeholder.backHome")}</Link>
      </p>
    </section>
  );
}
