// The files written from the rule registry by `npm run generate`: the .postwright.json schema, the
// `postwright.rules` setting's schema in package.json, the rule table in README.md and the index
// docs/rules/README.md (the tables sit between marker comments; the prose around them is kept).
// Pure: `read` supplies the current text of a file, the result is each file's new text.
import { buildConfigSchema, configSchemaText } from '../server/src/export/configSchema.ts';
import { rules } from '../server/src/rules/index.ts';
import type { RuleMeta } from '../server/src/rules/types.ts';

export const START = '<!-- rules:start (written by npm run generate) -->';
export const END = '<!-- rules:end -->';

const FIXABLE: Record<string, string> = { false: '', safe: 'safe fix', suggestion: 'quick fix' };

function table(linkTo: (meta: RuleMeta) => string): string {
  const rows = rules.map(
    ({ meta }) =>
      `| [${meta.id}](${linkTo(meta)}) | ${meta.defaultSeverity} | ${FIXABLE[String(meta.fixable)]} | ${meta.description.replace(/\|/g, '\\|')} |`,
  );
  return ['| rule | default | fix | what it checks |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** Replaces the text between the markers (the markers stay); a file without them is an error. */
export function spliceTable(text: string, body: string, file: string): string {
  const s = text.indexOf(START);
  const e = text.indexOf(END);
  if (s < 0 || e < s) throw new Error(`${file}: no ${START} … ${END} markers`);
  return `${text.slice(0, s + START.length)}\n${body}\n${text.slice(e)}`;
}

/** package.json with the `postwright.rules` setting's schema taken from the registry. */
function packageJson(text: string): string {
  const pkg = JSON.parse(text) as { contributes: { configuration: { properties: Record<string, Record<string, unknown>> } } };
  const rulesSchema = (buildConfigSchema() as { properties: { rules: { properties: Record<string, unknown> } } }).properties.rules
    .properties;
  const setting = pkg.contributes.configuration.properties['postwright.rules'];
  if (!setting) throw new Error('package.json: no postwright.rules setting');
  setting.properties = rulesSchema;
  setting.additionalProperties = false;
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export function generateRuleFiles(read: (rel: string) => string): Record<string, string> {
  return {
    'schemas/postwright.schema.json': configSchemaText(),
    'package.json': packageJson(read('package.json')),
    'README.md': spliceTable(
      read('README.md'),
      table((m) => m.docs),
      'README.md',
    ),
    'docs/rules/README.md': spliceTable(
      read('docs/rules/README.md'),
      table((m) => `${m.id}.md`),
      'docs/rules/README.md',
    ),
  };
}
