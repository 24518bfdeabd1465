// Reads LSP frames (`Content-Length: N\r\n\r\n` + N bytes of JSON) from a byte stream, and
// recovers from a broken frame instead of going deaf: a header without a valid Content-Length
// (missing, negative, not a number) or a body that is not JSON makes the reader skip to the next
// `Content-Length:` header and carry on, reporting what it dropped. (vscode-jsonrpc's reader
// waits forever after a negative length, and after a length one byte short it reads every
// following header as garbage.)
import type { Readable } from 'node:stream';
import { AbstractMessageReader, Disposable, type DataCallback, type Message } from 'vscode-languageserver/node';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const CONTENT_LENGTH = 'content-length:';
/** A header block longer than this without its blank line is garbage, not a slow header. */
const MAX_HEADER_BYTES = 8 * 1024;
/** Larger frames are refused (a posting is a few kilobytes; a whole book is a few megabytes). */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

/** Index of the next `Content-Length:` (any case) in `buffer` at or after `from`, else -1. */
function nextHeader(buffer: Buffer, from: number): number {
  // latin1 maps byte i to char i, so string positions are byte positions.
  const at = buffer.toString('latin1', from).toLowerCase().indexOf(CONTENT_LENGTH);
  return at < 0 ? -1 : from + at;
}

export class ResyncingStreamReader extends AbstractMessageReader {
  private buffer: Buffer = Buffer.alloc(0);
  /** Body length of the frame being read, once its header is parsed. */
  private bodyLength: number | null = null;
  private callback: DataCallback | null = null;

  /** `report` receives one line per dropped run of input (the server writes it to stderr). */
  constructor(
    private readonly input: Readable,
    private readonly report: (message: string) => void,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer) => {
      this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.parse();
    };
    const onError = (error: Error) => this.fireError(error);
    const onClose = () => this.fireClose();
    this.input.on('data', onData);
    this.input.on('error', onError);
    this.input.on('close', onClose);
    this.input.on('end', onClose);
    return Disposable.create(() => {
      this.callback = null;
      this.input.off('data', onData);
      this.input.off('error', onError);
      this.input.off('close', onClose);
      this.input.off('end', onClose);
    });
  }

  /** Drops input up to the next `Content-Length:` at or after `from` (or all but a possible partial one). */
  private resync(from: number, why: string): void {
    const at = nextHeader(this.buffer, from);
    const keep = at >= 0 ? at : Math.max(from, this.buffer.length - CONTENT_LENGTH.length);
    this.report(`postwright: ${why}; skipped ${keep} byte(s) of input to the next header`);
    this.buffer = this.buffer.subarray(keep);
    this.bodyLength = null;
  }

  private parse(): void {
    while (this.callback) {
      if (this.bodyLength === null) {
        const end = this.buffer.indexOf(HEADER_END);
        if (end < 0) {
          if (this.buffer.length > MAX_HEADER_BYTES) this.resync(1, 'a header without its blank line');
          return;
        }
        const header = this.buffer.toString('latin1', 0, end);
        const line = header.split('\r\n').find((l) => l.toLowerCase().startsWith(CONTENT_LENGTH));
        const value = line?.slice(CONTENT_LENGTH.length).trim() ?? '';
        const length = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
        if (!(length <= MAX_BODY_BYTES)) {
          this.resync(1, line ? `invalid ${line.trim()}` : 'a header without Content-Length');
          continue;
        }
        this.buffer = this.buffer.subarray(end + HEADER_END.length);
        this.bodyLength = length;
      }
      if (this.buffer.length < this.bodyLength) return;
      const body = this.buffer.toString('utf8', 0, this.bodyLength);
      let message: Message | undefined;
      try {
        message = JSON.parse(body) as Message;
      } catch {
        message = undefined;
      }
      if (message === undefined || message === null || typeof message !== 'object') {
        // A body that is not JSON: its length was wrong or the sender broke it. Look for the next
        // header from the start of this body, so a frame one byte short loses only itself.
        this.resync(0, `a frame of ${this.bodyLength} byte(s) that is not JSON`);
        continue;
      }
      this.buffer = this.buffer.subarray(this.bodyLength);
      this.bodyLength = null;
      this.callback(message);
    }
  }
}
