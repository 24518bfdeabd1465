// Command-line options for every subcommand, parsed by node:util parseArgs (`--name value`,
// `--name=value`, `-n value`, `--` ending the options, `-` as standard input). parseArgs runs
// non-strict so that the messages stay ours: its own strict errors are long and name no command.
import { parseArgs } from 'node:util';
import type { CliIO } from './types.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs {
  /** Option name (long form) → value: a string, true for a boolean flag. Absent when not given. */
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Parses `args` against `specs` (always with --help/-h). Returns the values and positionals, or the
 * one-line problem: an unknown option, a value missing (`--format` at the end, or followed by
 * another option), or a value given to a flag (`--fix=yes`).
 */
export function parseCommandArgs(args: readonly string[], specs: OptionSpecs): ParsedArgs | { error: string } {
  const options = { help: { type: 'boolean' as const, short: 'h' }, ...specs };
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const values: ParsedArgs['values'] = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    const spec = Object.prototype.hasOwnProperty.call(options, token.name) ? options[token.name as keyof typeof options] : undefined;
    if (!spec) return { error: `unknown option '${token.rawName}'` };
    if (spec.type === 'boolean') {
      if (token.value !== undefined) return { error: `${token.rawName} takes no value` };
      values[token.name] = true;
      continue;
    }
    // Non-strict parseArgs takes the next argument as the value even when it is another option.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-')) return { error: `${token.rawName} needs a value` };
    values[token.name] = token.value;
  }
  return { values, positionals };
}

/** A string option's value (parseCommandArgs guarantees strings for string options). */
export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const v = parsed.values[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * How every subcommand starts: its options parsed, and a `usage` that prints a problem with the
 * command's usage and gives exit code 2. `exit` is set when the command is already done: a usage
 * error (2) or --help printed (0).
 */
export function startCommand(
  name: string,
  usageText: string,
  args: readonly string[],
  specs: OptionSpecs,
  io: Pick<CliIO, 'stdout' | 'stderr'>,
): { parsed: ParsedArgs; usage: (message: string) => number } | { exit: number } {
  const usage = (message: string) => {
    io.stderr(`postwright ${name}: ${message}\n${usageText}\n`);
    return 2;
  };
  const parsed = parseCommandArgs(args, specs);
  if ('error' in parsed) return { exit: usage(parsed.error) };
  if (parsed.values.help) {
    io.stdout(`${usageText}\n`);
    return { exit: 0 };
  }
  return { parsed, usage };
}
