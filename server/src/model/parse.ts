// TEMPORARY STUB while the real parser is written (owned by the lead). Signature is final.
import type { Posting } from './posting.ts';

export function parse(text: string): Posting {
  const lines = text.split(/\r\n|\r|\n/);
  const lineStarts: number[] = [];
  let offset = 0;
  for (const l of lines) {
    lineStarts.push(offset);
    offset += l.length + 1;
  }
  return {
    text,
    lines,
    lineStarts,
    eol: '\n',
    lineInfo: [],
    frontMatter: null,
    title: null,
    fields: [],
    sections: [],
    junk: [],
  };
}
