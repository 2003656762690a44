import { MATCH_END, MATCH_START } from "@/lib/policies/match-marks";

/** A description excerpt with the words the search matched marked (the marks come from ts_headline). */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(MATCH_START);
  return (
    <>
      {parts[0]}
      {parts.slice(1).map((part, i) => {
        const [matched, rest = ""] = part.split(MATCH_END);
        return (
          <span key={i}>
            <mark>{matched}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}
