// The JSON Schema of .postwright.json (schemas/postwright.schema.json, contributed to VS Code by
// jsonValidation), built from the rule registry, the built-in profiles and the section kinds so it
// cannot drift: test/unit/export-config-schema.test.ts fails when the checked-in file differs
// (regenerate with POSTWRIGHT_UPDATE_SCHEMA=1 node scripts/test.mjs unit).
import { SECTION_KINDS } from '../model/posting.ts';
import { BUILTIN_PROFILES } from '../profiles/index.ts';
import { rolesSchema } from '../profiles/roleRequirements.ts';
import { rules } from '../rules/index.ts';

export function buildConfigSchema(): Record<string, unknown> {
  const SEVERITY = { type: 'string', enum: ['off', 'hint', 'info', 'warning', 'error'], enumDescriptions: ['Do not run the rule', 'Shown as a faint hint', 'Shown as information', 'Shown as a warning', 'Shown as an error (fails `postwright lint`)'] };
  const ruleProps: Record<string, unknown> = {};
  for (const r of [...rules].map((r) => r.meta).sort((a, b) => a.id.localeCompare(b.id))) {
    const options: Record<string, unknown> = { severity: { ...SEVERITY, description: `Severity of ${r.id} findings (default: ${r.defaultSeverity}).` } };
    for (const [k, p] of Object.entries(r.schema.properties)) options[k] = p;
    ruleProps[r.id] = {
      description: `${r.description} Default severity: ${r.defaultSeverity}. Docs: ${r.docs}`,
      anyOf: [
        { ...SEVERITY },
        { type: 'boolean', description: 'true: on with its default severity; false: off.' },
        { type: 'object', properties: options, additionalProperties: false },
      ],
    };
  }
  const kinds = { type: 'array', items: { type: 'string', enum: [...SECTION_KINDS] }, uniqueItems: true };
  const kindTexts = { type: 'object', propertyNames: { enum: [...SECTION_KINDS] }, additionalProperties: { type: 'string' } };
  const PROFILE_ID = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';
  const builtinIds = BUILTIN_PROFILES.map((p) => p.id);
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Postwright workspace configuration (.postwright.json)',
    description: 'Settings for the job postings in this folder: the district profile, rule settings and your own district profiles. Keys starting with "//" are notes and are ignored.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema of this file (optional; VS Code knows it without).' },
      profile: {
        description: 'The district profile used for required sections and pay-transparency rules: auto (detect from the text), a built-in profile, or the id of a profile under "profiles".',
        default: 'auto',
        anyOf: [
          { type: 'string', enum: ['auto', ...builtinIds], enumDescriptions: ['Detect the district from the posting text', ...BUILTIN_PROFILES.map((p) => `${p.name}${p.state ? ` (${p.state})` : ''}`)] },
          { type: 'string', pattern: PROFILE_ID, not: { const: '' } },
        ],
      },
      rules: {
        type: 'object',
        description: 'Per-rule settings: rule id → off, hint, info, warning, error, true/false, or an options object ({"severity": "warning", ...options}).',
        properties: ruleProps,
        additionalProperties: false,
        default: {},
      },
      allow: {
        type: 'array',
        description: 'Phrases the wording rules (spelling, gendered-pronoun, age-coded, outdated-requirement, template-text, glued-words) never flag; compared without regard to case.',
        items: { type: 'string', minLength: 1 },
        default: [],
      },
      deny: {
        type: 'array',
        description: 'Phrases the denied-phrase rule flags wherever they appear as whole words, each with the message to show.',
        items: {
          anyOf: [
            { type: 'string', minLength: 1 },
            {
              type: 'object',
              required: ['phrase'],
              properties: { phrase: { type: 'string', minLength: 1 }, message: { type: 'string', description: 'What the finding says (default: the phrase is on the deny list).' } },
              additionalProperties: false,
            },
          ],
        },
        default: [],
      },
      profiles: {
        type: 'array',
        description: 'Your own district profiles. A profile with the id of a built-in one replaces it; "extends" starts from another profile.',
        default: [],
        items: {
          type: 'object',
          required: ['id'],
          properties: {
            id: { type: 'string', pattern: PROFILE_ID, not: { const: 'auto' }, description: 'The profile id used in "profile" and postwright.profile.' },
            extends: { type: 'string', pattern: PROFILE_ID, description: `A profile to start from (built-in: ${builtinIds.join(', ')}); default: the built-in one with the same id, else generic.`, examples: builtinIds },
            name: { type: 'string', description: 'The district\'s name as postings write it (also the hiring organization in JSON-LD).' },
            state: { type: ['string', 'null'], pattern: '^[A-Za-z]{2}$', description: 'Two-letter state code for pay-transparency rules, or null.' },
            detect: { type: 'array', items: { type: 'string', minLength: 3 }, description: 'Text that identifies the district in a posting ("Chicago Public Schools").' },
            required: { ...kinds, description: 'Section kinds a posting must hold.' },
            recommended: { ...kinds, description: 'Section kinds a posting should hold.' },
            order: { ...kinds, description: 'The canonical order of section kinds in this district\'s postings.' },
            boilerplate: { ...kindTexts, description: 'Paragraphs the district requires, by section kind.' },
            headings: { ...kindTexts, description: 'Heading text in the district\'s style, by section kind ("Education Required:").' },
            roles: rolesSchema(),
          },
          additionalProperties: false,
        },
      },
    },
    patternProperties: { '^//': { description: 'A note: ignored by Postwright.', anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] } },
    additionalProperties: false,
  };
  return schema;
}

/** The schema file's text. */
export function configSchemaText(): string {
  return `${JSON.stringify(buildConfigSchema(), null, 2)}\n`;
}
