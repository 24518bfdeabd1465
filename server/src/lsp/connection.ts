// The connection as the session sees it, whatever the transport: createServerConnection wraps the
// transport's reader and writer with
// - the lifecycle: a request before `initialize` is answered ServerNotInitialized (-32002), a
//   request after `shutdown` InvalidRequest (-32600); other notifications than `exit` are dropped
//   then, as the LSP specification asks;
// - backpressure: while more than a few answers wait to be written (an editor not reading them),
//   no further message is handed to the handlers, and the transport is asked to stop reading, so
//   the server's memory stays bounded instead of growing with every unread answer.
import {
  createConnection,
  Disposable,
  Emitter,
  ErrorCodes,
  Message,
  type Connection,
  type DataCallback,
  type MessageReader,
  type MessageWriter,
  type NotificationMessage,
  type RequestMessage,
  type ResponseMessage,
} from 'vscode-languageserver/node';

/** More answers than this waiting to be written means the client is not reading. */
const WRITES_HIGH_WATER = 16;
const WRITES_LOW_WATER = 4;
/** Messages read but held back while the output is congested; beyond this the input is paused. */
const HELD_HIGH_WATER = 128;
const HELD_LOW_WATER = 32;

/** Counts writes not yet accepted by the transport, and says when they have drained. */
export class FlowControlledWriter implements MessageWriter {
  private pending = 0;
  private readonly drained = new Emitter<void>();

  constructor(private readonly inner: MessageWriter) {}

  get onError() {
    return this.inner.onError;
  }
  get onClose() {
    return this.inner.onClose;
  }
  get onDrained() {
    return this.drained.event;
  }
  get congested(): boolean {
    return this.pending >= WRITES_HIGH_WATER;
  }
  get pendingWrites(): number {
    return this.pending;
  }

  async write(message: Message): Promise<void> {
    this.pending++;
    try {
      await this.inner.write(message);
    } finally {
      this.pending--;
      if (this.pending === WRITES_LOW_WATER) this.drained.fire();
    }
  }
  end(): void {
    this.inner.end();
  }
  dispose(): void {
    this.drained.dispose();
    this.inner.dispose();
  }
}

/** Optional control of the transport's reading (a stream can pause; IPC cannot). */
export interface InputControl {
  pause(): void;
  resume(): void;
}

type Phase = 'new' | 'running' | 'shutdown';

/** Applies the lifecycle rules and backpressure between the transport reader and the connection. */
export class SessionGate implements MessageReader {
  private phase: Phase = 'new';
  private readonly held: Message[] = [];
  private deliver: DataCallback | null = null;
  private paused = false;
  private pumping = false;

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: FlowControlledWriter,
    private readonly input?: InputControl,
  ) {
    writer.onDrained(() => this.pump());
  }

  get onError() {
    return this.inner.onError;
  }
  get onClose() {
    return this.inner.onClose;
  }
  get onPartialMessage() {
    return this.inner.onPartialMessage;
  }
  /** True once `shutdown` was received (the exit code is then 0). */
  get shutdownReceived(): boolean {
    return this.phase === 'shutdown';
  }
  /** Messages read but not yet handed to the handlers. */
  get heldMessages(): number {
    return this.held.length;
  }

  listen(callback: DataCallback): Disposable {
    this.deliver = callback;
    const listening = this.inner.listen((message) => {
      if (!this.admit(message)) return;
      this.held.push(message);
      if (this.held.length >= HELD_HIGH_WATER && this.input && !this.paused) {
        this.paused = true;
        this.input.pause();
      }
      this.pump();
    });
    return Disposable.create(() => {
      this.deliver = null;
      listening.dispose();
    });
  }

  dispose(): void {
    this.deliver = null;
    this.inner.dispose();
  }

  /** Hands held messages over one per turn of the event loop, so answers are written in between. */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    setImmediate(() => {
      this.pumping = false;
      if (!this.deliver || this.held.length === 0 || this.writer.congested) return;
      const message = this.held.shift()!;
      if (this.paused && this.held.length <= HELD_LOW_WATER) {
        this.paused = false;
        this.input?.resume();
      }
      this.deliver(message);
      this.pump();
    });
  }

  /** Lifecycle rules; false when the message is answered here or dropped. */
  private admit(message: Message): boolean {
    if (Message.isResponse(message)) return true;
    if (Message.isRequest(message)) {
      const request = message as RequestMessage;
      if (this.phase === 'new') {
        if (request.method === 'initialize') {
          this.phase = 'running';
          return true;
        }
        this.reject(request, ErrorCodes.ServerNotInitialized, 'The server is not initialized: send initialize first.');
        return false;
      }
      if (this.phase === 'shutdown') {
        this.reject(request, ErrorCodes.InvalidRequest, 'The server is shut down: only the exit notification is accepted.');
        return false;
      }
      if (request.method === 'shutdown') this.phase = 'shutdown';
      return true;
    }
    const notification = message as NotificationMessage;
    return this.phase === 'running' || notification.method === 'exit';
  }

  private reject(request: RequestMessage, code: number, text: string): void {
    const answer: ResponseMessage = { jsonrpc: '2.0', id: request.id, error: { code, message: text } };
    this.writer.write(answer).catch(() => undefined);
  }
}

export interface ServerConnection {
  connection: Connection;
  gate: SessionGate;
  writer: FlowControlledWriter;
}

/** A vscode-languageserver connection over `reader`/`writer`, gated as described above. */
export function createServerConnection(reader: MessageReader, writer: MessageWriter, input?: InputControl): ServerConnection {
  const flow = new FlowControlledWriter(writer);
  const gate = new SessionGate(reader, flow, input);
  return { connection: createConnection(gate, flow), gate, writer: flow };
}
