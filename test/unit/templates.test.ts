// The template library: generated from seeds/ and the corpus, and up to date, deterministic, in each district's
// style, every template reading back as its kind; the snippets file; user folders layered on top.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildLibrary, readsAs, templatizeEducation, templatizeExperience } from '../../server/src/templates/build.ts';
import { generateTemplateFiles, LIBRARY_PATH, readLibrarySources, readPostingFolder, SNIPPETS_PATH } from '../../server/src/templates/generate.ts';
import { builtinLibrary, renderContextFor, BUILTIN_TEMPLATES, Templates } from '../../server/src/templates/index.ts';
import { loadTemplateFolders, templatePathsOf } from '../../server/src/templates/loader.ts';
import { BUILTIN_PROFILES, chicago, generic, philadelphia, worcester } from '../../server/src/profiles/builtin.ts';
import { expandSnippet, joinSnippets, maxTabstop, parseSnippet, shiftTabstops } from '../../server/src/facts/snippet.ts';
import { formatDate, dateStyleOf } from '../../server/src/templates/render.ts';
import { parse } from '../../server/src/model/parse.ts';
import type { SectionKind } from '../../server/src/model/posting.ts';
import { usableBullet } from '../../server/src/templates/learnText.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const seeds = readPostingFolder(join(ROOT, 'seeds'));
const sources = readLibrarySources(ROOT);

describe('template library generation', () => {
  it('reads the five seeds', () => {
    assert.equal(seeds.length, 5);
  });

  it('the committed library and snippets are up to date (run `npm run generate` if this fails)', () => {
    const files = generateTemplateFiles(sources);
    for (const [rel, text] of Object.entries(files)) {
      assert.equal(readFileSync(join(ROOT, rel), 'utf8'), text, `${rel} is stale: run npm run generate`);
    }
    assert.deepEqual(Object.keys(files).sort(), [LIBRARY_PATH, SNIPPETS_PATH].sort());
  });

  it('is deterministic: same input in any order gives the same bytes, no timestamps', () => {
    const a = generateTemplateFiles(sources);
    const b = generateTemplateFiles([...sources].reverse());
    assert.deepEqual(a, b);
    assert.ok(!/20\d\d-\d\d-\d\dT/.test(a[LIBRARY_PATH]!), 'no timestamps');
  });

  it('has a template for every profile and kind, each reading back as its kind', () => {
    const lib = builtinLibrary();
    for (const profile of BUILTIN_PROFILES) {
      const pt = lib.profiles[profile.id];
      assert.ok(pt, profile.id);
      for (const [kind, tpl] of Object.entries(pt.sections)) {
        assert.ok(readsAs(kind as SectionKind, tpl!.heading, tpl!.body, profile), `${profile.id}/${kind}: "${tpl!.heading}" does not read as ${kind}`);
        assert.ok(['seed', 'profile', 'generic'].includes(tpl!.bodySource));
      }
    }
  });

  it('writes headings in each district style', () => {
    assert.equal(BUILTIN_TEMPLATES.templateFor('education', chicago).heading, 'Education Required:');
    assert.equal(BUILTIN_TEMPLATES.templateFor('experience', chicago).heading, 'Experience Required:');
    assert.equal(BUILTIN_TEMPLATES.templateFor('ksa', chicago).heading, 'Knowledge, Skills, and Abilities:');
    assert.equal(BUILTIN_TEMPLATES.templateFor('responsibilities', chicago).heading, 'This position will be held accountable for the following responsibilities:');
    assert.equal(BUILTIN_TEMPLATES.templateFor('responsibilities', philadelphia).heading, 'Essential Functions');
    assert.equal(BUILTIN_TEMPLATES.templateFor('responsibilities', worcester).heading, 'ESSENTIAL DUTIES AND RESPONSIBILITIES:');
    assert.equal(BUILTIN_TEMPLATES.templateFor('summary', worcester).heading, 'POSITION PURPOSE:');
    assert.equal(BUILTIN_TEMPLATES.templateFor('salary', worcester).heading, 'SALARY:');
  });

  it('learns bodies with placeholders from the seeds', () => {
    const edu = BUILTIN_TEMPLATES.templateFor('education', chicago);
    assert.match(edu.body, /\$\{1\|Bachelor's,Master's,Doctorate\|\} degree/);
    assert.equal(edu.source, 'seed');
    const exp = BUILTIN_TEMPLATES.templateFor('experience', chicago);
    assert.match(exp.body, /\$\{1:[^}]+\} years/);
    const ksa = builtinLibrary().profiles.chicago!.sections.ksa!;
    assert.ok(ksa.bullets.length >= 5);
    assert.match(ksa.body, /^• \$\{1:/);
    assert.ok(ksa.bullets.every((b) => b.count >= 1 && b.sources.length === b.count));
  });

  it('uses the Chicago residency paragraph', () => {
    const res = BUILTIN_TEMPLATES.templateFor('residency', chicago);
    assert.equal(res.text, chicago.boilerplate.residency);
    assert.equal(res.source, 'profile');
  });

  it('marks hand-written generic templates as such, with lawful wording', () => {
    const lib = builtinLibrary();
    for (const id of ['generic', 'chicago', 'philadelphia', 'worcester']) {
      const eeo = lib.profiles[id]!.sections.eeo!;
      assert.equal(eeo.bodySource, 'generic');
      assert.match(expandSnippet(eeo.body), /equal opportunity employer/);
      assert.match(expandSnippet(eeo.body), /disability/);
      assert.equal(lib.profiles[id]!.sections.benefits!.bodySource, 'generic');
    }
    // A salary template states a range (minimum and maximum), never "up to".
    for (const p of BUILTIN_PROFILES) {
      const t = BUILTIN_TEMPLATES.templateFor('salary', p).text;
      assert.match(t, /\$minimum - \$maximum/);
      assert.doesNotMatch(t, /up to/i);
    }
  });

  it('keeps other districts’ names out of the generic profile', () => {
    const lib = builtinLibrary();
    const gen = lib.profiles.generic!;
    for (const [kind, tpl] of Object.entries(gen.sections)) {
      for (const b of tpl!.bullets) assert.doesNotMatch(b.text, /\b(?:CPS|Chicago|Worcester|Philadelphia|WPS|DESE|ISBE)\b/, `${kind}: ${b.text}`);
      assert.doesNotMatch(tpl!.body, /\b(?:CPS|Chicago|Worcester|Philadelphia)\b/, kind);
    }
  });

  it('no suggested bullet repeats a template instruction or gendered or dated text', () => {
    for (const pt of Object.values(builtinLibrary().profiles)) {
      for (const tpl of Object.values(pt.sections)) {
        for (const b of tpl!.bullets) assert.doesNotMatch(b.text, /do not include|his\/her|COVID/i);
      }
    }
  });

  it('templatizes education and experience lines', () => {
    assert.equal(templatizeEducation("Master's degree from an accredited college or university is required"), "${1|Bachelor's,Master's,Doctorate|} degree in ${2:a related field} from an accredited college or university is required");
    assert.equal(templatizeEducation('Master’s Degree in Educational Leadership or directly related field'), "${1|Bachelor's,Master's,Doctorate|} Degree in ${2:Educational Leadership or directly related field}");
    assert.equal(templatizeEducation('Strong skills'), null);
    assert.equal(templatizeExperience('Three (3) years of professional experience'), '${1:Three (3)} years of professional experience');
    assert.equal(templatizeExperience('Experience in a large organization'), null);
  });

  it('builds skeletons that hold every required kind as a section', () => {
    for (const profile of BUILTIN_PROFILES) {
      const text = expandSnippet(BUILTIN_TEMPLATES.skeletonFor(profile, null, { today: '2026-01-05' }));
      const posting = parse(text);
      const kinds = new Set(posting.sections.map((s) => s.kind));
      for (const k of profile.required) assert.ok(kinds.has(k), `${profile.id} skeleton lacks ${k}`);
      assert.match(text, /Posting Date: January 5, 2026/i);
    }
  });

  it('role families give a skeleton with their duties', () => {
    const text = expandSnippet(BUILTIN_TEMPLATES.skeletonFor(generic, 'teacher', { today: '2026-01-05' }));
    assert.match(text, /^Teacher\n/);
    const teacher = builtinLibrary().families.find((f) => f.id === 'teacher')!;
    assert.equal(teacher.source, 'seed');
    assert.ok(text.includes(teacher.duties[0]!), 'the most stated teacher duty is in the skeleton');
  });

  it('bullet suggestions are ranked and include generic ones for a district', () => {
    const chi = BUILTIN_TEMPLATES.bulletSuggestions('ksa', chicago);
    assert.ok(chi.length > builtinLibrary().profiles.chicago!.sections.ksa!.bullets.length - 1);
  });
});

describe('snippets file', () => {
  it('is valid JSON with a prefix and body for each entry', () => {
    const json = JSON.parse(readFileSync(join(ROOT, SNIPPETS_PATH), 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string }>;
    const names = Object.keys(json);
    assert.ok(names.length >= 1 && names.length <= 5, `a few snippets, not one per district and kind (${names.length})`);
    for (const [name, s] of Object.entries(json)) {
      assert.ok(Array.isArray(s.prefix) && s.prefix.length > 0, name);
      assert.ok(Array.isArray(s.body) && s.body.length > 0, name);
      assert.doesNotMatch(s.body.join('\n'), /\{\{(?:title|organization)\}\}/, name);
    }
    assert.ok(json['Job posting: whole posting']!.body.join('\n').includes('${CURRENT_YEAR}'));
  });

  it('is district-neutral: no district names or district prefixes', () => {
    const text = readFileSync(join(ROOT, SNIPPETS_PATH), 'utf8');
    assert.doesNotMatch(text, /chicago|philadelphia|worcester|CPS\b/i);
  });
});

describe('snippet helpers', () => {
  it('parses, expands and renumbers', () => {
    assert.equal(expandSnippet('a ${1:b ${2:c}} \\$ ${3|x,y|} $TM_X'), 'a b c $ x ');
    assert.equal(maxTabstop('${1:a} $7 ${3|x|}'), 7);
    assert.equal(shiftTabstops('${1:a} $2 ${3|x,y|} $0', 4), '${5:a} ${6} ${7|x,y|} ');
    assert.equal(joinSnippets(['${1:a}', '${1:b}'], '\n'), '${1:a}\n${2:b}');
    assert.equal(parseSnippet('${1:unclosed').length, 1);
    assert.equal(expandSnippet('${1:unclosed ${2:x}'), '${1:unclosed x');
  });

  it('formats dates in the posting style', () => {
    assert.equal(dateStyleOf('Apr 18, 2025, 5:36:37 PM'), 'month-short');
    assert.equal(dateStyleOf('January 7, 2020'), 'month-long');
    assert.equal(dateStyleOf('2020-05-21'), 'iso');
    assert.equal(formatDate('2026-03-04', 'month-short'), 'Mar 4, 2026');
    assert.equal(formatDate('2026-03-04', 'us-slash-padded'), '03/04/2026');
  });
});

describe('user template folders', () => {
  it('reads settings paths', () => {
    assert.deepEqual(templatePathsOf({ templates: { paths: ['a', 3, ' b '] } }), ['a', 'b']);
    assert.deepEqual(templatePathsOf(null), []);
  });

  it('learns from a folder and layers over the built-in library', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-templates-'));
    try {
      writeFileSync(
        join(dir, 'counselor.posting'),
        [
          'School Counselor',
          '',
          'Springfield Public Schools',
          '',
          'Duties and Responsibilities:',
          '- Provide individual and group counseling to students in grades 9-12',
          '- Consult with families and teachers about student wellbeing',
          '',
          'Education:',
          "- Master's degree in school counseling from an accredited program",
          '',
        ].join('\n'),
      );
      writeFileSync(join(dir, 'notes.bin'), 'ignored');
      const result = await loadTemplateFolders([dir, join(dir, 'missing')], [], BUILTIN_PROFILES);
      assert.equal(result.files, 1);
      assert.equal(result.problems.length, 1, 'the missing folder is reported');
      assert.ok(result.library);
      const learned = new Templates(result.library);
      const bullets = learned.bulletSuggestions('responsibilities', generic).map((b) => b.text);
      assert.ok(bullets.includes('Provide individual and group counseling to students in grades 9-12'));
      // The user's counselor posting teaches the counselor family its own bullets.
      assert.ok(learned.bulletSuggestions('responsibilities', generic, 'counselor').some((b) => b.text === 'Provide individual and group counseling to students in grades 9-12'));
      assert.match(learned.skeletonFor(generic, 'counselor', { today: '2026-01-05' }), /Provide individual and group counseling/);
      assert.equal(learned.library.profiles.chicago, builtinLibrary().profiles.chicago);
      // The built-in library is untouched by the learned one (each library is its own value).
      assert.ok(!BUILTIN_TEMPLATES.bulletSuggestions('responsibilities', generic).some((b) => b.text.startsWith('Provide individual and group counseling')));
      assert.ok(!BUILTIN_TEMPLATES.bulletSuggestions('responsibilities', generic, 'counselor').some((b) => b.text.startsWith('Provide individual and group counseling')));
      assert.deepEqual(learned.userBullets('responsibilities', 'generic').map((b) => b.suggestion.text).sort(), [
        'Consult with families and teachers about student wellbeing',
        'Provide individual and group counseling to students in grades 9-12',
      ]);
      assert.deepEqual(BUILTIN_TEMPLATES.userBullets('responsibilities', 'generic'), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('buildLibrary without generic templates adds only what the postings hold', () => {
    const lib = buildLibrary([{ name: 'x.txt', text: 'Teacher\n\nEssential Functions\n- Teach reading to students in grade 3\n' }], { profiles: BUILTIN_PROFILES, generic: false });
    assert.ok(lib.profiles.generic);
    assert.equal(lib.profiles.generic!.sections.eeo, undefined);
    assert.ok(lib.profiles.generic!.sections.responsibilities);
  });
});

describe('titles and organizations with replacement patterns', () => {
  it("fills a title or organization holding $&, $' or $` exactly as written", () => {
    for (const title of ['Teacher $& Coach', "Aide $' Bus", 'Clerk $` Desk', 'Nurse $$ Aide', 'Aide $1 Bus']) {
      const org = "Board $& Co $' Ltd";
      const posting = parse(`${title}\nOrganization: ${org}\n\nJob Summary\nThe job.\n`);
      const ctx = renderContextFor(posting, generic);
      assert.equal(ctx.title, title);
      assert.equal(ctx.organization, org);
      const summary = expandSnippet(BUILTIN_TEMPLATES.sectionTemplateSnippet('summary', generic, ctx));
      assert.ok(summary.includes(`the ${title} will`), summary);
      const benefits = expandSnippet(BUILTIN_TEMPLATES.sectionTemplateSnippet('benefits', generic, ctx));
      assert.ok(benefits.startsWith(`Benefits\n${org} offers`), benefits);
    }
  });
});

describe('learned bullets', () => {
  it('are never half a sentence cut by a hand-wrapped line', () => {
    // Lines a posting wrapped by hand, each a block of its own: offered alone they would be cut text.
    for (const cut of ['Works with teachers to track how pupils respond to', 'Holds a license to practise as a nurse in', 'Orders and tracks classroom supplies,', 'Meets with families, staff and']) {
      assert.equal(usableBullet(cut), false, cut);
    }
    for (const whole of ['Works with teachers to track how pupils respond to instruction.', 'Holds a nursing license in this state', 'Orders and tracks classroom supplies']) {
      assert.equal(usableBullet(whole), true, whole);
    }
  });

  it('are never a reports-to line (it names another posting\'s supervisor)', () => {
    for (const line of ['Reports to the Director of Facilities or a supervisor the district names', 'Supervised by the building principal']) {
      assert.equal(usableBullet(line), false, line);
    }
    assert.equal(usableBullet('Reports student progress to parents each quarter'), true);
  });
});
