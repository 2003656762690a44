/** Scores are shown with two decimals (0.00 – 1.00). */
export const SCORE_FORMAT = { minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;
