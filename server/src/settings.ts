// Reads user settings (the `postwright` configuration section) and the workspace
// `.postwright.json` into AnalysisOptions. Invalid parts are dropped with one clear message each;
// everything else keeps its default.
import { SECTION_KINDS } from './model/posting.ts';
import type { Profile } from './profiles/types.ts';
import { MAX_WORKSPACE_PROFILES } from './profiles/index.ts';
import { isContentKindId, type RoleRequirement } from './profiles/roleRequirements.ts';
import { isRoleFamilyId } from './facts/roles.ts';
import type { AnalysisOptions } from './analysis.ts';
import { rulesById } from './rules/index.ts';
import { describeValue, readRuleSetting } from './rules/options.ts';
import { readRegularFile, stripBom } from './regularFile.ts';

export interface WorkspaceConfig {
  profile?: string;
  rules?: Record<string, unknown>;
  /** District profiles; `extends` names a built-in profile to start from (default: the one with the same id, else generic). */
  profiles?: Array<Partial<Profile> & { id: string; extends?: string }>;
  /** Phrases wording rules never flag (spelling, gendered-pronoun, age-coded, …). */
  allow?: string[];
  /** Phrases the denied-phrase rule flags, each with the message to show. */
  deny?: DeniedPhrase[];
}

export interface DeniedPhrase {
  phrase: string;
  message?: string;
}

export { SEVERITIES, type RuleSetting } from './rules/options.ts';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const describe = describeValue;

/**
 * Validates a rules map (rule id → 'off'|'info'|'warning'|'error'|'hint', true/false, or
 * {severity?, ...options}) against each rule's meta.schema. Returns only the valid parts, in the
 * same format, and one problem message per invalid part.
 */
export function validateRules(raw: unknown, where: string): { rules: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  const rules: Record<string, unknown> = {};
  if (raw === undefined || raw === null) return { rules, problems };
  if (!isObject(raw)) {
    problems.push(
      `${where}: expected an object mapping rule ids to off, info, warning or error; got ${describe(raw)}. Using the defaults.`,
    );
    return { rules, problems };
  }
  for (const [id, value] of Object.entries(raw)) {
    const rule = Object.prototype.hasOwnProperty.call(raw, id) ? rulesById.get(id) : undefined;
    if (!rule) {
      problems.push(`${where}: unknown rule '${id}'; ignored. Known rules: ${[...rulesById.keys()].join(', ')}.`);
      continue;
    }
    const read = readRuleSetting(rule, value, `${where}.${id}`);
    problems.push(...read.problems);
    if (!read.setting) continue;
    const { severity, options } = read.setting;
    rules[id] = isObject(value) ? { ...(severity ? { severity } : {}), ...options } : (severity ?? rule.meta.defaultSeverity);
  }
  return { rules, problems };
}

const PROFILE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

function validateProfileName(v: unknown, where: string, problems: string[]): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' && (v === 'auto' || PROFILE_ID.test(v))) return v;
  problems.push(
    `${where}: ${describe(v)} is not a profile id (use auto, generic, chicago, philadelphia, worcester, or an id from .postwright.json); using auto.`,
  );
  return undefined;
}

/** `raw` is the `postwright` configuration section object. */
export function readSettings(raw: unknown): { options: AnalysisOptions; problems: string[] } {
  const problems: string[] = [];
  const options: AnalysisOptions = {};
  if (raw === undefined || raw === null) return { options, problems };
  if (!isObject(raw)) {
    problems.push(`postwright: expected an object of settings, got ${describe(raw)}; using the defaults.`);
    return { options, problems };
  }
  const profile = validateProfileName(raw.profile, 'postwright.profile', problems);
  if (profile) options.profile = profile;
  const r = validateRules(raw.rules, 'postwright.rules');
  problems.push(...r.problems);
  if (Object.keys(r.rules).length) options.rules = r.rules;
  return { options, problems };
}

const KINDS: ReadonlySet<string> = new Set(SECTION_KINDS);
const PROFILE_KEYS = new Set([
  'id',
  'name',
  'state',
  'detect',
  'required',
  'recommended',
  'order',
  'boilerplate',
  'headings',
  'roles',
  'extends',
]);

function kindList(v: unknown, where: string, problems: string[]): string[] | undefined {
  if (!Array.isArray(v)) {
    problems.push(`${where}: expected a list of section kinds, got ${describe(v)}; ignored.`);
    return undefined;
  }
  const out: string[] = [];
  for (const k of v) {
    if (typeof k === 'string' && KINDS.has(k)) out.push(k);
    else problems.push(`${where}: ${describe(k)} is not a section kind (one of ${SECTION_KINDS.join(', ')}); ignored.`);
  }
  return out;
}

function kindTexts(v: unknown, where: string, problems: string[]): Record<string, string> | undefined {
  if (!isObject(v)) {
    problems.push(`${where}: expected an object mapping section kinds to text, got ${describe(v)}; ignored.`);
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [k, text] of Object.entries(v)) {
    if (!KINDS.has(k)) problems.push(`${where}: '${k}' is not a section kind; ignored.`);
    else if (typeof text !== 'string') problems.push(`${where}.${k}: expected text, got ${describe(text)}; ignored.`);
    else out[k] = text;
  }
  return out;
}

/** A profile's `roles`: role family id → { require?, waive? } lists of content kinds. */
function validateRoles(v: unknown, where: string, problems: string[]): Profile['roles'] | undefined {
  if (!isObject(v)) {
    problems.push(`${where}: expected an object mapping role families to {"require", "waive", "examples"}, got ${describe(v)}; ignored.`);
    return undefined;
  }
  const out: NonNullable<Profile['roles']> = {};
  for (const [family, row] of Object.entries(v)) {
    if (!isRoleFamilyId(family)) problems.push(`${where}: '${family}' is not a role family; ignored.`);
    else if (!isObject(row)) problems.push(`${where}.${family}: expected {"require", "waive", "examples"}, got ${describe(row)}; ignored.`);
    else {
      const kept: { require?: RoleRequirement['require']; waive?: RoleRequirement['waive']; examples?: RoleRequirement['examples'] } = {};
      for (const [key, list] of Object.entries(row)) {
        if (key === 'examples') {
          const texts = kindTexts(list, `${where}.${family}.examples`, problems);
          if (texts) kept.examples = Object.fromEntries(Object.entries(texts).filter(([k]) => isContentKindId(k)));
        } else if (key !== 'require' && key !== 'waive') problems.push(`${where}.${family}: unknown key '${key}'; ignored.`);
        else if (!Array.isArray(list))
          problems.push(`${where}.${family}.${key}: expected a list of content kinds, got ${describe(list)}; ignored.`);
        else {
          for (const k of list)
            if (!isContentKindId(k)) problems.push(`${where}.${family}.${key}: ${describe(k)} is not a content kind; ignored.`);
          kept[key] = list.filter(isContentKindId);
        }
      }
      out[family] = kept;
    }
  }
  return out;
}

function validateProfile(
  p: unknown,
  where: string,
  problems: string[],
): WorkspaceConfig['profiles'] extends Array<infer T> | undefined ? T | null : never {
  if (!isObject(p)) {
    problems.push(`${where}: expected a profile object, got ${describe(p)}; ignored.`);
    return null;
  }
  if (typeof p.id !== 'string' || !PROFILE_ID.test(p.id) || p.id === 'auto') {
    problems.push(`${where}: a profile needs an "id" (letters, digits, '-', '_'); got ${describe(p.id)}; profile ignored.`);
    return null;
  }
  const w = `${where} (${p.id})`;
  const out: Partial<Profile> & { id: string; extends?: string } = { id: p.id };
  for (const key of Object.keys(p)) if (!PROFILE_KEYS.has(key)) problems.push(`${w}: unknown key '${key}'; ignored.`);
  if (p.name !== undefined) {
    if (typeof p.name === 'string') out.name = p.name;
    else problems.push(`${w}.name: expected text; ignored.`);
  }
  if (p.extends !== undefined) {
    if (typeof p.extends === 'string' && PROFILE_ID.test(p.extends)) out.extends = p.extends;
    else problems.push(`${w}.extends: expected a profile id; ignored.`);
  }
  if (p.state !== undefined) {
    if (p.state === null) out.state = null;
    else if (typeof p.state === 'string' && /^[A-Za-z]{2}$/.test(p.state)) out.state = p.state.toUpperCase();
    else problems.push(`${w}.state: expected a two-letter state code or null, got ${describe(p.state)}; ignored.`);
  }
  if (p.detect !== undefined) {
    if (Array.isArray(p.detect) && p.detect.every((d) => typeof d === 'string')) out.detect = p.detect as string[];
    else problems.push(`${w}.detect: expected a list of strings; ignored.`);
  }
  for (const key of ['required', 'recommended', 'order'] as const) {
    if (p[key] === undefined) continue;
    const list = kindList(p[key], `${w}.${key}`, problems);
    if (list) out[key] = list as Profile['required'];
  }
  for (const key of ['boilerplate', 'headings'] as const) {
    if (p[key] === undefined) continue;
    const texts = kindTexts(p[key], `${w}.${key}`, problems);
    if (texts) out[key] = texts;
  }
  if (p.roles !== undefined) {
    const roles = validateRoles(p.roles, `${w}.roles`, problems);
    if (roles) out.roles = roles;
  }
  return out;
}

const WORKSPACE_KEYS = new Set(['profile', 'rules', 'profiles', 'allow', 'deny', '$schema']);

function validateAllow(v: unknown, problems: string[]): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    problems.push(`.postwright.json allow: expected a list of phrases, got ${describe(v)}; ignored.`);
    return [];
  }
  const out: string[] = [];
  v.forEach((p, i) => {
    if (typeof p === 'string' && p.trim()) out.push(p);
    else problems.push(`.postwright.json allow[${i}]: expected a phrase, got ${describe(p)}; ignored.`);
  });
  return out;
}

function validateDeny(v: unknown, problems: string[]): DeniedPhrase[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) {
    problems.push(`.postwright.json deny: expected a list of {"phrase", "message"} objects, got ${describe(v)}; ignored.`);
    return [];
  }
  const out: DeniedPhrase[] = [];
  v.forEach((d, i) => {
    const phrase = typeof d === 'string' ? d : isObject(d) ? d.phrase : undefined;
    if (typeof phrase !== 'string' || !phrase.trim()) {
      problems.push(`.postwright.json deny[${i}]: expected {"phrase": "…", "message": "…"}, got ${describe(d)}; ignored.`);
      return;
    }
    const message = isObject(d) ? d.message : undefined;
    if (message !== undefined && typeof message !== 'string')
      problems.push(`.postwright.json deny[${i}].message: expected text; the default message is used.`);
    out.push(typeof message === 'string' && message.trim() ? { phrase, message } : { phrase });
  });
  return out;
}

export function readWorkspaceConfig(jsonText: string): { config: WorkspaceConfig | null; problems: string[] } {
  const problems: string[] = [];
  let raw: unknown;
  try {
    // Notepad and PowerShell 5 start UTF-8 files with a byte-order mark, which JSON.parse rejects.
    raw = JSON.parse(stripBom(jsonText));
  } catch (e) {
    return { config: null, problems: [`.postwright.json: not valid JSON (${e instanceof Error ? e.message : String(e)}); ignored.`] };
  }
  if (!isObject(raw)) return { config: null, problems: [`.postwright.json: expected an object, got ${describe(raw)}; ignored.`] };
  const config: WorkspaceConfig = {};
  for (const key of Object.keys(raw)) {
    if (!WORKSPACE_KEYS.has(key) && !key.startsWith('//')) problems.push(`.postwright.json: unknown key '${key}'; ignored.`);
  }
  const allow = validateAllow(raw.allow, problems);
  if (allow.length) config.allow = allow;
  const deny = validateDeny(raw.deny, problems);
  if (deny.length) config.deny = deny;
  const profile = validateProfileName(raw.profile, '.postwright.json profile', problems);
  if (profile) config.profile = profile;
  const r = validateRules(raw.rules, '.postwright.json rules');
  problems.push(...r.problems);
  if (Object.keys(r.rules).length) config.rules = r.rules;
  if (raw.profiles !== undefined) {
    if (!Array.isArray(raw.profiles)) problems.push(`.postwright.json profiles: expected a list of profile objects; ignored.`);
    else {
      const list: NonNullable<WorkspaceConfig['profiles']> = [];
      if (raw.profiles.length > MAX_WORKSPACE_PROFILES) {
        problems.push(
          `.postwright.json profiles: ${raw.profiles.length.toLocaleString('en-US')} profiles; only the first ${MAX_WORKSPACE_PROFILES.toLocaleString('en-US')} are used (the most a workspace may define), the rest are ignored.`,
        );
      }
      raw.profiles.slice(0, MAX_WORKSPACE_PROFILES).forEach((p, i) => {
        const v = validateProfile(p, `.postwright.json profiles[${i}]`, problems);
        if (v) list.push(v);
      });
      if (list.length) config.profiles = list;
    }
  }
  return { config, problems };
}

/** A .postwright.json larger than this is not read (a settings file is a few KB). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface WorkspaceConfigFile {
  config: WorkspaceConfig | null;
  /** Messages, each starting with ".postwright.json"; a file that could not be read or parsed gives config null. */
  problems: string[];
}

/**
 * Reads and validates one .postwright.json: the one reader for the CLI and the language server.
 * Only a regular file of at most MAX_CONFIG_BYTES is read (a FIFO or a link to a device is refused
 * without blocking or allocating); UTF-8 with or without a byte-order mark. null when there is no file.
 */
export async function readWorkspaceConfigFile(path: string): Promise<WorkspaceConfigFile | null> {
  const read = await readRegularFile(path, MAX_CONFIG_BYTES);
  if ('problem' in read) {
    if (read.problem === 'missing') return null;
    return { config: null, problems: [`.postwright.json: ${read.reason}; ignored.`] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return { config: null, problems: ['.postwright.json: not valid UTF-8 text; ignored.'] };
  }
  return readWorkspaceConfig(text);
}
