/** Marks around the words a search matched, in snippets: private-use characters, which real text never holds. */
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";
