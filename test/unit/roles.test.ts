// Role families: detection from job titles (checked against hand labels), what each family learns
// from real postings, and that no family is ever offered another family's duties.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dominantRoleFamily, roleFamilyOf, ROLE_FAMILY_IDS, type RoleFamilyId } from '../../server/src/facts/roles.ts';
import { readManifest } from '../../server/src/templates/generate.ts';
import { bulletKey } from '../../server/src/templates/learnText.ts';
import { builtinLibrary, familyChoices, BUILTIN_TEMPLATES } from '../../server/src/templates/index.ts';
import { FAMILY_KINDS } from '../../server/src/templates/families.ts';
import { completeItems } from '../../server/src/features/completion.ts';
import { expandSnippet } from '../../server/src/facts/snippet.ts';
import { parse } from '../../server/src/model/parse.ts';
import { BUILTIN_PROFILES, chicago, generic } from '../../server/src/profiles/builtin.ts';
import type { SectionKind } from '../../server/src/model/posting.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('roleFamilyOf', () => {
  const cases: Array<[string, RoleFamilyId, string | null, string | null]> = [
    ['Teacher - Music - Elementary - 2025-2026', 'teacher', 'music', 'elementary'],
    ['Band Teacher (2025-26 SY)', 'teacher', 'music', null],
    ['Teacher - Mathematics - High School - 2025-2026', 'teacher', 'math', 'high'],
    ['Middle School Science Teacher', 'teacher', 'science', 'middle'],
    ['Teacher - Language Arts/English - Middle School 2025-2026', 'teacher', 'English', 'middle'],
    ['ESL Teacher - Falling Creek Elementary - 2025-2026', 'teacher', 'ESL', 'elementary'],
    ['Teacher - Special Education - Autism Day Program - Gates ES 2025-26', 'sped-teacher', 'special education', 'elementary'],
    ['Secondary Exceptional Education Teacher', 'sped-teacher', 'special education', 'high'],
    ['Substitute Teacher 2024-2025', 'substitute', null, null],
    ['Substitute Bus Operators', 'bus-driver', null, null],
    ['Teacher Aides for Spec Ed 2023-24 (CR)', 'paraprofessional', null, null],
    ['Assistant Preschool Teacher', 'paraprofessional', null, 'preschool'],
    ['Ed Tech II - Grade 3 Classroom', 'paraprofessional', null, null],
    ['Educational Assistant III (Special Education)', 'paraprofessional', null, null],
    ['Personal Care Assistant', 'paraprofessional', null, null],
    ['Ed Tech Coordinator', 'director', null, null],
    ['Resource Specialist Teacher (Mild/Moderate)', 'sped-teacher', 'special education', null],
    ['Elementary School Guidance Counselor', 'counselor', null, 'elementary'],
    ['School Nurse 0.8 FTE', 'nurse', null, null],
    ['Library Media Specialist', 'librarian', null, null],
    ['Assistant Principal - Middle School', 'principal', null, 'middle'],
    ['LSC Principal Supports Coordinator', 'director', null, null],
    ['Director of Maintenance', 'director', null, null],
    ['Maintenance Manager', 'maintenance', null, null],
    ['Assistant Superintendent for Curriculum', 'director', null, null],
    ['Superintendent of Schools', 'superintendent', null, null],
    ['Custodian', 'custodian', null, null],
    ['School Cafeteria Helper - 6 Hour Floater', 'food-service', null, null],
    ['District Technology Technician', 'it-technician', null, null],
    ['School Secretary / Bilingual School Secretary', 'clerical', null, null],
    ['Coach - 9th Grade Boys Basketball', 'coach', null, null],
    ['Teacher- Instructional Coach- Reams ES- 2025-26', 'other', null, null],
    ['', 'other', null, null],
  ];
  for (const [title, family, subject, level] of cases) {
    it(`${JSON.stringify(title)} → ${family}${subject ? ` (${subject})` : ''}${level ? ` [${level}]` : ''}`, () => {
      assert.deepEqual(roleFamilyOf(title), { family, subject, level });
    });
  }

  it('agrees with the development set’s hand-labelled roles', () => {
    const dir = join(ROOT, 'test', 'devset', 'labels');
    const misses: string[] = [];
    let n = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const label = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { id: string; role: string; title: string };
      n++;
      const got = roleFamilyOf(label.title).family;
      if (got !== label.role) misses.push(`${label.id} "${label.title}": ${label.role} ≠ ${got}`);
    }
    assert.ok(n >= 60, `read ${n} labels`);
    // A floor like the eval's: agreement as measured over all labels (162 of 174 with the unseen
    // ext-g and ext-h batches, 93.1%), rounded down to 2 decimals. Raise it when role detection improves.
    assert.ok((n - misses.length) / n >= 0.93, `${n - misses.length} of ${n} agree:\n${misses.join('\n')}`);
  });

  // Forty corpus titles drawn at random (Python random.seed(2026)), each labelled by hand from the title alone.
  const SPOT_CHECK: Record<string, RoleFamilyId> = {
    '0002.txt': 'teacher', '0006.txt': 'teacher', '0013.txt': 'teacher', '0040.txt': 'teacher', '0042.txt': 'teacher',
    '0046.txt': 'teacher', '0051.txt': 'teacher', '0053.txt': 'teacher', '0057.txt': 'teacher', '0061.txt': 'teacher',
    '0073.txt': 'teacher', '0108.txt': 'teacher', '0115.txt': 'sped-teacher', '0123.txt': 'teacher', '0129.txt': 'paraprofessional',
    '0148.txt': 'other', '0150.txt': 'teacher', '0159.txt': 'teacher', '0161.txt': 'paraprofessional', '0164.txt': 'teacher',
    '0175.txt': 'teacher', '0179.txt': 'teacher', '0183.txt': 'teacher', '0187.txt': 'teacher', '0189.txt': 'teacher',
    '0193.txt': 'principal', '0204.txt': 'teacher', '0216.txt': 'teacher', '0226.txt': 'teacher', '0231.txt': 'teacher',
    '0235.txt': 'teacher', '0252.txt': 'teacher', '0258.txt': 'teacher', '0263.txt': 'librarian', '0276.txt': 'other',
    '0281.txt': 'maintenance', '0285.txt': 'director', '0286.txt': 'other', '0294.txt': 'other', '0296.txt': 'other',
  };

  it('reads the corpus manifest titles: every school-district title a family, a hand-checked sample at least 90% right', () => {
    const rows = readManifest(join(ROOT, 'test', 'corpus', 'manifest.csv'));
    assert.equal(rows.length, 300);
    const district = rows.filter((r) => r.group === 'public_school_district');
    const unplaced = district.filter((r) => roleFamilyOf(r.title).family === 'other').map((r) => r.title);
    // Instructional coaches and specialists, a course facilitator, an information session: not one of the families.
    assert.ok(unplaced.length <= 6, unplaced.join('\n'));
    const misses = Object.entries(SPOT_CHECK)
      .map(([file, want]) => ({ file, want, title: rows.find((r) => r.file === file)!.title }))
      .filter((x) => roleFamilyOf(x.title).family !== x.want)
      .map((x) => `${x.file} "${x.title}": ${x.want} ≠ ${roleFamilyOf(x.title).family}`);
    assert.ok(misses.length <= 4, misses.join('\n'));
  });
});

// Words only one family's duties use. A family may share them with its kin (a special education
// teacher does what a teacher does; a superintendent leads principals too), never with others.
const MARKERS: Partial<Record<RoleFamilyId, RegExp>> = {
  custodian: /\b(?:custodial|restrooms?|trash cans?|chalkboards?|buildings? and grounds|cleaning (?:schedule|products|machines))\b/i,
  // Not "bus" alone: a teacher watches "bus and car loading zones", an aide helps with behavior "on the bus".
  'bus-driver': /\b(?:(?:drives?|driving|operates?|operating) (?:a |the )?(?:school )?bus|school bus (?:driver|operator)s?|CDL|pre-trip|post-trip|traffic laws?|driving record|DOT physical)\b/i,
  director: /\b(?:capacity of each principal|leadership teams?|principal supervisors?|district departments|direct reports|strategic plan)\b/i,
  teacher: /\b(?:lesson plans?|instructional activities|teaching methods|alters instruction|classroom setting)\b/i,
  // Not "software" or "network": every role uses them.
  'it-technician': /\b(?:cabling|help desk|peripherals|network devices|networking systems|troubleshoot\w*)\b/i,
};
const KIN: Partial<Record<RoleFamilyId, RoleFamilyId[]>> = {
  teacher: ['sped-teacher', 'substitute', 'paraprofessional'],
  'sped-teacher': ['teacher', 'substitute', 'paraprofessional'],
  director: ['principal', 'superintendent'],
};

function bulletsOf(id: string): string[] {
  const f = builtinLibrary().families.find((x) => x.id === id)!;
  return Object.values(f.sections).flatMap((list) => (list ?? []).map((b) => b.text));
}

describe('role family templates', () => {
  const lib = builtinLibrary();

  it('lists every family, and learns the teacher, custodian and bus driver families from real postings', () => {
    assert.deepEqual(
      lib.families.map((f) => f.id),
      [...ROLE_FAMILY_IDS],
    );
    for (const id of ['teacher', 'sped-teacher', 'custodian', 'bus-driver', 'director']) {
      const f = lib.families.find((x) => x.id === id)!;
      assert.equal(f.source, 'seed', id);
      assert.ok(f.sources.length >= 3, `${id}: ${f.sources.length} postings`);
      const duties = f.sections.responsibilities!;
      assert.ok(duties.length >= 5, id);
      // Ranked by how many distinct postings state them.
      for (let i = 1; i < duties.length; i++) assert.ok(duties[i - 1]!.count >= duties[i]!.count, `${id} ranking`);
    }
  });

  it('has the qualifications the family has: a CDL for bus drivers, lifting for custodians', () => {
    const bus = FAMILY_KINDS.flatMap((k) => BUILTIN_TEMPLATES.templatesFor('bus-driver', k)?.bullets ?? []).map((b) => b.text);
    assert.ok(bus.some((t) => /\bCDL\b/.test(t)), 'bus driver: CDL');
    assert.ok(bulletsOf('custodian').some((t) => /\blift/i.test(t)), 'custodian: lifting');
  });

  it('never offers a family another family’s duties (keywords, every pair of families that are not kin)', () => {
    for (const [owner, marker] of Object.entries(MARKERS) as Array<[RoleFamilyId, RegExp]>) {
      // The marker has teeth: it finds its own family's duties.
      assert.ok(bulletsOf(owner).some((t) => marker.test(t)), `${owner}'s marker matches none of its own bullets`);
      for (const id of ROLE_FAMILY_IDS) {
        if (id === owner || (KIN[owner] ?? []).includes(id)) continue;
        const leaks = bulletsOf(id).filter((t) => marker.test(t));
        assert.deepEqual(leaks, [], `${owner} duties offered for ${id}`);
        const skeleton = expandSnippet(BUILTIN_TEMPLATES.skeletonFor(generic, id, { today: '2026-01-05' }));
        assert.doesNotMatch(skeleton.replace(/^.*\n/, ''), marker, `${owner} duties in the ${id} skeleton`);
      }
    }
  });

  it('shares no bullet between families that are not kin', () => {
    const keys = new Map(ROLE_FAMILY_IDS.map((id) => [id, new Set(bulletsOf(id).map(bulletKey))]));
    for (const a of ROLE_FAMILY_IDS) {
      for (const b of ROLE_FAMILY_IDS) {
        if (a >= b || (KIN[a] ?? []).includes(b) || (KIN[b] ?? []).includes(a)) continue;
        const shared = [...keys.get(a)!].filter((k) => keys.get(b)!.has(k));
        assert.deepEqual(shared, [], `${a} and ${b}`);
      }
    }
  });

  it('a family with too few postings gets role-neutral placeholders, never another family’s bullets', () => {
    // A job family with too few postings in the corpus and the dev set's tune half to learn from
    // (coaches, superintendents as the data stands; librarians were one until the dev set held four).
    const poor = lib.families.find((f) => f.source === 'generic' && f.id !== 'other');
    assert.ok(poor, 'every family learned: this test needs a family the data is too thin for');
    assert.deepEqual(poor.sections, {});
    const duties = BUILTIN_TEMPLATES.templatesFor(poor.id, 'responsibilities', chicago)!;
    assert.equal(duties.source, 'generic');
    assert.deepEqual(duties.bullets, []);
    assert.match(expandSnippet(duties.body), /^• First essential duty of the position\n/);
    assert.deepEqual(BUILTIN_TEMPLATES.bulletSuggestions('responsibilities', chicago, poor.id), []);
  });

  it('every family’s templates read back as their kinds in every profile, and skeletons hold the required kinds', () => {
    for (const profile of BUILTIN_PROFILES) {
      for (const id of ROLE_FAMILY_IDS) {
        for (const kind of FAMILY_KINDS) {
          const t = BUILTIN_TEMPLATES.templatesFor(id, kind, profile);
          if (!t) continue;
          const doc = `Job Title\n\nJob Summary\nThe job.\n\n${t.heading}\n${expandSnippet(t.body)}\n`;
          const s = parse(doc).sections.find((x) => x.line >= 4);
          assert.equal(s?.kind, kind, `${profile.id}/${id}/${kind}`);
        }
        const kinds = new Set(parse(expandSnippet(BUILTIN_TEMPLATES.skeletonFor(profile, id, { today: '2026-01-05' }))).sections.map((s) => s.kind));
        for (const k of profile.required) assert.ok(kinds.has(k), `${profile.id}/${id} skeleton lacks ${k}`);
      }
    }
  });

  it('reads the family from the posting title for section templates, and keeps the profile’s own wording', () => {
    const music = { title: 'Teacher - Music - Elementary - 2025-2026' };
    const teacher = lib.families.find((f) => f.id === 'teacher')!;
    const body = BUILTIN_TEMPLATES.templateFor('responsibilities', generic, music).text;
    assert.ok(body.includes(teacher.duties[0]!), body);
    assert.doesNotMatch(body, MARKERS.director!);
    // ctx.family null asks for the profile alone: role-neutral duties.
    assert.match(BUILTIN_TEMPLATES.templateFor('responsibilities', generic, { ...music, family: null }).text, /essential duty/);
    // District kinds are the profile's, whatever the family.
    assert.equal(BUILTIN_TEMPLATES.templateFor('residency', chicago, music).text, chicago.boilerplate.residency);
    assert.equal(BUILTIN_TEMPLATES.sectionTemplateSnippet('eeo', chicago, music), BUILTIN_TEMPLATES.sectionTemplateSnippet('eeo', chicago));
  });

  it('accepts the family ids earlier clients send', () => {
    assert.equal(BUILTIN_TEMPLATES.skeletonFor(generic, 'leadership', { today: '2026-01-05' }), BUILTIN_TEMPLATES.skeletonFor(generic, 'director', { today: '2026-01-05' }));
  });

  it('lists families for "New Posting from Template", the active posting’s family first', () => {
    const choices = familyChoices(lib.families, 'custodian');
    assert.equal(choices[0]!.id, 'custodian');
    assert.equal(choices.length, ROLE_FAMILY_IDS.length);
    assert.equal(choices[0]!.learned, true);
    assert.match(choices[0]!.description!, /^duties from \d+ postings$/);
    const poor = lib.families.find((f) => f.source === 'generic' && f.id !== 'other')!;
    assert.equal(choices.find((c) => c.id === poor.id)!.description, 'duties left as placeholders');
  });
});

describe('completing a section heading in a music teacher’s posting', () => {
  it('inserts teachers’ duties, not a principal supervisor’s', () => {
    const text = 'Teacher - Music - Elementary\n\nJob Summary\nTeach general music to students in grades K-5.\n\n\n';
    const posting = parse(text);
    const items = completeItems({ posting, profile: generic, templates: BUILTIN_TEMPLATES }, { line: 5, character: 0 }, { today: '2026-01-05' });
    const item = items.find((i) => /responsibilities/i.test(String(i.detail)))!;
    assert.ok(item, items.map((i) => i.label).join(', '));
    const inserted = expandSnippet((item.textEdit as { newText: string }).newText);
    const teacher = builtinLibrary().families.find((f) => f.id === 'teacher')!;
    assert.ok(inserted.includes(teacher.duties[0]!), inserted);
    assert.doesNotMatch(inserted, MARKERS.director!);
    assert.doesNotMatch(inserted, /principal/i);
  });
});

describe('dominantRoleFamily', () => {
  it('reads the family the lines name most, and only when it stands out', () => {
    assert.equal(dominantRoleFamily(['Open Positions', 'The bus driver runs two routes a day.', 'Bus drivers hold a CDL.']), 'bus-driver');
    // one line is not enough
    assert.equal(dominantRoleFamily(['Open Positions', 'The bus driver runs two routes a day.']), 'other');
    // two families named as often: neither
    assert.equal(dominantRoleFamily(['Works beside each teacher.', 'Teachers plan with the coordinator.', 'Reports to the principal.', 'Meets the principal weekly.']), 'other');
    // twice as often as the runner-up wins
    assert.equal(dominantRoleFamily(['The cook prepares lunch.', 'Cooks follow the menu.', 'Cafeteria staff serve it.', 'Cleans up after the custodian.']), 'food-service');
  });
});

describe('library coverage', () => {
  it('learns bullets for each role-specific kind of the teacher family', () => {
    const teacher = builtinLibrary().families.find((f) => f.id === 'teacher')!;
    for (const k of ['responsibilities', 'qualifications', 'ksa', 'education', 'licensure'] as SectionKind[]) assert.ok((teacher.sections[k] ?? []).length > 0, k);
  });
});
