/**
 * Turns the policy form's fields into the shape PolicyEditSchema validates:
 * empty optional fields become null, numbers are read as numbers (anything
 * else is left for the schema to reject), and "results.0.text"-style fields
 * become arrays. Blank repeated rows are dropped.
 */
type FormLike = Pick<FormData, "get" | "getAll" | "keys">;

const text = (form: FormLike, key: string) => String(form.get(key) ?? "").trim();
const orNull = (value: string) => (value === "" ? null : value);
const number = (value: string) => (value === "" ? null : /^-?\d+$/.test(value) ? Number(value) : value);

function rows(form: FormLike, prefix: string, fields: string[]): Array<Record<string, string>> {
  const indexes = new Set<number>();
  for (const key of form.keys()) {
    const match = key.match(new RegExp(`^${prefix}\\.(\\d+)\\.`));
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map((i) => Object.fromEntries(fields.map((f) => [f, text(form, `${prefix}.${i}.${f}`)])))
    .filter((row) => Object.values(row).some((v) => v !== ""));
}

export function policyEditFromForm(form: FormLike) {
  const pandemic = text(form, "pandemicResponse");
  return {
    id: number(text(form, "id")),
    version: number(text(form, "version")),
    country: text(form, "country"),
    nameOriginal: text(form, "nameOriginal"),
    nameEn: text(form, "nameEn"),
    agency: orNull(text(form, "agency")),
    partners: orNull(text(form, "partners")),
    launchYear: number(text(form, "launchYear")),
    endYear: number(text(form, "endYear")),
    status: text(form, "status"),
    instrumentTypes: form.getAll("instrumentTypes").map(String),
    targetGroups: form.getAll("targetGroups").map(String),
    sector: orNull(text(form, "sector")),
    marketFocus: orNull(text(form, "marketFocus")),
    pandemicResponse: pandemic === "yes" ? true : pandemic === "no" ? false : null,
    description: text(form, "description"),
    notes: orNull(text(form, "notes")),
    results: rows(form, "results", ["text", "year"]).map((r) => ({ text: r.text, year: number(r.year) })),
    sources: rows(form, "sources", ["title", "url", "document", "lines"]).map((s) => ({
      title: s.title,
      url: orNull(s.url),
      document: orNull(s.document),
      lines: orNull(s.lines),
    })),
  };
}
