/** The list's file name next to index.aff/index.dic. */
export const WORD_LIST_FILE: string;
/** The no-suggest forms, an empty line, then every form nspell knows (less compound-only forms), sorted, one a line. */
export function wordFormsText(aff: Buffer, dic: Buffer): string;
