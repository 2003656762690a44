"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type ReactNode } from "react";
import { MarketFocus, PolicyStatus, Sector } from "@/lib/generated/prisma/enums";
import { savePolicyAction, type SavePolicyState } from "@/lib/policies/server-actions";
import { proposePolicyAction } from "@/lib/focal/server-actions";
import type { PolicyFormOptions } from "@/lib/policies/queries/admin";
import type { PolicySnapshot } from "@/lib/policies/snapshot";
import { ActionMessage } from "@/components/admin/action-message";
import { ProposalSent } from "@/components/focal/proposal-sent";
import { FieldError } from "@/components/admin/field-error";
import { ConflictNotice } from "./conflict-notice";

type Draft = Omit<PolicySnapshot, "workflowState" | "version" | "launchYear" | "endYear" | "results" | "verification" | "verifiedOn" | "verifiedBy" | "disputeNote"> & {
  launchYear: string;
  endYear: string;
  results: Array<{ text: string; year: string }>;
};

const EMPTY: Draft = {
  country: "", nameOriginal: "", nameEn: "", agency: null, partners: null, launchYear: "", endYear: "", status: "UNKNOWN",
  instrumentTypes: [], targetGroups: [], sector: null, marketFocus: null, pandemicResponse: null, description: "",
  results: [], sources: [], notes: null,
};

function toDraft(p: PolicySnapshot | null): Draft {
  if (!p) return EMPTY;
  return {
    ...p,
    launchYear: p.launchYear?.toString() ?? "",
    endYear: p.endYear?.toString() ?? "",
    results: p.results.map((r) => ({ text: r.text, year: r.year?.toString() ?? "" })),
  };
}

/**
 * Create or edit a policy. The inputs are controlled, so a refused save
 * (invalid fields, or someone else's newer version) keeps everything typed.
 * With `proposal`, a focal point's form (its options hold only their own
 * economy): the same fields and a note, sent to the secretariat's review
 * queue instead of saved.
 */
export function PolicyForm({ id, policy, options, proposal = false }: { id: number | null; policy: PolicySnapshot | null; options: PolicyFormOptions; proposal?: boolean }) {
  const t = useTranslations("admin.policies");
  const tf = useTranslations("focal");
  const locale = useLocale();
  const [draft, setDraft] = useState<Draft>(() => (policy ? toDraft(policy) : { ...EMPTY, country: proposal && options.countries.length === 1 ? options.countries[0].iso3 : "" }));
  const [note, setNote] = useState("");
  const [state, action, pending] = useActionState<SavePolicyState, FormData>(proposal ? proposePolicyAction : savePolicyAction, null);
  // The version a save claims to start from: the last successful save's, or
  // after a conflict, the other editor's if this editor chooses to override it.
  const [override, setOverride] = useState<number | null>(null);
  const [loadedVersion] = useState(policy?.version ?? null); // the version the draft was loaded from
  const version = state?.ok ? state.data.version : (override ?? loadedVersion);
  const errors = state && !state.ok && state.error === "invalid" ? state.fieldErrors : {};
  const formRef = useRef<HTMLFormElement>(null);
  const name = (o: { nameEn: string; nameEs: string }) => (locale === "es" ? o.nameEs : o.nameEn);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state]);

  const invalid = (key: string) => ({ "aria-invalid": Boolean(errors[key]), "aria-describedby": errors[key] ? `${key}-error` : undefined });
  const field = (key: string, label: string, control: ReactNode, hint?: string) => (
    <div className="form__field">
      <label htmlFor={key}>{label}</label>
      {hint ? <span className="small muted">{hint}</span> : null}
      {control}
      <FieldError id={`${key}-error`} messages={errors[key]} />
    </div>
  );
  const checkboxes = (key: "instrumentTypes" | "targetGroups", legend: string, terms: PolicyFormOptions["instrumentTypes"]) => (
    <fieldset className="form__fieldset" aria-describedby={errors[key] ? `${key}-error` : undefined}>
      <legend>{legend}</legend>
      {terms.map((term, i) => (
        <label key={term.slug} className="checkbox">
          <input
            type="checkbox"
            name={key}
            value={term.slug}
            checked={draft[key].includes(term.slug)}
            aria-invalid={i === 0 && Boolean(errors[key]) ? true : undefined}
            onChange={(e) => set(key, e.target.checked ? [...draft[key], term.slug] : draft[key].filter((s) => s !== term.slug))}
          />
          {name(term)}
        </label>
      ))}
      <FieldError id={`${key}-error`} messages={errors[key]} />
    </fieldset>
  );

  // A proposal is sent once: the form gives way to the answer and the way back to the proposals.
  if (proposal && state?.ok) return <ProposalSent />;

  return (
    <form ref={formRef} action={action} className="form policy-form" noValidate>
      <input type="hidden" name="id" value={id ?? ""} />
      <input type="hidden" name="version" value={version ?? ""} />
      <input type="hidden" name="locale" value={locale} />
      {state && !state.ok && state.error === "invalid" ? <p className="form__error" role="alert">{t("fixErrors")}</p> : null}
      <FieldError id="hidden-error" messages={[...(errors.id ?? []), ...(errors.version ?? [])]} />
      {state && !state.ok && state.error === "conflict" ? (
        <ConflictNotice current={state.current ?? {}} mine={draft} onOverride={() => setOverride(Number(state.current?.version))} />
      ) : null}
      {state && !state.ok && state.error !== "invalid" && state.error !== "conflict" ? <ActionMessage result={state} /> : null}
      {state?.ok ? <p className="notice" role="status">{proposal ? tf("sent") : t("saved", { version: state.data.version })}</p> : null}

      {field("country", t("country"), (
        <select id="country" name="country" value={draft.country} onChange={(e) => set("country", e.target.value)} {...invalid("country")}>
          <option value="">{t("choose")}</option>
          {options.countries.map((c) => <option key={c.iso3} value={c.iso3}>{name(c)}</option>)}
        </select>
      ))}
      {field("nameOriginal", t("nameOriginal"), <input id="nameOriginal" name="nameOriginal" value={draft.nameOriginal} onChange={(e) => set("nameOriginal", e.target.value)} {...invalid("nameOriginal")} />)}
      {field("nameEn", t("nameEn"), <input id="nameEn" name="nameEn" value={draft.nameEn} onChange={(e) => set("nameEn", e.target.value)} {...invalid("nameEn")} />)}
      {field("agency", t("agency"), <input id="agency" name="agency" value={draft.agency ?? ""} onChange={(e) => set("agency", e.target.value)} {...invalid("agency")} />)}
      {field("partners", t("partners"), <input id="partners" name="partners" value={draft.partners ?? ""} onChange={(e) => set("partners", e.target.value)} {...invalid("partners")} />)}
      <div className="form__row">
        {field("launchYear", t("launchYear"), <input id="launchYear" name="launchYear" inputMode="numeric" value={draft.launchYear} onChange={(e) => set("launchYear", e.target.value)} {...invalid("launchYear")} />, t("unknownIfEmpty"))}
        {field("endYear", t("endYear"), <input id="endYear" name="endYear" inputMode="numeric" value={draft.endYear} onChange={(e) => set("endYear", e.target.value)} {...invalid("endYear")} />, t("unknownIfEmpty"))}
        {field("status", t("status"), (
          <select id="status" name="status" value={draft.status} onChange={(e) => set("status", e.target.value as Draft["status"])} {...invalid("status")}>
            {Object.values(PolicyStatus).map((s) => <option key={s} value={s}>{t(`statuses.${s}`)}</option>)}
          </select>
        ))}
      </div>
      {checkboxes("instrumentTypes", t("instrumentTypes"), options.instrumentTypes)}
      {checkboxes("targetGroups", t("targetGroups"), options.targetGroups)}
      <div className="form__row">
        {field("sector", t("sector"), (
          <select id="sector" name="sector" value={draft.sector ?? ""} onChange={(e) => set("sector", (e.target.value || null) as Draft["sector"])}>
            <option value="">{t("unknown")}</option>
            {Object.values(Sector).map((s) => <option key={s} value={s}>{t(`sectors.${s}`)}</option>)}
          </select>
        ))}
        {field("marketFocus", t("marketFocus"), (
          <select id="marketFocus" name="marketFocus" value={draft.marketFocus ?? ""} onChange={(e) => set("marketFocus", (e.target.value || null) as Draft["marketFocus"])}>
            <option value="">{t("unknown")}</option>
            {Object.values(MarketFocus).map((s) => <option key={s} value={s}>{t(`marketFocuses.${s}`)}</option>)}
          </select>
        ))}
        {field("pandemicResponse", t("pandemicResponse"), (
          <select id="pandemicResponse" name="pandemicResponse" value={draft.pandemicResponse === null ? "" : draft.pandemicResponse ? "yes" : "no"} onChange={(e) => set("pandemicResponse", e.target.value === "" ? null : e.target.value === "yes")}>
            <option value="">{t("unknown")}</option>
            <option value="yes">{t("yes")}</option>
            <option value="no">{t("no")}</option>
          </select>
        ))}
      </div>
      {field("description", t("description"), <textarea id="description" name="description" rows={5} value={draft.description} onChange={(e) => set("description", e.target.value)} {...invalid("description")} />)}

      <fieldset className="form__fieldset form__fieldset--wide">
        <legend>{t("results")}</legend>
        {draft.results.map((r, i) => (
          <div className="form__row" key={i}>
            {field(`results.${i}.text`, t("resultText", { n: i + 1 }), <input id={`results.${i}.text`} name={`results.${i}.text`} value={r.text} onChange={(e) => set("results", draft.results.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))} {...invalid(`results.${i}.text`)} />)}
            {field(`results.${i}.year`, t("resultYear", { n: i + 1 }), <input id={`results.${i}.year`} name={`results.${i}.year`} inputMode="numeric" value={r.year} onChange={(e) => set("results", draft.results.map((x, j) => (j === i ? { ...x, year: e.target.value } : x)))} {...invalid(`results.${i}.year`)} />)}
            <button type="button" className="button button--small button--secondary" onClick={() => set("results", draft.results.filter((_, j) => j !== i))}>{t("remove")}</button>
          </div>
        ))}
        <button type="button" className="button button--small button--secondary" onClick={() => set("results", [...draft.results, { text: "", year: "" }])}>{t("addResult")}</button>
      </fieldset>

      <fieldset className="form__fieldset form__fieldset--wide">
        <legend>{t("sources")}</legend>
        {draft.sources.map((s, i) => (
          <div className="form__row" key={i}>
            {(["title", "url", "document", "lines"] as const).map((part) =>
              field(`sources.${i}.${part}`, t(`source.${part}`, { n: i + 1 }), (
                <input id={`sources.${i}.${part}`} name={`sources.${i}.${part}`} value={s[part] ?? ""} onChange={(e) => set("sources", draft.sources.map((x, j) => (j === i ? { ...x, [part]: e.target.value } : x)))} {...invalid(`sources.${i}.${part}`)} />
              )),
            )}
            <button type="button" className="button button--small button--secondary" onClick={() => set("sources", draft.sources.filter((_, j) => j !== i))}>{t("remove")}</button>
          </div>
        ))}
        <button type="button" className="button button--small button--secondary" onClick={() => set("sources", [...draft.sources, { title: "", url: null, document: null, lines: null }])}>{t("addSource")}</button>
      </fieldset>
      <FieldError id="sources-error" messages={errors.sources} />
      {field("notes", t("notes"), <textarea id="notes" name="notes" rows={2} value={draft.notes ?? ""} onChange={(e) => set("notes", e.target.value)} />)}
      {proposal ? field("note", tf("noteLabel"), <textarea id="note" name="note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} {...invalid("note")} />, tf("noteHint")) : null}
      <button type="submit" className="button" disabled={pending}>{proposal ? tf("send") : id === null ? t("createDraft") : t("save")}</button>
    </form>
  );
}
