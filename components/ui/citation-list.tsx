import { getTranslations } from "next-intl/server";
import type { Citation } from "@/lib/core/sources/citation";

/**
 * Citations as a person reads and follows them: the publisher, the title
 * (linked to the source where it is on the web), the date the source shows,
 * the project document and its lines, and what kind of source it is, with
 * secondary sources marked as the weakest.
 */
export async function CitationList({ citations, className = "citations" }: { citations: readonly Citation[]; className?: string }) {
  const t = await getTranslations("sources");
  if (citations.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <ol className={className}>
      {citations.map((c, i) => (
        <li key={i}>
          <cite>
            {c.publisher ? `${c.publisher}, ` : null}
            {c.url ? (
              <a href={c.url} rel="noopener noreferrer">
                {c.title}
              </a>
            ) : (
              c.title
            )}
          </cite>
          {c.asOf ? <span className="citation__as-of"> ({t("asOf", { date: c.asOf })})</span> : null}
          {c.document ? (
            <span className="citation__document">
              {" "}
              — {c.lines ? t("documentLines", { document: c.document, lines: c.lines.replace("-", "–") }) : t("document", { document: c.document })}
            </span>
          ) : null}
          {c.kind ? <span className={`source-kind source-kind--${c.kind.toLowerCase().replace("_", "-")}`}>{t(`kinds.${c.kind}`)}</span> : null}
        </li>
      ))}
    </ol>
  );
}
