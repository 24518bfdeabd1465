// The guidance the report measures against (domain.md: Textio, Ongig, Paycor). Constants only, so
// the webview renderer can use them without pulling the analysis into the client bundle.
export const LENGTH_GUIDANCE = { minWords: 300, maxWords: 700, bulletShare: 1 / 3 } as const;
/**
 * The one reading-grade threshold: the reading-level rule's default (its diagnostics) and the report's
 * "at or below" both read it, so the two never disagree about the same posting.
 */
export const GRADE_GUIDANCE = 14;
