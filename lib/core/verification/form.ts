/** The verification forms' fields, as the actions' schemas read them (the schemas validate). */
type FormLike = Pick<FormData, "get" | "getAll">;

const text = (form: FormLike, key: string) => String(form.get(key) ?? "");

export function verificationFromForm(form: FormLike) {
  return { id: text(form, "id"), version: text(form, "version"), decision: text(form, "decision"), note: text(form, "note") };
}

/** The ticked entries of a bulk verification, each "id:version". */
export function bulkVerificationFromForm(form: FormLike) {
  return {
    indicatorId: text(form, "indicatorId"),
    entries: form.getAll("entry").map((value) => {
      const [id, version] = String(value).split(":");
      return { id, version };
    }),
  };
}
