// Which finding an echoed diagnostic stands for: exact range first, then the message on the same
// line (columns counted in bytes by some clients), then the section kind; a tie is no match, since
// a wrong match would offer another finding's fix.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { findingOfDiagnostic } from '../../server/src/features/diagnosticFinding.ts';
import type { Finding } from '../../server/src/rules/types.ts';

const at = (line: number, start: number, end: number) => ({ start: { line, character: start }, end: { line, character: end } });
const finding = (rule: string, message: string, range: Finding['range'], kind: Finding['kind'] = null): Finding => ({ rule, severity: 'warning', message, range, kind });

const A = finding('repeated-word', "'the' is repeated.", at(3, 10, 17));
const B = finding('repeated-word', "'the' is repeated.", at(3, 40, 47));
const C = finding('repeated-word', "'a' is repeated.", at(5, 2, 5));
const EDU = finding('missing-section', 'Missing section: education requirement.', at(0, 0, 9), 'education');
const EEO = finding('missing-section', 'Missing section: equal-opportunity statement.', at(0, 0, 9), 'eeo');
const FINDINGS = [A, B, C, EDU, EEO];

describe('findingOfDiagnostic', () => {
  it('the exact range wins', () => {
    assert.equal(findingOfDiagnostic({ range: at(3, 40, 47), message: B.message }, 'repeated-word', FINDINGS), B);
  });

  it('same message on the same line: the nearest start (byte columns run a little to the right)', () => {
    assert.equal(findingOfDiagnostic({ range: at(3, 42, 49), message: B.message }, 'repeated-word', FINDINGS), B);
    assert.equal(findingOfDiagnostic({ range: at(3, 12, 19), message: A.message }, 'repeated-word', FINDINGS), A);
  });

  it('a tie between two candidates is no match', () => {
    assert.equal(findingOfDiagnostic({ range: at(3, 25, 32), message: A.message } as Diagnostic, 'repeated-word', FINDINGS), null);
    assert.equal(findingOfDiagnostic({ message: A.message } as Diagnostic, 'repeated-word', FINDINGS), null, 'no range: two findings with this message');
  });

  it('no range: a unique message finds its finding', () => {
    assert.equal(findingOfDiagnostic({ message: C.message } as Diagnostic, 'repeated-word', FINDINGS), C);
  });

  it('neither range nor message: the section kind in data decides', () => {
    assert.equal(findingOfDiagnostic({ code: 'missing-section', data: { kind: 'eeo' } } as unknown as Diagnostic, 'missing-section', FINDINGS), EEO);
    assert.equal(findingOfDiagnostic({ code: 'missing-section' } as unknown as Diagnostic, 'missing-section', FINDINGS), null);
  });

  it('a message that no finding has, or another rule, is no match', () => {
    assert.equal(findingOfDiagnostic({ range: at(3, 10, 17), message: 'something else' }, 'repeated-word', FINDINGS), null);
    assert.equal(findingOfDiagnostic({ range: at(3, 10, 17), message: A.message }, 'spelling', FINDINGS), null);
  });
});
