// The wrappers every handler goes through, so that no request or notification can take the
// server down: a cancelled request is answered RequestCancelled, an exception is logged and the
// request answered with an empty result.
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** Log lines to the client's output (window/logMessage). */
export class Log {
  constructor(private readonly connection: Connection) {}
  info(message: string): void {
    this.connection.console.info(message);
  }
  warn(message: string): void {
    this.connection.console.warn(message);
  }
  error(message: string, error?: unknown): void {
    this.connection.console.error(error === undefined ? message : `${message}: ${describeError(error)}`);
  }
}

const cancelled = () => new ResponseError<never>(LSPErrorCodes.RequestCancelled, 'Request cancelled');

export type GuardedRequest<P, R> = (params: P, token: CancellationToken) => Promise<R | ResponseError<never>>;

/** Wraps a request handler: cancellation → RequestCancelled; an exception → logged, `fallback`. */
export function guardRequest<P, R>(log: Log, name: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>): GuardedRequest<P, R> {
  return async (params, token) => {
    if (token?.isCancellationRequested) return cancelled();
    try {
      const result = await handler(params, token);
      return token?.isCancellationRequested ? cancelled() : result;
    } catch (error) {
      if (error instanceof ResponseError) return error as ResponseError<never>;
      log.error(`postwright: ${name} failed`, error);
      return fallback;
    }
  };
}

/** Wraps a notification handler: exceptions (sync or async) are logged, never thrown. */
export function guardNotification<P>(log: Log, name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params) => {
    try {
      const result = handler(params);
      if (result && typeof (result as Promise<void>).catch === 'function') {
        (result as Promise<void>).catch((error: unknown) => log.error(`postwright: ${name} failed`, error));
      }
    } catch (error) {
      log.error(`postwright: ${name} failed`, error);
    }
  };
}
