import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { buildOpenApi } from "@/lib/downloads/openapi";

interface Parameter {
  name: string;
  description?: string;
  schema: { type?: string; enum?: string[]; default?: unknown; maximum?: number; minimum?: number };
}
interface Operation {
  summary: string;
  parameters?: Parameter[];
  responses: Record<string, { description: string }>;
}

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "downloads.api" });
  return { title: t("title") };
}

function schemaText(s: Parameter["schema"]): string {
  const parts = [s.enum ? s.enum.join(" | ") : (s.type ?? "")];
  if (s.minimum !== undefined || s.maximum !== undefined) parts.push(`${s.minimum ?? ""}–${s.maximum ?? ""}`);
  if (s.default !== undefined) parts.push(`= ${String(s.default)}`);
  return parts.filter(Boolean).join(" ");
}

/** A readable listing of the OpenAPI document: every endpoint with its parameters and answers. */
export default async function ApiPage(props: LocaleParams) {
  await pageLocale(props);
  const t = await getTranslations("downloads.api");
  const doc = buildOpenApi() as { paths: Record<string, { get: Operation }> };
  return (
    <>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("lead")}</p>
        <p>
          <a href="/api/v1/openapi.json">{t("document")}</a> · <Link href="/downloads">{t("back")}</Link>
        </p>
        <p className="downloads-help">{t("englishNote")}</p>
      </header>
      {Object.entries(doc.paths).map(([path, { get }]) => (
        <section key={path} className="api-endpoint" aria-labelledby={`ep-${path}`}>
          <h2 id={`ep-${path}`}>
            <code>GET {path}</code>
          </h2>
          <p>{get.summary}</p>
          {get.parameters?.length ? (
            <div className="downloads-table-wrap" tabIndex={0} role="region" aria-label={t("parameters", { path })}>
              <table className="downloads-table">
                <caption className="visually-hidden">{t("parameters", { path })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("name")}</th>
                    <th scope="col">{t("values")}</th>
                    <th scope="col">{t("description")}</th>
                  </tr>
                </thead>
                <tbody>
                  {get.parameters.map((p) => (
                    <tr key={p.name}>
                      <td>
                        <code>{p.name}</code>
                      </td>
                      <td className="api-values">{schemaText(p.schema)}</td>
                      <td>{p.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          <p className="downloads-help">
            {t("responses")}: {Object.entries(get.responses).map(([code, r]) => `${code} ${r.description}`).join(" · ")}
          </p>
        </section>
      ))}
    </>
  );
}
