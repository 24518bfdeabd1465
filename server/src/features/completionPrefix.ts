// Reading the text before the cursor for completion: bullet markers, "Label: value" and the
// start of a line. Read by hand, in one pass each: a regex over a pasted line must stay linear.
export const WORDS_PREFIX = /^(\s*)([A-Za-z][A-Za-z'’ ,&/-]{0,60})?$/;
const BULLET_MARKERS = '-•*◦▪●–';

export function isBlankChar(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0';
}

export function indentOf(text: string): number {
  let i = 0;
  while (i < text.length && (isBlankChar(text[i]) || text[i] === '\f' || text[i] === '\v')) i++;
  return i;
}

/** A bullet marker at the start of the prefix: [indent, marker end, text start], or null. */
export function bulletPrefix(prefix: string): [number, number, number] | null {
  const indent = indentOf(prefix);
  let i = indent;
  if (i < prefix.length && BULLET_MARKERS.includes(prefix[i]!)) i++;
  else {
    let digits = 0;
    while (i < prefix.length && digits < 4 && prefix[i]! >= '0' && prefix[i]! <= '9') {
      i++;
      digits++;
    }
    if (digits === 0 || digits > 3 || (prefix[i] !== '.' && prefix[i] !== ')')) return null;
    i++;
  }
  const markerEnd = i;
  while (i < prefix.length && isBlankChar(prefix[i])) i++;
  return [indent, markerEnd, i];
}

/** "Label: value" (value without a colon): [label, value start], or null. */
export function labelValue(prefix: string): [string, number] | null {
  const colon = prefix.indexOf(':');
  if (colon < 0 || prefix.indexOf(':', colon + 1) >= 0) return null;
  const start = indentOf(prefix);
  const c = prefix[start];
  if (!c || !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) || colon - start > 61) return null;
  let v = colon + 1;
  while (v < prefix.length && isBlankChar(prefix[v])) v++;
  return [prefix.slice(start, colon).trim(), v];
}

/** ": value" under a label written on an earlier line: the value start, or -1. */
export function splitValue(prefix: string): number {
  const start = indentOf(prefix);
  if (prefix[start] !== ':' || prefix.indexOf(':', start + 1) >= 0) return -1;
  let v = start + 1;
  while (v < prefix.length && isBlankChar(prefix[v])) v++;
  return v;
}
