// The word list the spelling rule looks words up in, derived from the Hunspell en_US files with
// nspell: every form nspell knows (the dictionary's words and the affixed forms nspell expands them
// to), less the forms that only occur inside compounds (the ordinals' '1th').
//
// The text: the forms the dictionary marks NOSUGGEST (known, never offered as a correction), one a
// line, then an empty line, then every known form, one a line, sorted by UTF-16 code units (the
// order of JavaScript's `<`), so that a lookup is a binary search in the text itself: nothing is
// built when the list loads, and it stays one 1.2 MB string in memory.
//
// Plain JavaScript so that the build (esbuild.mjs) writes the list once, into dist/dictionary-en/,
// with the same code the rule uses when it runs from source and finds no list (nspell takes about
// 0.3-0.6 s to read the Hunspell files).
import nspell from 'nspell';

/** The list's file name next to index.aff/index.dic. */
export const WORD_LIST_FILE = 'words.txt';

/** The list's text (see above). */
export function wordFormsText(aff, dic) {
  const spell = nspell(aff, dic);
  const onlyInCompound = spell.flags.ONLYINCOMPOUND;
  const noSuggestFlag = spell.flags.NOSUGGEST;
  const known = [];
  const noSuggest = [];
  for (const [form, codes] of Object.entries(spell.data)) {
    if (!form || form.includes('\n') || (onlyInCompound && codes && codes.includes(onlyInCompound))) continue;
    known.push(form);
    if (noSuggestFlag && codes && codes.includes(noSuggestFlag)) noSuggest.push(form);
  }
  known.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${noSuggest.join('\n')}\n\n${known.join('\n')}`;
}
