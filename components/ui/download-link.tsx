import { getTranslations } from "next-intl/server";

/** "Download displayed data": the CSV is built from the same URL state as the view. */
export async function DownloadLink({ href }: { href: string }) {
  const t = await getTranslations("explorer");
  return (
    <p className="download">
      <a href={href} download>
        {t("download")}
      </a>
    </p>
  );
}
