// Heading words as features of the kind model: a heading the catalog does not know ("Shift Hours")
// shares words with headings it does ("Work Hours"), and the model learns those words from the
// training sections' headings. A tiny model trained here on sections written for the test shows it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headingFeatures, kindFeatures } from '../../server/src/model/kind-features.ts';
import { compileKindModel, scoreContent } from '../../server/src/model/kind-model.ts';
import { trainKindModel, type TrainingSection } from '../../scripts/train-kinds.ts';

test('heading features are the heading words, each once, apart from body words', () => {
  assert.deepEqual(headingFeatures('Hours of Work / Work Hours:'), ['h:hours', 'h:work']);
  assert.deepEqual(headingFeatures(''), []);
  // A body never yields a heading feature: the same word in a body is another feature.
  assert.ok(kindFeatures('Work hours are set by the principal.').every((f) => !f.startsWith('h:')));
});

/** Ten sections per kind whose bodies say the same neutral things: only the headings tell the kinds apart. */
function sections(): TrainingSection[] {
  const bodies = ['Details are given by the office.', 'See the office for the details.', 'The office sets these details each year.'];
  const out: TrainingSection[] = [];
  for (let n = 0; n < 10; n++) {
    const text = bodies[n % bodies.length]!;
    out.push({ posting: `p${n}`, kind: 'conditions', heading: n % 2 ? 'Work Hours' : 'Hours and Schedule', text });
    out.push({ posting: `p${n}`, kind: 'salary', heading: n % 2 ? 'Pay Rates' : 'Daily Pay', text });
  }
  return out;
}

test('an unseen heading is read through the words it shares with the trained headings', () => {
  const model = compileKindModel(trainKindModel(sections()));
  const body = 'The office gives these details.';
  assert.equal(scoreContent(model, body, 'Shift Hours').kind, 'conditions');
  assert.equal(scoreContent(model, body, 'Substitute Pay').kind, 'salary');
  // Without a heading, or with words the model never saw in one, the body alone speaks.
  const plain = scoreContent(model, body);
  assert.deepEqual([...scoreContent(model, body, 'Lunch Menu').scores], [...plain.scores]);
  // No body to read: the heading alone adds nothing (an empty section under an unknown heading stays page text).
  assert.equal(scoreContent(model, '', 'Shift Hours').known, 0);
});
