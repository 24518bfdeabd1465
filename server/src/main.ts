// The Postwright language server's entry point (bundled as dist/server-main.js, which the launcher
// dist/server.js loads: see launch.ts): reads the command line, opens the transport and starts the
// server on it. Everything else is in server/src/lsp.
//
// Transports: started by the VS Code client over IPC (`--node-ipc`, passed by vscode-languageclient);
// `--stdio` for other editors (the default when no transport is given); `--socket=PORT` and
// `--pipe=NAME` as vscode-languageserver supports them.
// First import: heap settings must be in place before the rest of the server allocates.
import './heapFlags.ts';
import { format } from 'node:util';
import {
  createServerPipeTransport,
  createServerSocketTransport,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageWriter,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';
import { VERSION } from './version.ts';
import { describeError } from './lsp/guards.ts';
import { createServerConnection, type InputControl } from './lsp/connection.ts';
import { ResyncingStreamReader } from './lsp/framing.ts';
import { startServer } from './lsp/server.ts';


const HELP = [
  `postwright-language-server ${VERSION}`,
  '',
  'Usage: postwright-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]',
  '',
  'Speaks the Language Server Protocol for job postings (*.posting). Standard input/output is',
  'the default transport. Pass initializationOptions {"trusted": true} to let the server read',
  'the workspace .postwright.json; settings come from workspace/configuration (section',
  '"postwright"), or from initializationOptions.settings for clients that cannot answer it.',
  '',
].join('\n');

type Transport = { kind: 'stdio' } | { kind: 'ipc' } | { kind: 'socket'; port: number } | { kind: 'pipe'; name: string };

/** The transport named on the command line (`--flag=value` or `--flag value`), else the default. */
function transportOf(argv: string[]): Transport {
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = inline ?? argv[i + 1];
    if (flag === '--stdio') return { kind: 'stdio' };
    if (flag === '--node-ipc') return { kind: 'ipc' };
    if (flag === '--socket' && Number(value) > 0) return { kind: 'socket', port: Number(value) };
    if (flag === '--pipe' && value) return { kind: 'pipe', name: value };
  }
  // Forked with an IPC channel (but without the flag): use it; otherwise standard input/output.
  return typeof process.send === 'function' ? { kind: 'ipc' } : { kind: 'stdio' };
}

function stderrLine(message: string): void {
  process.stderr.write(`${message}\n`);
}

function open(transport: Transport): { reader: MessageReader; writer: MessageWriter; input?: InputControl } {
  switch (transport.kind) {
    case 'ipc':
      return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process) };
    case 'socket': {
      const [reader, writer] = createServerSocketTransport(transport.port);
      return { reader, writer };
    }
    case 'pipe': {
      const [reader, writer] = createServerPipeTransport(transport.name);
      return { reader, writer };
    }
    case 'stdio':
      // Standard output carries the protocol: anything printed with console.* goes to stderr.
      for (const level of ['log', 'info', 'debug', 'warn', 'error'] as const) console[level] = (...args: unknown[]) => stderrLine(format(...args));
      return {
        reader: new ResyncingStreamReader(process.stdin, stderrLine),
        writer: new StreamMessageWriter(process.stdout),
        input: { pause: () => process.stdin.pause(), resume: () => process.stdin.resume() },
      };
  }
}

function main(argv: string[]): void {
  if (argv.includes('--version') || argv.includes('-v')) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return;
  }
  const transport = transportOf(argv);
  const { reader, writer, input } = open(transport);
  const { connection, gate } = createServerConnection(reader, writer, input);
  if (transport.kind === 'stdio') {
    // The editor closed our input: it is gone, so is the server (0 after a clean shutdown).
    const leave = () => process.exit(gate.shutdownReceived ? 0 : 1);
    process.stdin.on('end', leave);
    process.stdin.on('close', leave);
  }
  const session = startServer(connection, { version: VERSION });
  // Last line of defence: anything that escapes a handler is logged and the server keeps serving.
  const logUncaught = (what: string) => (error: unknown) => {
    try {
      session.log.error(`postwright: ${what}`, error);
    } catch {
      stderrLine(`postwright: ${what}: ${describeError(error)}`);
    }
  };
  process.on('uncaughtException', logUncaught('uncaught exception'));
  process.on('unhandledRejection', logUncaught('unhandled rejection'));
}

main(process.argv.slice(2));
