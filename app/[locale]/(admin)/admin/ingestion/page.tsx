import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/admin/not-allowed";
import { RunNowForm } from "@/components/admin/ingestion/run-now-form";
import { StatusBadge } from "@/components/admin/ingestion/status-badge";
import { UploadForm } from "@/components/admin/ingestion/upload-form";
import { Link } from "@/i18n/navigation";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { UPLOAD_MAX_BYTES } from "@/lib/ingest/actions/upload-ingestion-file";
import { requirePageRole } from "@/lib/core/auth/page-guard";
import { listIngestionRuns } from "@/lib/ingest/queries";
import { formatBytes } from "@/lib/ingest/decode";
import { configuredSourceUrl } from "@/lib/ingest/pull";
import { describeSource } from "@/lib/ingest/source";

export const dynamic = "force-dynamic";

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "ingestion" });
  return { title: t("title") };
}

export default async function IngestionPage(props: LocaleParams) {
  const locale = await pageLocale(props);
  const actor = await requirePageRole("EDITOR", locale, "/admin/ingestion");
  if (!actor) return <NotAllowed />;
  const [t, format, runs] = await Promise.all([getTranslations("ingestion"), getFormatter(), listIngestionRuns()]);
  const source = configuredSourceUrl();
  return (
    <>
      <header className="view-header">
        <h1>{t("title")}</h1>
        <p className="view-header__lead">{t("lead")}</p>
      </header>
      <section className="card" aria-labelledby="upload-heading">
        <h2 id="upload-heading">{t("upload.heading")}</h2>
        <UploadForm limit={formatBytes(UPLOAD_MAX_BYTES)} />
      </section>
      <section className="card" aria-labelledby="run-now-heading">
        <h2 id="run-now-heading">{t("runNow.heading")}</h2>
        <RunNowForm source={source ? describeSource(source) : null} />
      </section>
      <section className="card" aria-labelledby="runs-heading">
        <h2 id="runs-heading">{t("runs.heading")}</h2>
        {runs.length === 0 ? (
          <p>{t("runs.empty")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table ingest-runs">
              <thead>
                <tr>
                  <th scope="col">{t("runs.id")}</th>
                  <th scope="col">{t("runs.started")}</th>
                  <th scope="col">{t("runs.kind")}</th>
                  <th scope="col">{t("runs.trigger")}</th>
                  <th scope="col">{t("runs.triggeredBy")}</th>
                  <th scope="col">{t("runs.status")}</th>
                  <th scope="col">{t("runs.read")}</th>
                  <th scope="col">{t("runs.inserted")}</th>
                  <th scope="col">{t("runs.updated")}</th>
                  <th scope="col">{t("runs.unchanged")}</th>
                  <th scope="col">{t("runs.rejected")}</th>
                  <th scope="col">{t("runs.errors")}</th>
                </tr>
              </thead>
              <tbody>
                {runs.map((run) => (
                  <tr key={run.id}>
                    <th scope="row">
                      <Link href={`/admin/ingestion/${run.id}`}>{run.id}</Link>
                    </th>
                    <td>{format.dateTime(run.startedAt, { dateStyle: "short", timeStyle: "short", timeZone: "UTC" })} UTC</td>
                    <td>{t(`kinds.${run.kind}`)}</td>
                    <td>{t(`triggers.${run.trigger}`)}</td>
                    <td>{run.triggeredBy}</td>
                    <td>
                      <StatusBadge status={run.status} dryRun={run.dryRun} />
                    </td>
                    <td>{format.number(run.rowsRead)}</td>
                    <td>{format.number(run.rowsInserted)}</td>
                    <td>{format.number(run.rowsUpdated)}</td>
                    <td>{format.number(run.rowsUnchanged)}</td>
                    <td>{format.number(run.rowsRejected)}</td>
                    <td>{format.number(run.errorCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
