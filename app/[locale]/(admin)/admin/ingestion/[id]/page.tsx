import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/admin/not-allowed";
import { IssueTable } from "@/components/admin/ingestion/issue-table";
import { StatusBadge } from "@/components/admin/ingestion/status-badge";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { requirePageRole } from "@/lib/core/auth/page-guard";
import { getIngestionRun } from "@/lib/ingest/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

function runId(raw: string): number | null {
  return /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { id } = await props.params;
  const locale = await pageLocale(props);
  const t = await getTranslations({ locale, namespace: "ingestion.detail" });
  return { title: t("title", { id }) };
}

export default async function IngestionRunPage(props: Props) {
  const { id: rawId } = await props.params;
  const locale = await pageLocale(props);
  const actor = await requirePageRole("EDITOR", locale, `/admin/ingestion/${rawId}`);
  if (!actor) return <NotAllowed />;
  const [t, format] = await Promise.all([getTranslations("ingestion"), getFormatter()]);
  const id = runId(rawId);
  const run = id === null ? null : await getIngestionRun(id);
  const back = (
    <p>
      <Link href="/admin/ingestion">← {t("detail.back")}</Link>
    </p>
  );
  if (!run) {
    return (
      <>
        <h1>{t("detail.title", { id: rawId })}</h1>
        <p>{t("detail.notFound", { id: rawId })}</p>
        {back}
      </>
    );
  }
  const when = (d: Date | null) => (d ? `${format.dateTime(d, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })} UTC` : "—");
  return (
    <>
      <header className="view-header">
        {back}
        <h1>{t("detail.title", { id: run.id })}</h1>
        <p className="view-header__lead">
          <StatusBadge status={run.status} dryRun={run.dryRun} /> {t(`kinds.${run.kind}`)} · {t(`triggers.${run.trigger}`)} · {run.triggeredBy}
        </p>
      </header>
      <section className="card">
        <dl className="ingest-meta">
          <dt>{t("detail.source")}</dt>
          <dd>{run.source}</dd>
          <dt>{t("runs.started")}</dt>
          <dd>{when(run.startedAt)}</dd>
          <dt>{t("detail.finished")}</dt>
          <dd>{when(run.finishedAt)}</dd>
          <dt>{t("detail.checksum")}</dt>
          <dd>
            <code>{run.checksum ?? "—"}</code>
          </dd>
        </dl>
        <h2>{t("detail.counts")}</h2>
        <dl className="ingest-counts">
          {(
            [
              ["read", run.rowsRead],
              ["inserted", run.rowsInserted],
              ["updated", run.rowsUpdated],
              ["unchanged", run.rowsUnchanged],
              ["rejected", run.rowsRejected],
              ["errors", run.errorCount],
            ] as const
          ).map(([key, value]) => (
            <div key={key}>
              <dt>{t(`runs.${key}`)}</dt>
              <dd>{format.number(value)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card" aria-labelledby="errors-heading">
        <h2 id="errors-heading">{t("detail.errorsHeading")}</h2>
        {run.errors.length ? (
          <>
            {run.errorCount > run.errors.length ? <p>{t("result.moreErrors", { count: run.errorCount })}</p> : null}
            <IssueTable issues={run.errors} caption={t("detail.errorsHeading")} hideCaption />
          </>
        ) : (
          <p>{t("detail.noErrors")}</p>
        )}
      </section>
    </>
  );
}
