import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SuggestCorrectionForm } from "@/components/regulations/suggest-correction-form";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { getEntryContext } from "@/lib/public-data";
import { ClientMessages } from "@/components/shell/client-messages";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; entryId: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "regulationAdmin.suggest" });
  return { title: t("title") };
}

/** Anyone may suggest a correction to an entry; staff review it (no account needed). */
export default async function SuggestCorrection(props: Props) {
  const locale = await pageLocale(props);
  const { entryId } = await props.params;
  const entry = /^\d{1,9}$/.test(entryId) ? await getEntryContext(Number(entryId)) : null;
  if (!entry) notFound();
  const t = await getTranslations("regulationAdmin");
  const es = locale === "es";
  const economy = es ? entry.country.nameEs : entry.country.nameEn;
  return (
    <ClientMessages namespaces={["regulationAdmin.suggest", "admin.fieldErrors"]}>
      <section className="narrow">
        <p className="breadcrumb">
          <Link href={`/regulations/economy/${entry.country.iso3}`}>{t("suggest.back", { economy })}</Link>
        </p>
        <h1>{t("suggest.title")}</h1>
        <p>{t("suggest.lead")}</p>
        <section className="suggest-entry" aria-labelledby="suggest-entry-heading">
          <h2 id="suggest-entry-heading">{t("suggest.about")}</h2>
          <dl>
            <dt>{t("economy")}</dt>
            <dd>{economy}</dd>
            <dt>{t("pillar")}</dt>
            <dd>{`${entry.indicator.pillar.code} — ${es ? entry.indicator.pillar.nameEs : entry.indicator.pillar.nameEn}`}</dd>
            <dt>{t("indicator")}</dt>
            <dd>{`${entry.indicator.code} — ${es ? entry.indicator.nameEs : entry.indicator.nameEn}`}</dd>
            <dt>{t("suggest.currentStatus")}</dt>
            <dd>{t(`statuses.${entry.status}`)}</dd>
          </dl>
        </section>
        <SuggestCorrectionForm entryId={entry.id} />
      </section>
    </ClientMessages>
  );
}
