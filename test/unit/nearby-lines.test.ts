// The line look-ups the parser and the readers of a finished posting share (model/nearby.ts): the next
// and previous line with text within a number of blank lines, and where a wrapped sentence starts.
// facts/column.ts hands the same functions to the rules; the chrome reader uses the parser's breadcrumb pattern.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextTextLine, previousTextLine, sentenceStartLine } from '../../server/src/model/nearby.ts';
import { nextText, previousText, sentenceStartLine as columnSentenceStart } from '../../server/src/facts/column.ts';
import { chromeAboveTitle } from '../../server/src/facts/chrome.ts';
import { parse } from '../../server/src/model/parse.ts';

const doc = { lines: ['Hours: 7:30 to 3:00, with a half hour', '', '', 'for lunch taken at the site', '', 'Pay: set by the board'] };

test('nearby lines: the next and previous line with text, within the blank lines allowed', () => {
  assert.equal(nextTextLine(doc, 0), 3);
  assert.equal(nextTextLine(doc, 0, 2), 3);
  assert.equal(nextTextLine(doc, 0, 1), -1, 'two blank lines are more than one');
  assert.equal(nextTextLine(doc, 5), -1, 'nothing below the last line');
  assert.equal(previousTextLine(doc, 3, 2), 0);
  assert.equal(previousTextLine(doc, 3, 1), -1);
  assert.equal(previousTextLine(doc, 0), -1);
});

test('nearby lines: a lower-case line goes on from the unfinished line above it', () => {
  assert.equal(sentenceStartLine(doc, 3, 2), 0);
  assert.equal(sentenceStartLine(doc, 3, 1), 3, 'too many blank lines between: its own text');
  const closed = { lines: ['The aide works with small groups.', 'with the teacher nearby'] };
  assert.equal(sentenceStartLine(closed, 1, 2), 1, 'the line above closed its sentence');
});

test('nearby lines: facts/column.ts gives the rules the same functions', () => {
  assert.equal(nextText, nextTextLine);
  assert.equal(previousText, previousTextLine);
  assert.equal(columnSentenceStart, sentenceStartLine);
});

test('chrome above the title: a breadcrumb with ">" between its steps is page text', () => {
  const p = parse(['Careers > Openings >', '', 'Library Media Specialist', '', 'Location: North Ridge Elementary', 'Start Date: August 2027'].join('\n'));
  assert.equal(p.title?.text, 'Library Media Specialist');
  assert.deepEqual(chromeAboveTitle(p), [0]);
});
