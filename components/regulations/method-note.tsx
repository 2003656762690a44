import { getTranslations } from "next-intl/server";
import { MIN_OVERLAP } from "@/lib/regulations/method";

/** States how scores (and, with `distance`, distances) are computed. */
export async function MethodNote({ distance = false }: { distance?: boolean }) {
  const t = await getTranslations("regulations.method");
  return (
    <details className="regulation-method">
      <summary>{t("heading")}</summary>
      <p>{t("score")}</p>
      <p>{t("overall")}</p>
      {distance ? <p>{t("distance", { min: MIN_OVERLAP })}</p> : null}
      <p>{t("computed")}</p>
    </details>
  );
}
