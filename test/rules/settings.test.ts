import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSettings, readWorkspaceConfig } from '../../server/src/settings.ts';
import { analyze } from '../../server/src/analysis.ts';

test('settings: valid severities and option objects are kept', () => {
  const { options, problems } = readSettings({
    profile: 'chicago',
    rules: { 'reading-level': 'off', 'missing-section': 'error', length: { severity: 'warning', maxWords: 900 } },
  });
  assert.deepEqual(problems, []);
  assert.equal(options.profile, 'chicago');
  assert.deepEqual(options.rules, { 'reading-level': 'off', 'missing-section': 'error', length: { severity: 'warning', maxWords: 900 } });
});

test('settings: each invalid part gives one clear message and is dropped', () => {
  const { options, problems } = readSettings({
    profile: 42,
    rules: {
      'no-such-rule': 'error',
      'reading-level': 'loud',
      length: { severity: 'bad', maxWords: 'many', colour: 'red', minWords: 100 },
      'stray-line': 7,
    },
  });
  assert.equal(problems.length, 7, problems.join('\n'));
  assert.ok(problems.some((p) => /postwright\.profile/.test(p)));
  assert.ok(problems.some((p) => /unknown rule 'no-such-rule'/.test(p)));
  assert.ok(problems.some((p) => /'loud' is not a severity/.test(p)));
  assert.ok(problems.some((p) => /length\.severity/.test(p)));
  assert.ok(problems.some((p) => /length\.maxWords: expected a number/.test(p)));
  assert.ok(problems.some((p) => /unknown option 'colour'/.test(p)));
  assert.ok(problems.some((p) => /stray-line: expected off, info/.test(p)));
  assert.equal(options.profile, undefined);
  assert.deepEqual(options.rules, { length: { minWords: 100 } });
});

test('settings: not an object', () => {
  assert.equal(readSettings('nope').problems.length, 1);
  assert.deepEqual(readSettings(undefined), { options: {}, problems: [] });
  assert.equal(readSettings({ rules: [] }).problems.length, 1);
});

test('workspace config: profiles, rules, profile; invalid JSON', () => {
  const { config, problems } = readWorkspaceConfig(
    JSON.stringify({
      profile: 'springfield',
      rules: { length: 'off' },
      profiles: [
        {
          id: 'springfield',
          name: 'Springfield Public Schools',
          state: 'il',
          detect: ['Springfield Public Schools'],
          required: ['summary', 'residency', 'nonsense'],
          boilerplate: { residency: 'Live in Springfield.' },
        },
      ],
    }),
  );
  assert.equal(problems.length, 1);
  assert.match(problems[0]!, /'nonsense' is not a section kind/);
  assert.equal(config!.profile, 'springfield');
  assert.equal(config!.profiles![0]!.state, 'IL');
  assert.deepEqual(config!.profiles![0]!.required, ['summary', 'residency']);
  const bad = readWorkspaceConfig('{ not json');
  assert.equal(bad.config, null);
  assert.equal(bad.problems.length, 1);
  assert.match(bad.problems[0]!, /not valid JSON/);
});

test('workspace profile drives analysis: detection, required kinds, boilerplate fix', () => {
  const { config } = readWorkspaceConfig(
    JSON.stringify({
      profiles: [
        {
          id: 'springfield',
          name: 'Springfield Public Schools',
          state: 'IL',
          detect: ['Springfield Public Schools'],
          required: ['residency'],
          boilerplate: { residency: 'Employees must live in Springfield.' },
        },
      ],
    }),
  );
  const a = analyze('Teacher\nSpringfield Public Schools\n\nJob Summary\nTeaches.', { workspace: config, today: '2026-01-01' });
  assert.equal(a.profile.id, 'springfield');
  const f = a.findings.find((x) => x.rule === 'missing-section' && x.kind === 'residency');
  assert.ok(f);
  assert.match(f!.fixes![0]!.edits[0]!.newText, /Employees must live in Springfield\./);
  // IL pay law applies through the profile's state
  assert.ok(a.findings.some((x) => x.rule === 'pay-transparency'));
});

test('settings: severity overrides and options reach analysis', () => {
  const text = 'Teacher\n\nJob Summary\nTeaches.\n    .\n';
  const base = analyze(text, { today: '2026-01-01' });
  assert.equal(base.findings.find((f) => f.rule === 'stray-line')!.severity, 'warning');
  const off = analyze(text, { today: '2026-01-01', rules: { 'stray-line': 'off' } });
  assert.ok(!off.findings.some((f) => f.rule === 'stray-line'));
  const err = analyze(text, { today: '2026-01-01', rules: { 'stray-line': { severity: 'error' } } });
  assert.equal(err.findings.find((f) => f.rule === 'stray-line')!.severity, 'error');
  const ws = analyze(text, { today: '2026-01-01', workspace: { rules: { 'stray-line': 'info' } }, rules: { 'stray-line': 'hint' } });
  assert.equal(ws.findings.find((f) => f.rule === 'stray-line')!.severity, 'hint');
  const lenient = analyze(text, { today: '2026-01-01', rules: { 'stray-line': 'loud', length: { minWords: 'x' } } });
  assert.equal(lenient.findings.find((f) => f.rule === 'stray-line')!.severity, 'warning');
});

test("workspace config: a profile's roles rows are validated (family ids, content kinds, examples)", () => {
  const { config, problems } = readWorkspaceConfig(
    JSON.stringify({
      profiles: [
        {
          id: 'ours',
          roles: {
            custodian: { require: ['licensure', 'nonsense'], waive: ['education'], examples: { licensure: "a boiler operator's license" } },
            astronaut: { require: ['education'] },
            nurse: { forbid: ['salary'] },
          },
        },
      ],
    }),
  );
  assert.equal(problems.length, 3, problems.join('\n'));
  assert.ok(problems.some((p) => /'nonsense'.*not a content kind/.test(p)));
  assert.ok(problems.some((p) => /'astronaut' is not a role family/.test(p)));
  assert.ok(problems.some((p) => /unknown key 'forbid'/.test(p)));
  assert.deepEqual(config!.profiles![0]!.roles!.custodian, {
    require: ['licensure'],
    waive: ['education'],
    examples: { licensure: "a boiler operator's license" },
  });
});
