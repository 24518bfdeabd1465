// `postwright init [--profile ID] [--schema URL] [--force] [DIR]`
//
// Writes DIR/.postwright.json (DIR defaults to the current folder) with the three settings a
// workspace can hold and notes explaining them. JSON has no comments, so the notes are "//" keys,
// which the server ignores; VS Code validates and completes the file through the JSON Schema the
// extension contributes (schemas/postwright.schema.json, jsonValidation). `--schema` adds a
// "$schema" key for other editors. An existing file is never overwritten without --force.
// An existing file is never overwritten without --force (the new file is created with O_EXCL, so a
// file that appears meanwhile is not clobbered either); with --force a symbolic link has its target
// written and a non-regular file is refused (writeFile.ts).
// Exit codes (the table in README.md): 0 written; 1 the file exists (without --force); 2 a usage
// error, a missing folder, or the file could not be written.
import { promises as fs } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BUILTIN_PROFILES } from '../profiles/index.ts';
import { startCommand, stringOption } from './args.ts';
import { writeOutputFile } from './writeFile.ts';
import type { CliCommand } from './types.ts';

export const INIT_USAGE = `Usage: postwright init [--profile ID] [--schema URL] [--force] [DIR]
  DIR              folder to write .postwright.json in (default: the current folder)
  --profile ID     the district profile to start with (default: auto)
  --schema URL     add a "$schema" key pointing at URL (for editors other than VS Code)
  --force          overwrite an existing .postwright.json
Exit codes: 0 written, 1 file exists (use --force), 2 usage error, no such folder, or not written.`;

const PROFILE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** The text of a new .postwright.json. */
export function initialConfig(profile = 'auto', schema?: string): string {
  const builtins = BUILTIN_PROFILES.map((p) => p.id).join(', ');
  const config: Record<string, unknown> = {};
  if (schema) config.$schema = schema;
  config['//'] = [
    'Postwright settings for the job postings in this folder. JSON has no comments: "//" keys are notes and are ignored.',
    `profile: the district profile that decides the required sections and the pay-transparency state: "auto" (detect from the text), ${builtins}, or the id of a profile defined under "profiles".`,
    'rules: rule id -> "off", "info", "warning" or "error", or an options object such as {"severity": "info", "maxWords": 800} for "length".',
    'profiles: your own district profiles, e.g. {"id": "springfield", "extends": "generic", "name": "Springfield Public Schools", "state": "IL", "detect": ["Springfield Public Schools"], "required": ["summary", "responsibilities", "education", "experience", "salary", "benefits", "eeo", "how_to_apply"]}.',
    'VS Code offers completion and checks for this file; `postwright lint` and the editor read it from the workspace folder.',
  ];
  config.profile = profile;
  config.rules = {};
  config.profiles = [];
  return `${JSON.stringify(config, null, 2)}\n`;
}

const INIT_OPTIONS = {
  profile: { type: 'string' },
  schema: { type: 'string' },
  force: { type: 'boolean', short: 'f' },
} as const;

export const initCommand: CliCommand = async (args, io) => {
  const start = startCommand('init', INIT_USAGE, args, INIT_OPTIONS, io);
  if ('exit' in start) return start.exit;
  const { parsed, usage } = start;
  const profile = stringOption(parsed, 'profile') ?? 'auto';
  if (!PROFILE_ID.test(profile)) return usage('--profile needs a profile id (auto, generic, chicago, …)');
  const schema = stringOption(parsed, 'schema');
  const force = parsed.values.force === true;
  const dirs = parsed.positionals;
  if (dirs.length > 1) return usage('init takes at most one folder');
  const dir = resolve(io.cwd, dirs[0] ?? '.');
  try {
    if (!(await fs.stat(dir)).isDirectory()) return usage(`${dirs[0]} is not a folder`);
  } catch {
    io.stderr(`postwright init: ${dirs[0] ?? dir}: no such folder\n`);
    return 2;
  }
  const path = join(dir, '.postwright.json');
  const shown = relative(io.cwd, path) || path;
  const existed = await fs.lstat(path).then(
    () => true,
    () => false,
  );
  const written = await writeOutputFile(path, Buffer.from(initialConfig(profile, schema), 'utf8'), { overwrite: force });
  if (!written.ok) {
    if ('exists' in written) {
      io.stderr(`postwright init: ${shown} already exists; use --force to overwrite it\n`);
      return 1;
    }
    io.stderr(`postwright init: cannot write ${shown}: ${written.reason}\n`);
    return 2;
  }
  io.stdout(`Wrote ${shown}${existed ? ' (overwritten)' : ''}.\n`);
  return 0;
};
