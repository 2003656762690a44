"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { RegulationStatus } from "@/lib/generated/prisma/enums";
import { saveRegulationEntryAction, type SaveEntryState } from "@/lib/regulations/server-actions";
import { proposeEntryChangeAction } from "@/lib/focal/server-actions";
import { changedFields } from "@/lib/core/diff";
import { editableEntryFields, type EntrySnapshot } from "@/lib/regulations/entry-snapshot";
import { MAX_SOURCE_URLS } from "@/lib/regulations/schemas/entry";
import type { ScoringRule } from "@/lib/regulations/scoring-rule";
import { ActionMessage } from "@/components/admin/action-message";
import { ProposalSent } from "@/components/focal/proposal-sent";
import { FieldError } from "@/components/admin/field-error";
import { EntryDiffTable } from "./entry-diff-table";

type Verification = "verification" | "verifiedOn" | "verifiedBy" | "disputeNote";
type Draft = Record<Exclude<keyof EntrySnapshot, "version" | "sourceUrls" | Verification>, string> & { sourceUrls: string[] };
const STATUSES = Object.values(RegulationStatus);

function toDraft(e: EntrySnapshot): Draft {
  const s = (v: string | number | null) => (v === null ? "" : String(v));
  return {
    status: e.status, answer: s(e.answer), score: s(e.score), instrumentName: s(e.instrumentName), instrumentNumber: s(e.instrumentNumber),
    instrumentYear: s(e.instrumentYear), lastAmendedYear: s(e.lastAmendedYear), article: s(e.article), description: s(e.description),
    coverage: s(e.coverage), sourceUrls: [...e.sourceUrls],
  };
}

/** The draft in the snapshot's shape, to compare with someone else's saved version. */
function asSnapshot(d: Draft): Record<string, unknown> {
  const orNull = (v: string) => (v.trim() === "" ? null : v.trim());
  const num = (v: string) => (v.trim() === "" ? null : Number(v));
  return {
    ...Object.fromEntries(Object.entries(d).map(([k, v]) => [k, typeof v === "string" ? orNull(v) : v])),
    score: num(d.score), instrumentYear: num(d.instrumentYear), lastAmendedYear: num(d.lastAmendedYear),
    sourceUrls: d.sourceUrls.map((u) => u.trim()).filter(Boolean),
  };
}


/**
 * Edit one economy × indicator entry. The inputs are controlled, so a refused
 * save (invalid fields, or someone else's newer version) keeps everything typed.
 * With `proposal`, a focal point's form: the same fields and a note, sent to
 * the secretariat's review queue instead of saved.
 */
export function EntryForm({ id, entry, rule, proposal = false }: { id: number; entry: EntrySnapshot; rule: ScoringRule; proposal?: boolean }) {
  const t = useTranslations("regulationAdmin");
  const tf = useTranslations("focal");
  const [draft, setDraft] = useState<Draft>(() => toDraft(entry));
  const [note, setNote] = useState("");
  const [state, action, pending] = useActionState<SaveEntryState, FormData>(proposal ? proposeEntryChangeAction : saveRegulationEntryAction, null);
  // After a conflict the editor may choose to save over the other version.
  const [override, setOverride] = useState<number | null>(null);
  const [loadedVersion] = useState(entry.version);
  const version = override ?? (state?.ok ? state.data.version : loadedVersion);
  const errors = state && !state.ok && state.error === "invalid" ? state.fieldErrors : {};
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  useEffect(() => {
    if (state?.ok) setOverride(null);
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state]);

  const describedBy = (key: string, hint?: boolean) => [hint ? `${key}-hint` : null, errors[key] ? `${key}-error` : null].filter(Boolean).join(" ") || undefined;
  const invalid = (key: string, hint?: boolean) => ({ "aria-invalid": Boolean(errors[key]), "aria-describedby": describedBy(key, hint) });
  const field = (key: string, label: string, control: ReactNode, hint?: string, wide = false) => (
    <div className={wide ? "form__field form__field--wide" : "form__field"} key={key}>
      <label htmlFor={key}>{label}</label>
      {hint ? <span className="small muted" id={`${key}-hint`}>{hint}</span> : null}
      {control}
      <FieldError id={`${key}-error`} messages={errors[key]} />
    </div>
  );
  const input = (key: Exclude<keyof Draft, "sourceUrls" | "status" | "score">, hint?: string, extra: Record<string, string> = {}) =>
    field(key, t(`fields.${key}`), <input id={key} name={key} value={draft[key]} onChange={(e) => set(key, e.target.value)} {...extra} {...invalid(key, Boolean(hint))} />, hint, true);
  const textarea = (key: "answer" | "description" | "coverage", rows: number) =>
    field(key, t(`fields.${key}`), <textarea id={key} name={key} rows={rows} value={draft[key]} onChange={(e) => set(key, e.target.value)} {...invalid(key)} />, undefined, true);

  // Submitting through a transition (not the form's `action`) stops React from
  // resetting the form afterwards, which would put the selects back to their
  // initial values while the draft still holds what was chosen.
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(data));
  };

  const conflict = state && !state.ok && state.error === "conflict" ? (state.current ?? {}) : null;
  const mine = asSnapshot(draft);

  // A proposal is sent once: the form gives way to the answer and the way back to the proposals.
  if (proposal && state?.ok) return <ProposalSent />;

  return (
    <form ref={formRef} onSubmit={submit} className="form entry-form" noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {state && !state.ok && state.error === "invalid" ? <p className="form__error" role="alert">{t("fixErrors")}</p> : null}
      <FieldError id="hidden-error" messages={[...(errors.id ?? []), ...(errors.version ?? [])]} />
      {conflict ? (
        <div className="form__error" role="alert">
          <p>{t("conflict", { version: String(conflict.version) })}</p>
          <EntryDiffTable fields={changedFields(editableEntryFields(conflict), mine)} left={conflict} right={mine} leftHeading={t("theirs")} rightHeading={t("yours")} />
          {override === null ? (
            <button type="button" className="button button--small button--secondary" onClick={() => setOverride(Number(conflict.version))}>{t("override")}</button>
          ) : (
            <p>{t("overrideReady")}</p>
          )}
        </div>
      ) : null}
      {state && !state.ok && state.error !== "invalid" && state.error !== "conflict" ? <ActionMessage result={state} /> : null}
      {state?.ok ? <p className="notice" role="status">{proposal ? tf("sent") : t("saved", { version: state.data.version })}</p> : null}

      <div className="form__row">
        {field("status", t("fields.status"), (
          <select id="status" name="status" value={draft.status} onChange={(e) => set("status", e.target.value)} {...invalid("status")}>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`statuses.${s}`)}</option>)}
          </select>
        ))}
      </div>
      <div className="entry-form__score">
        {field("score", t("fields.score"), (
          <select id="score" name="score" value={draft.score} onChange={(e) => set("score", e.target.value)} {...invalid("score", true)}>
            <option value="">{t("noScore")}</option>
            <option value="0">0</option>
            <option value="0.5">0.5</option>
            <option value="1">1</option>
          </select>
        ), t("scoreHint"))}
        <section className="scoring-rule" aria-labelledby="scoring-rule-heading">
          <h2 id="scoring-rule-heading">{t("scoringRule")}</h2>
          <dl>
            <dt>0</dt><dd>{rule.zero}</dd>
            <dt>0.5</dt><dd>{rule.half}</dd>
            <dt>1</dt><dd>{rule.one}</dd>
          </dl>
          <p>{t("scoringNote")}</p>
        </section>
      </div>
      {textarea("answer", 2)}
      {input("instrumentName")}
      <div className="form__row">
        {input("instrumentNumber")}
        {input("instrumentYear", t("yearHint"), { inputMode: "numeric" })}
        {input("lastAmendedYear", t("yearHint"), { inputMode: "numeric" })}
      </div>
      {input("article")}
      {textarea("description", 4)}
      {textarea("coverage", 2)}
      <fieldset className="form__fieldset form__fieldset--wide" aria-describedby={["sourceUrls-hint", errors.sourceUrls ? "sourceUrls-error" : null].filter(Boolean).join(" ")}>
        <legend>{t("fields.sourceUrls")}</legend>
        <p className="form__hint" id="sourceUrls-hint">{t("sourcesHint")}</p>
        {draft.sourceUrls.map((url, i) => (
          <div className="entry-form__url" key={i}>
            {field(`sourceUrls.${i}`, t("sourceUrl", { n: i + 1 }), (
              <input id={`sourceUrls.${i}`} name={`sourceUrls.${i}`} type="url" value={url} onChange={(e) => set("sourceUrls", draft.sourceUrls.map((x, j) => (j === i ? e.target.value : x)))} {...invalid(`sourceUrls.${i}`)} />
            ), undefined, true)}
            <button type="button" className="button button--small button--secondary" onClick={() => set("sourceUrls", draft.sourceUrls.filter((_, j) => j !== i))} aria-label={`${t("remove")}: ${t("sourceUrl", { n: i + 1 })}`}>{t("remove")}</button>
          </div>
        ))}
        {draft.sourceUrls.length < MAX_SOURCE_URLS ? (
          <button type="button" className="button button--small button--secondary" onClick={() => set("sourceUrls", [...draft.sourceUrls, ""])}>{t("addSource")}</button>
        ) : null}
        <FieldError id="sourceUrls-error" messages={errors.sourceUrls} />
      </fieldset>
      {proposal ? (
        <>
          {field("note", tf("noteLabel"), <textarea id="note" name="note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} {...invalid("note", true)} />, tf("noteHint"), true)}
          <div className="form__actions">
            <button type="submit" className="button" disabled={pending}>{tf("send")}</button>
          </div>
        </>
      ) : (
        <>
          <p className="form__hint" id="verify-hint">{t("verifyHint")}</p>
          <div className="form__actions">
            <button type="submit" className="button" disabled={pending}>{t("save")}</button>
            <button type="submit" name="verify" value="1" className="button button--secondary" disabled={pending} aria-describedby="verify-hint">{t("saveAndVerify")}</button>
          </div>
        </>
      )}
    </form>
  );
}
