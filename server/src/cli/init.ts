// `postwright init [--profile ID] [--schema URL] [--force] [DIR]`
//
// Writes DIR/.postwright.json (DIR defaults to the current folder) with the three settings a
// workspace can hold and notes explaining them. JSON has no comments, so the notes are "//" keys,
// which the server ignores; VS Code validates and completes the file through the JSON Schema the
// extension contributes (schemas/postwright.schema.json, jsonValidation). `--schema` adds a
// "$schema" key for other editors. An existing file is never overwritten without --force.
// Exit codes: 0 written; 1 the file exists (without --force) or cannot be written; 2 usage error.
import { promises as fs } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BUILTIN_PROFILES } from '../profiles/index.ts';
import { optionValue, writeAtomic } from './files.ts';
import type { CliCommand } from './types.ts';

export const INIT_USAGE = `Usage: postwright init [--profile ID] [--schema URL] [--force] [DIR]
  DIR              folder to write .postwright.json in (default: the current folder)
  --profile ID     the district profile to start with (default: auto)
  --schema URL     add a "$schema" key pointing at URL (for editors other than VS Code)
  --force          overwrite an existing .postwright.json
Exit codes: 0 written, 1 file exists (use --force) or cannot be written, 2 usage error.`;

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

export const initCommand: CliCommand = async (args, io) => {
  let profile = 'auto';
  let schema: string | undefined;
  let force = false;
  const dirs: string[] = [];
  const usage = (message: string) => {
    io.stderr(`postwright init: ${message}\n${INIT_USAGE}\n`);
    return 2;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-')) {
      dirs.push(arg);
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      io.stdout(`${INIT_USAGE}\n`);
      return 0;
    }
    if (arg === '--force' || arg === '-f') {
      force = true;
      continue;
    }
    const p = optionValue(args, i, '--profile');
    const s = optionValue(args, i, '--schema');
    if (p) {
      if (!p.value || !PROFILE_ID.test(p.value)) return usage('--profile needs a profile id (auto, generic, chicago, …)');
      profile = p.value;
      i = p.next;
    } else if (s) {
      if (!s.value) return usage('--schema needs a URL or path');
      schema = s.value;
      i = s.next;
    } else return usage(`unknown option ${arg}`);
  }
  if (dirs.length > 1) return usage('init takes at most one folder');
  const dir = resolve(io.cwd, dirs[0] ?? '.');
  try {
    if (!(await fs.stat(dir)).isDirectory()) return usage(`${dirs[0]} is not a folder`);
  } catch {
    io.stderr(`postwright init: ${dirs[0] ?? dir}: no such folder\n`);
    return 1;
  }
  const path = join(dir, '.postwright.json');
  const shown = relative(io.cwd, path) || path;
  let exists = false;
  try {
    await fs.lstat(path);
    exists = true;
  } catch {
    exists = false;
  }
  if (exists && !force) {
    io.stderr(`postwright init: ${shown} already exists; use --force to overwrite it\n`);
    return 1;
  }
  try {
    await writeAtomic(path, initialConfig(profile, schema));
  } catch (error) {
    io.stderr(`postwright init: cannot write ${shown}: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
  io.stdout(`Wrote ${shown}${exists ? ' (overwritten)' : ''}.\n`);
  return 0;
};
