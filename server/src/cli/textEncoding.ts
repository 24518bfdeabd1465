// Which encoding a posting file is in, and how to write it back in the same one.
//
// What a district's HR office hands us: UTF-8 (with or without the byte-order mark Notepad adds),
// UTF-16 with a byte-order mark (Notepad's "Unicode"), and Windows-1252 from Word and older
// Windows tools (smart quotes 0x92-0x94, en dash 0x96, no-break space 0xA0).
//
// Choices, and why:
// - UTF-8 is tried first with TextDecoder's fatal mode: a decoder that never reports errors would
//   turn every stray byte into U+FFFD, and writing that back loses the original bytes for good.
// - UTF-16 is recognised only by its byte-order mark: without one, UTF-16 is indistinguishable
//   from binary data (it is full of NUL bytes) and stays refused as binary.
// - Anything else that is not valid UTF-8 is read as Windows-1252 (what browsers assume for
//   unlabelled Western text) only when it looks like text: no NUL or other control
//   bytes, none of the five bytes Windows-1252 leaves undefined, and a small share of bytes above
//   0x7F. There is no way to tell 1252 from Latin-1 or Mac Roman for sure, so the guess is made safe
//   instead of certain: a file is written back only if encoding the decoded text reproduces its
//   bytes exactly (so every byte the fixes do not touch is kept whatever the real encoding was),
//   and only if the fixed text can be encoded without a substitute character.
// - iconv-lite encodes (TextEncoder only writes UTF-8) and decodes Windows-1252 (Node's own
//   decoder gets it wrong, see decodeAs); UTF-8 and UTF-16 are decoded by the built-in TextDecoder.
import iconv from 'iconv-lite';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface TextEncoding {
  name: TextEncodingName;
  /** The file starts with a byte-order mark (kept on writing). */
  bom: boolean;
}

export interface DecodedText {
  /** The text without the byte-order mark. */
  text: string;
  encoding: TextEncoding;
  /** Encoding `text` again gives back the exact bytes read: the file can be rewritten safely. */
  roundTrips: boolean;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Bytes Windows-1252 leaves undefined: seeing one means the file is not Windows-1252 text. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/** Above this share of non-ASCII bytes a file that is not UTF-8 is taken for binary data. */
const MAX_HIGH_BYTE_SHARE = 0.3;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function bomOf(name: TextEncodingName): number[] {
  if (name === 'utf-16le') return [0xff, 0xfe];
  if (name === 'utf-16be') return [0xfe, 0xff];
  return name === 'utf-8' ? UTF8_BOM : [];
}

/** The bytes of `text` in `encoding`, with its byte-order mark when the encoding has one. */
export function encodeText(text: string, encoding: TextEncoding): Buffer {
  const body = encoding.name === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, encoding.name === 'windows-1252' ? 'win1252' : encoding.name);
  return encoding.bom ? Buffer.concat([Buffer.from(bomOf(encoding.name)), body]) : body;
}

/** Whether `text` survives encoding in `encoding` unchanged (no character replaced by a substitute). */
export function canEncode(text: string, encoding: TextEncoding): boolean {
  return decodeAs(encodeText(text, encoding), encoding) === text;
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string | null {
  const body = bytes.subarray(encoding.bom ? bomOf(encoding.name).length : 0);
  // Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x92 → U+0092, not ’), so iconv-lite
  // decodes it; the five undefined bytes never get here (looksLike1252Text refuses them).
  if (encoding.name === 'windows-1252') return iconv.decode(Buffer.from(body), 'win1252');
  try {
    return new TextDecoder(encoding.name, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return null;
  }
}

function looksLike1252Text(bytes: Uint8Array): boolean {
  let high = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      if (UNDEFINED_1252.has(b)) return false;
      high++;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) return false;
    else if (b === 0x7f) return false;
  }
  return high <= bytes.length * MAX_HIGH_BYTE_SHARE;
}

function decoded(bytes: Uint8Array, text: string, encoding: TextEncoding): DecodedText {
  return { text, encoding, roundTrips: encodeText(text, encoding).equals(bytes) };
}

/**
 * Decodes a posting file's bytes (see the choices above), or says in a short phrase why they are
 * not text. Never returns text with replacement characters the file did not contain.
 */
export function decodeText(bytes: Uint8Array): DecodedText | { error: string } {
  for (const name of ['utf-16le', 'utf-16be'] as const) {
    if (!startsWith(bytes, bomOf(name))) continue;
    const text = decodeAs(bytes, { name, bom: true });
    if (text === null) return { error: `not valid ${name === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} text (it starts with that byte-order mark)` };
    return decoded(bytes, text, { name, bom: true });
  }
  if (bytes.includes(0)) return { error: 'binary file (contains NUL bytes)' };
  const bom = startsWith(bytes, UTF8_BOM);
  const utf8 = decodeAs(bytes, { name: 'utf-8', bom });
  if (utf8 !== null) return decoded(bytes, utf8, { name: 'utf-8', bom });
  if (bom) return { error: 'not valid UTF-8 text (it starts with a UTF-8 byte-order mark)' };
  if (!looksLike1252Text(bytes)) return { error: 'not text: neither valid UTF-8 nor Windows-1252 (binary file?)' };
  const text = decodeAs(bytes, { name: 'windows-1252', bom: false });
  if (text === null || text.includes('\uFFFD')) return { error: 'not valid UTF-8 or Windows-1252 text' };
  return decoded(bytes, text, { name: 'windows-1252', bom: false });
}

/** The encoding's name as a user knows it. */
export function encodingLabel(encoding: TextEncoding): string {
  const names: Record<TextEncodingName, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', 'windows-1252': 'Windows-1252' };
  return `${names[encoding.name]}${encoding.bom && encoding.name === 'utf-8' ? ' with a byte-order mark' : ''}`;
}
