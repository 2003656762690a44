/**
 * Picks the name in the page's language from a row that has nameEn and nameEs.
 * The database holds English and Spanish only: every other interface language
 * (Portuguese) shows the English name.
 */
export function localizedName(row: { nameEn: string; nameEs: string }, locale: string): string {
  return locale === "es" ? row.nameEs : row.nameEn;
}
