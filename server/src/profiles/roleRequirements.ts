// What a posting must state depends on the job as well as the district: a teacher, nurse, counselor
// or bus driver works under a license or certificate (a CDL for drivers), so a posting for one that
// names none leaves out something an applicant must know; a custodian or bus driver needs no degree,
// so a posting for one is not faulted for naming none. The table is data, one row per role family
// (facts/roles.ts reads the family from the title); a district profile may override a row
// (`roles` in a profile of .postwright.json).
import type { Posting, SectionKind } from '../model/posting.ts';
import { CONTENT_KINDS, type ContentKind } from '../facts/content.ts';
import { ROLE_FAMILY_IDS, type RoleFamilyId } from '../facts/roles.ts';
import type { Profile, RoleRequirement } from './types.ts';

export type { RoleRequirement } from './types.ts';

/** The built-in table: kinds each role family adds to the profile's required kinds, and kinds it waives. */
export const ROLE_REQUIREMENTS: Readonly<Partial<Record<RoleFamilyId, RoleRequirement>>> = {
  teacher: { require: ['licensure'] },
  'sped-teacher': { require: ['licensure'] },
  nurse: { require: ['licensure'] },
  counselor: { require: ['licensure'] },
  'bus-driver': { require: ['licensure'], waive: ['education'], examples: { licensure: "a commercial driver's license (CDL)" } },
  custodian: { waive: ['education'] },
  maintenance: { waive: ['education'] },
  'food-service': { waive: ['education'] },
};

/** The JSON Schema of one row (`roles` in a workspace profile is an object of these, by family id). */
export function roleRequirementSchema(): Record<string, unknown> {
  const kinds = { type: 'array', items: { type: 'string', enum: [...CONTENT_KINDS] }, uniqueItems: true };
  return {
    type: 'object',
    properties: {
      require: { ...kinds, description: "Content kinds a posting for this role must state, beyond the profile's required kinds." },
      waive: { ...kinds, description: 'Required kinds a posting for this role need not state (a custodian needs no degree).' },
      examples: {
        type: 'object',
        description: 'What a posting for the role would state, by content kind, quoted in the finding.',
        propertyNames: { enum: [...CONTENT_KINDS] },
        additionalProperties: { type: 'string' },
      },
    },
    additionalProperties: false,
  };
}

/** The JSON Schema of a profile's `roles`: a row per role family id. */
export function rolesSchema(): Record<string, unknown> {
  const row = roleRequirementSchema();
  return {
    type: 'object',
    description:
      'What postings for each role family must state, overriding the built-in table (a teacher: a license; a custodian: no degree).',
    properties: Object.fromEntries(ROLE_FAMILY_IDS.map((id) => [id, row])),
    additionalProperties: false,
  };
}

/** The row for a family under a profile: the profile's own row when it has one, else the built-in row. */
export function roleRequirement(profile: Profile, family: RoleFamilyId): RoleRequirement {
  return profile.roles?.[family] ?? ROLE_REQUIREMENTS[family] ?? {};
}

/**
 * The role family of a posting, from its title; when the title names no family (page chrome taken
 * for the title, or no title in the copy), the family its text names most. Read once per parse
 * (Posting.roleFamily, model/roles.ts postingRoleFamily).
 */
export function postingRole(posting: Posting): RoleFamilyId {
  return posting.roleFamily;
}

/** Applies a family's row to a list of required kinds: adds what it requires, drops what it waives. */
export function withRole(required: readonly SectionKind[], row: RoleRequirement): SectionKind[] {
  const waived = new Set<string>(row.waive ?? []);
  const out = new Set<SectionKind>(required.filter((k) => !waived.has(k)));
  for (const k of row.require ?? []) out.add(k);
  return [...out];
}

export function isContentKindId(k: unknown): k is ContentKind {
  return typeof k === 'string' && (CONTENT_KINDS as readonly string[]).includes(k);
}
