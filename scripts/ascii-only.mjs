// Makes a bundle ASCII-only. esbuild escapes non-ASCII characters in strings but not in regular
// expression literals (nor in comments), and one such character makes V8 hold the whole script
// source as UTF-16: for the server bundle that is ~3.5 MB of heap instead of ~1.8 MB, kept for the
// life of the process (lazy compilation reads it), and a large temporary copy at load. Every code
// unit above 0x7F becomes a \uXXXX escape, which means the same character in a regular expression
// (a surrogate pair too, with or without the u flag), a string, a template or an identifier, and is
// plain text in a comment. An identity escape (`\—` in a regex without the u flag) becomes `\u2014`.

/** The code with every non-ASCII UTF-16 code unit written as a \uXXXX escape. */
export function asciiOnly(code) {
  let out = '';
  let from = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 0x80) continue;
    let start = i;
    let slashes = 0;
    while (code.charCodeAt(i - 1 - slashes) === 0x5c) slashes++;
    // `\X` (an escaped non-ASCII character) is X itself: drop the backslash, keep any before it.
    if (slashes % 2 === 1) start = i - 1;
    out += code.slice(from, start) + '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
    from = i + 1;
  }
  return from === 0 ? code : out + code.slice(from);
}
