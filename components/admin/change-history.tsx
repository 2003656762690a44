import type { ComponentType } from "react";
import { getFormatter } from "next-intl/server";
import type { AuditTrail } from "@/lib/core/audit/audit-trail";
import { changedFields } from "@/lib/core/diff";
import type { DiffTableProps } from "./diff-table";

type Snapshot = Record<string, unknown> | null;

export interface ChangeHistoryText {
  empty: string;
  noFieldChanges: string;
  before: string;
  after: string;
  action: (action: string) => string;
  by: (email: string | null) => string;
}

/**
 * A record's audit trail as history: one card per change, newest first, with
 * the fields that changed before and after (in the record type's own diff table).
 */
export async function ChangeHistory({ events, Diff, text }: { events: AuditTrail; Diff: ComponentType<DiffTableProps>; text: ChangeHistoryText }) {
  const format = await getFormatter();
  if (events.length === 0) return <p className="empty">{text.empty}</p>;
  return events.map((e) => {
    const before = e.before as Snapshot;
    const after = e.after as Snapshot;
    const fields = changedFields(before, after);
    return (
      <section key={String(e.id)} className="card">
        <h2>
          {text.action(e.action)} — {format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" })}{" "}
          <span className="muted small">{text.by(e.actor?.email ?? null)}</span>
        </h2>
        {fields.length === 0 ? <p>{text.noFieldChanges}</p> : <Diff fields={fields} left={before} right={after} leftHeading={text.before} rightHeading={text.after} />}
      </section>
    );
  });
}
