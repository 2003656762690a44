/** An indicator's scoring rule in the page's language: what 0, 0.5 and 1 mean (English where there is no Spanish, as localizedName). */
export interface ScoringRule {
  zero: string;
  half: string;
  one: string;
}

interface RuleColumns {
  score0En: string;
  score0Es: string;
  scoreHalfEn: string;
  scoreHalfEs: string;
  score1En: string;
  score1Es: string;
}

export function scoringRule(indicator: RuleColumns, locale: string): ScoringRule {
  const es = locale === "es";
  return {
    zero: es ? indicator.score0Es : indicator.score0En,
    half: es ? indicator.scoreHalfEs : indicator.scoreHalfEn,
    one: es ? indicator.score1Es : indicator.score1En,
  };
}

/** The rule's text for one score. */
export function ruleFor(rule: ScoringRule, score: number): string {
  return score === 0 ? rule.zero : score === 0.5 ? rule.half : rule.one;
}
