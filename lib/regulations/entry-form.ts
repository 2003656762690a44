/**
 * Turns the entry form's fields into the shape RegulationEntryEditSchema
 * validates: empty optional fields become null, numbers are read as numbers
 * (anything else is left for the schema to reject), "sourceUrls.0"-style
 * fields become a list. A blank source row is kept, so that its message lands
 * beside the right field.
 */
type FormLike = Pick<FormData, "get" | "keys">;

const text = (form: FormLike, key: string) => String(form.get(key) ?? "").trim();
const orNull = (value: string) => (value === "" ? null : value);
const number = (value: string) => (value === "" ? null : /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value);

export function entryEditFromForm(form: FormLike) {
  const indexes = new Set<number>();
  for (const key of form.keys()) {
    const match = key.match(/^sourceUrls\.(\d+)$/);
    if (match) indexes.add(Number(match[1]));
  }
  return {
    id: number(text(form, "id")),
    version: number(text(form, "version")),
    status: text(form, "status"),
    answer: orNull(text(form, "answer")),
    score: number(text(form, "score")),
    instrumentName: orNull(text(form, "instrumentName")),
    instrumentNumber: orNull(text(form, "instrumentNumber")),
    instrumentYear: number(text(form, "instrumentYear")),
    lastAmendedYear: number(text(form, "lastAmendedYear")),
    article: orNull(text(form, "article")),
    description: orNull(text(form, "description")),
    coverage: orNull(text(form, "coverage")),
    sourceUrls: [...indexes].sort((a, b) => a - b).map((i) => text(form, `sourceUrls.${i}`)),
    verify: text(form, "verify") === "1",
  };
}
