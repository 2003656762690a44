import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { type SearchParams } from "@/lib/core/url-state";
import { ClientMessages } from "@/components/shell/client-messages";

type Props = LocaleParams & { searchParams: Promise<SearchParams> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("title") };
}

export default async function SignInPage(props: Props) {
  const locale = await pageLocale(props);
  const t = await getTranslations("auth");
  const callback = (await props.searchParams).callbackUrl;
  return (
    <ClientMessages namespaces={["auth"]}>
      <section className="narrow">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <SignInForm callbackUrl={typeof callback === "string" ? callback : null} fallback={`/${locale}/admin`} />
      </section>
    </ClientMessages>
  );
}
