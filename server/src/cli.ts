// `postwright <command>`: the command-line entry point (dist/cli.js, package.json bin). The only
// place that touches the real process: it builds the CliIO (stdout, stderr, cwd, stdin) and passes
// it to the subcommands, which stay testable without a process.
import { VERSION } from './version.ts';
import { exportCommand } from './cli/export.ts';
import { initCommand } from './cli/init.ts';
import { lint } from './cli/lint.ts';
import { outline } from './cli/outline.ts';
import { reportCommand } from './cli/report.ts';
import type { CliCommand, CliIO } from './cli/types.ts';


/** The subcommands: name → implementation and a one-line summary for --help. */
const COMMANDS: Record<string, { run: CliCommand; summary: string }> = {
  lint: { run: lint, summary: 'check postings and report problems (text, JSON or SARIF)' },
  outline: { run: outline, summary: 'print the title, header fields and sections of postings' },
  export: { run: exportCommand, summary: 'write a posting as schema.org JSON-LD, a publishable HTML page or Markdown' },
  report: { run: reportCommand, summary: 'the posting report: required sections, pay transparency, length, reading grade (text, HTML, JSON)' },
  init: { run: initCommand, summary: 'write a .postwright.json for this folder' },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  return [
    `postwright ${VERSION}: checks public school district job postings`,
    '',
    'Usage: postwright <command> [options] FILE...',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --help, -h     show this help (postwright <command> --help for a command)',
    '  --version, -V  show the version',
    '',
  ].join('\n');
}

/** Runs the CLI with the given arguments; returns the exit code. */
async function main(args: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined) {
    io.stderr(usage());
    return 2;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    io.stdout(usage());
    return 0;
  }
  if (command === '--version' || command === '-V' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const entry = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!entry) {
    io.stderr(`postwright: unknown command '${command}'\n\n${usage()}`);
    return 2;
  }
  return entry.run(rest, io);
}

function processIO(): CliIO {
  const write = (stream: NodeJS.WriteStream) => (text: string) => {
    stream.write(text);
  };
  return {
    stdout: write(process.stdout),
    stderr: write(process.stderr),
    cwd: process.cwd(),
    readStdin: () =>
      new Promise<Uint8Array>((resolvePromise, reject) => {
        const chunks: Buffer[] = [];
        process.stdin.on('data', (chunk: Buffer | string) => chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
        // Bytes, not text: the reader decodes them as it decodes files (no silent U+FFFD).
        process.stdin.on('end', () => resolvePromise(Buffer.concat(chunks)));
        process.stdin.on('error', reject);
      }),
  };
}

{
  // A closed pipe (`postwright outline … | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  main(process.argv.slice(2), processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`postwright: internal error: ${message.split('\n')[0]}\n`);
      if (process.env.POSTWRIGHT_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
      // 1 means "findings"; a run that could not finish is 2, like any input it could not use.
      process.exitCode = 2;
    },
  );
}
