// The one reader of a rule's setting ('warning', false, or { severity, ...options }): options are
// validated with ajv against the rule's meta.schema, defaults come from the same schema. Settings
// files, the CLI and analyze() all go through here; an invalid part is dropped with a problem that
// names the rule and the option, and the rule keeps its default for it.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { OptionSchema, Rule, RuleOptionsSchema, Severity } from './types.ts';

export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** A rule setting as analyze() uses it: the severity if one was set, and the valid options. */
export interface RuleSetting {
  severity?: SeveritySetting;
  options: Record<string, unknown>;
}

const ajv = new Ajv({ allErrors: true, strict: true });
// Compiled once per schema object (the registry's schemas are constants; a cache, not state).
const validators = new WeakMap<RuleOptionsSchema, ValidateFunction>();

function validatorFor(schema: RuleOptionsSchema): ValidateFunction {
  let v = validators.get(schema);
  if (!v) validators.set(schema, (v = ajv.compile(schema)));
  return v;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value as a settings problem quotes it. */
export function describeValue(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 57) + '…' : s;
  } catch {
    return String(v);
  }
}

// Each schema's [option, default] pairs, read once per schema object (a cache, not state): every
// analysis starts from the defaults, and walking the schema each time showed in profiles.
const defaultEntries = new WeakMap<RuleOptionsSchema, ReadonlyArray<readonly [string, unknown]>>();

/** The rule's default options, fresh copies (a caller may not change the schema's defaults). */
export function optionDefaults(rule: Rule): Record<string, unknown> {
  const schema = rule.meta.schema;
  let entries = defaultEntries.get(schema);
  if (!entries) defaultEntries.set(schema, (entries = Object.entries(schema.properties).map(([k, p]) => [k, p.default] as const)));
  const out: Record<string, unknown> = {};
  // Indexed, no destructuring: this runs for every rule of every analysis the server makes.
  for (let i = 0; i < entries.length; i++) {
    const v = entries[i]![1];
    out[entries[i]![0]] = Array.isArray(v) ? [...(v as unknown[])] : v;
  }
  return out;
}

/** What an option expects, in words ("a number from 0 to 1", "a list of section kinds"). */
export function expectedText(p: OptionSchema): string {
  const range =
    p.minimum !== undefined && p.maximum !== undefined
      ? ` from ${p.minimum} to ${p.maximum}`
      : p.minimum !== undefined
        ? ` of at least ${p.minimum}`
        : '';
  if (Array.isArray(p.type)) return 'a string or null';
  switch (p.type) {
    case 'array':
      return p.items?.enum ? 'a list of section kinds' : 'a list of strings';
    case 'integer':
      return `a number (whole${range ? `,${range}` : ''})`;
    case 'number':
      return `a number${range}`;
    default:
      return `a ${p.type}`;
  }
}

const severityProblem = (where: string, v: unknown, rule: Rule) =>
  `${where}: ${describeValue(v)} is not a severity (use off, info, warning or error); using the default (${rule.meta.defaultSeverity}).`;

/** The options of an options object (without `severity`): the valid ones, and a problem per invalid one. */
function readOptions(rule: Rule, raw: Record<string, unknown>, where: string, problems: string[]): Record<string, unknown> {
  const validate = validatorFor(rule.meta.schema);
  if (validate(raw)) return { ...raw };
  const props = rule.meta.schema.properties;
  const bad = new Set<string>();
  for (const e of (validate.errors ?? []) as ErrorObject[]) {
    if (e.keyword === 'additionalProperties') {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(props);
      bad.add(key);
      problems.push(
        `${where}: unknown option '${key}'; ignored.${known.length ? ` Options: ${known.join(', ')}.` : ' This rule has no options.'}`,
      );
      continue;
    }
    const key = e.instancePath.split('/')[1] ?? '';
    if (!key || bad.has(key) || !props[key]) continue;
    bad.add(key);
    problems.push(
      `${where}.${key}: expected ${expectedText(props[key])}, got ${describeValue(raw[key])}; using the default (${describeValue(props[key].default)}).`,
    );
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) if (!bad.has(k)) out[k] = v;
  return out;
}

/**
 * Reads one rule's setting. `where` names it in problems ("postwright.rules.length"). Never throws:
 * a setting that is not understood gives null and a problem.
 */
export function readRuleSetting(rule: Rule, value: unknown, where: string): { setting: RuleSetting | null; problems: string[] } {
  const problems: string[] = [];
  if (typeof value === 'string') {
    if ((SEVERITIES as readonly string[]).includes(value))
      return { setting: { severity: value as SeveritySetting, options: {} }, problems };
    problems.push(severityProblem(where, value, rule));
    return { setting: null, problems };
  }
  if (typeof value === 'boolean') return { setting: value ? { options: {} } : { severity: 'off', options: {} }, problems };
  if (!isObject(value)) {
    problems.push(`${where}: expected off, info, warning, error or an options object; got ${describeValue(value)}. Using the default.`);
    return { setting: null, problems };
  }
  const { severity, ...raw } = value;
  const setting: RuleSetting = { options: readOptions(rule, raw, where, problems) };
  if (severity !== undefined) {
    if (typeof severity === 'string' && (SEVERITIES as readonly string[]).includes(severity))
      setting.severity = severity as SeveritySetting;
    else problems.push(severityProblem(`${where}.severity`, severity, rule));
  }
  return { setting, problems };
}
