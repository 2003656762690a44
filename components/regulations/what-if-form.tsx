import { getFormatter, getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { localizedName } from "@/lib/core/i18n/localized";
import type { IndicatorRow } from "@/lib/regulations/queries/indicators";
import type { PillarRow } from "@/lib/regulations/queries/taxonomy";
import { ruleFor, scoringRule } from "@/lib/regulations/scoring-rule";
import { SCORE_VALUES, type ScoreChange } from "@/lib/regulations/simulation/model";

/**
 * The simulator's form: one choice per indicator, grouped by pillar, each
 * "as today" unless the scenario changes it. A plain GET form: every choice
 * is a `set` parameter (code:score), and the page turns what it sends into
 * the scenario's canonical address.
 */
export async function WhatIfForm({
  locale,
  economy,
  pillars,
  indicators,
  today,
  changes,
}: {
  locale: Locale;
  economy: string;
  pillars: readonly PillarRow[];
  indicators: readonly IndicatorRow[];
  today: ReadonlyMap<string, number>;
  changes: readonly ScoreChange[];
}) {
  const [t, format] = await Promise.all([getTranslations("regulations"), getFormatter()]);
  const two = (v: number) => format.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const chosen = new Map(changes.map((c) => [c.code, c.score]));
  return (
    <form className="what-if-form" method="get" action={getPathname({ href: "/regulations/what-if", locale })}>
      <input type="hidden" name="economy" value={economy} />
      {pillars.map((pillar) => (
        <fieldset key={pillar.code}>
          <legend>
            {pillar.code} — {localizedName(pillar, locale)}
          </legend>
          {indicators
            .filter((i) => i.pillarCode === pillar.code)
            .map((indicator) => {
              const now = today.get(indicator.code);
              const id = `set-${indicator.code}`;
              const picked = chosen.get(indicator.code);
              return (
                <div key={indicator.code} className={`what-if-form__row${picked === undefined ? "" : " what-if-form__row--changed"}`}>
                  <label htmlFor={id}>
                    {indicator.code} — {localizedName(indicator, locale)}
                  </label>
                  <select id={id} name="set" defaultValue={picked === undefined ? "" : `${indicator.code}:${picked}`}>
                    <option value="">{now === undefined ? t("whatIf.keepNotScored") : t("whatIf.keep", { today: two(now) })}</option>
                    {SCORE_VALUES.filter((score) => score !== now).map((score) => (
                      <option key={score} value={`${indicator.code}:${score}`}>
                        {t("whatIf.option", { score: two(score), rule: ruleFor(scoringRule(indicator, locale), score) })}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
        </fieldset>
      ))}
      <button type="submit" className="button">
        {t("whatIf.submit")}
      </button>
    </form>
  );
}
