// What a CLI subcommand gets from the outside world, injected so commands are testable without a process.
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  /** Reads standard input to the end (for the `-` file argument): bytes, decoded like a file; a string is taken as already decoded. */
  readStdin(): Promise<string | Uint8Array>;
}

/** A subcommand: parses its own arguments, returns the process exit code. */
export type CliCommand = (args: string[], io: CliIO) => Promise<number>;
