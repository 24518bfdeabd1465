// Word triggers (server/src/model/triggers.ts): the prefilter must never skip a pattern that would
// match. Checked on constructs one at a time, then on every line of the corpus and on random texts
// mixed from the patterns' own words with case changes, punctuation and non-ASCII letters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TriggerGate, wordTriggers } from '../../server/src/model/triggers.ts';
import { EDUCATION, EXPERIENCE, LICENSURE, RESIDENCY } from '../../server/src/model/patterns.ts';

test('triggers are literals at a word start, one per branch', () => {
  assert.deepEqual(wordTriggers(/\bstipend\b/i), ['stipend']);
  assert.deepEqual(wordTriggers(/(?:^|[.!] )to apply\b|\bhow to apply\b/i), ['apply']);
  assert.deepEqual(wordTriggers(/\bph\.? ?d\b|\bE\.O\.E\b/i), ['ph', 'e.o.e']);
  assert.deepEqual(wordTriggers(/\b(?:annual|base) (?:salary|pay)\b/i), ['annual', 'base']); // as selective as ['salary', 'pay']: the first kept
  // Optional or repeated characters end a literal; a group that may be absent gives none.
  assert.deepEqual(wordTriggers(/\bcertificat(?:e|ion)s?\b/i), ['certificat']);
  assert.deepEqual(wordTriggers(/\bteach(?:ing|er)s? (?:full )?time\b/i), ['teach']);
  // After a group that may be absent, what follows starts a word when it does either way.
  assert.deepEqual(wordTriggers(/\b(?:full )?time\b/i), ['time']);
  assert.deepEqual(wordTriggers(/\bthe (?:new )?(?:teacher|nurse)\b/i), ['teacher', 'nurse']);
});

test('a branch without a literal at a word start, or the u flag, leaves the pattern ungated', () => {
  assert.equal(wordTriggers(/experience/i), null); // "inexperienced"
  assert.equal(wordTriggers(/\b(?:full)?time\b/i), null); // "fulltime": "time" may not start a word
  assert.equal(wordTriggers(/\bpay\b|\$\d/i), null);
  assert.equal(wordTriggers(/(?<=a)fee/i), null);
  assert.equal(wordTriggers(/\bfee\b/iu), null); // the u flag folds ſ onto s and K onto k
  const gate = new TriggerGate([/\bfee\b/i, /experience/i]);
  assert.equal(gate.mask('no such word'), 2);
  assert.equal(gate.mask('A FEE.'), 3);
  assert.equal(gate.mask('coffee'), 2);
});

const PATTERNS = [
  RESIDENCY,
  LICENSURE,
  EDUCATION,
  EXPERIENCE,
  /\bbenefits? (?:package|include)|\b40[13]\(?[kb]\)?|\bPTO\b/i,
  /(?:^|[.!] )to apply\b|\bapply (?:online|here)\b|\b(?:attach|upload) (?:your )?(?:resume|résumé)/i,
  /\b(?:largest|serving (?:over )?[\d,]+\+? students|is a (?:\w+ ){0,3}district\b|our mission)/i,
  /\breports (?:directly )?to\b|\bthe (?:successful )?(?:candidate|incumbent)\b|\bseeks? an?\b/i,
];
const GATE = new TriggerGate(PATTERNS);

function assertGated(text: string): void {
  const mask = GATE.mask(text);
  PATTERNS.forEach((re, i) => {
    if (re.test(text)) assert.ok(mask & (1 << i), `${re} matches ${JSON.stringify(text)} but its bit is clear`);
  });
}

test('every corpus line a pattern matches has the pattern’s bit', () => {
  const dir = join(import.meta.dirname, '..', 'corpus', 'postings');
  let matched = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      assertGated(line);
      if (PATTERNS.some((re) => re.test(line))) matched++;
    }
  }
  assert.ok(matched > 100, `only ${matched} lines matched: the check says little`);
});

test('random texts from the patterns’ words: no match is gated away', () => {
  const words = [
    'residency',
    'must',
    'be a',
    'resident of',
    'licensed',
    'License',
    'certification',
    "Master's",
    'master’s',
    'degree',
    'in',
    'Ph.D',
    'ph d',
    'PhD',
    'Ed.D',
    'years of',
    'experience',
    'minimum of',
    'five',
    'benefits',
    'package',
    '401(k)',
    '403b',
    'pto',
    'To apply',
    'apply',
    'online',
    'upload',
    'your',
    'résumé',
    'largest',
    'serving',
    '1,200',
    'students',
    'is a',
    'small',
    'rural',
    'district',
    'our mission',
    'reports',
    'directly',
    'to',
    'the',
    'successful',
    'candidate',
    'seeks',
    'an',
  ];
  const glue = [' ', ' ', ' ', '. ', ', ', '-', '_', 'é', 'İ', '\n', '', '(', ':'];
  let seed = 12345;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let matched = 0;
  for (let k = 0; k < 20000; k++) {
    let text = '';
    for (let w = 1 + rnd(7); w > 0; w--) {
      let word = words[rnd(words.length)]!;
      if (rnd(4) === 0) word = word.toUpperCase();
      text += glue[rnd(glue.length)]! + word;
    }
    assertGated(text);
    if (PATTERNS.some((re) => re.test(text))) matched++;
  }
  assert.ok(matched > 2000, `only ${matched} random texts matched`);
});
