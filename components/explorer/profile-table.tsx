import { getFormatter, getTranslations } from "next-intl/server";
import type { ProfileRow } from "@/lib/explorer/queries/country";

/** Gender or age shares as bars with their numbers. */
export async function ProfileTable({ rows, kind, caption }: { rows: ProfileRow[]; kind: "gender" | "age"; caption: string }) {
  const [t, format] = await Promise.all([getTranslations("explorer"), getFormatter()]);
  if (rows.length === 0) return <p className="empty">{t("empty")}</p>;
  const label = (group: string) => (kind === "gender" ? t(`genders.${group as "FEMALE" | "MALE"}`) : t(`ages.${group as "AGE_18_24"}`));
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("columnGroup")}</th>
          <th scope="col" className="numeric">{t("columnShare")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.group}>
            <th scope="row">{label(row.group)}</th>
            <td className="numeric">
              <span className="bar" style={{ width: `${Math.round(row.share * 100)}%` }} aria-hidden="true" />
              {format.number(row.share, { style: "percent", maximumFractionDigits: 1 })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
