// Pay-transparency posting laws (profiles/payLaws.ts): when the posting's place (set in the rule's
// options, by the profile, or inferred from the text by model/state.ts) has a posting law in force
// on the analysis day, is the pay, the range, the benefits description and (Colorado) the close
// date in the posting? One gap, one finding: a missing pay range is one warning naming every law
// that asks for it, with the other gaps listed in the same message; the finding names the kinds it
// is about (`gaps`), so analyze() folds a missing-section or empty-section finding for the same
// kinds into it as related information (rules/gaps.ts).
import { postingLawsInForce, type PayLaw } from '../profiles/payLaws.ts';
import type { Profile } from '../profiles/types.ts';
import { describeInference, inferState, stateName, type StateInference } from '../model/state.ts';
import { presenceOf } from '../facts/presence.ts';
import { payFacts } from '../facts/pay.ts';
import type { Rule, RuleFinding } from './types.ts';
import { documentRange, lineRange } from '../facts/util.ts';
import type { Posting } from '../model/posting.ts';

const CLOSE_DATE =
  /\b(?:closing|close|application|apply by|deadline|end) date\b|\bdeadline\b|\bapply by\b|\bapplications? (?:will be )?accepted (?:until|through)\b|\bopen until\b|\bcloses? on\b/i;

const STATE_NAMES: Record<string, string> = {
  illinois: 'IL',
  massachusetts: 'MA',
  colorado: 'CO',
  'new york': 'NY',
  california: 'CA',
  washington: 'WA',
};
const LOCATION_STATE = /,\s*([A-Z]{2})\b|,\s*(Illinois|Massachusetts|Colorado|New York|California|Washington)\b/;

/** The state named in a location field ("Denver, CO"); export/facts.ts uses it for the job location. */
export function stateFromFields(posting: Posting): string | null {
  for (const f of posting.fields) {
    if (f.key !== 'location') continue;
    const m = LOCATION_STATE.exec(f.value);
    if (m) return m[1] ?? STATE_NAMES[m[2]!.toLowerCase()] ?? null;
  }
  return null;
}

export interface ResolvedPlace {
  state: string | null;
  locality: string | null;
  /** Who decided: the rule's `state` setting, the profile, or the text. */
  from: 'setting' | 'profile' | 'text' | null;
  inference: StateInference;
}

/** The place whose laws apply: setting > profile > inferred from the text (unless `inferState: false`). */
export function resolvePlace(posting: Posting, profile: Profile, options: Record<string, unknown> = {}): ResolvedPlace {
  const inference = inferState(posting);
  const opt = typeof options.state === 'string' && /^[A-Za-z]{2}$/.test(options.state) ? options.state.toUpperCase() : null;
  const optLocality = typeof options.locality === 'string' && options.locality ? options.locality.toUpperCase() : null;
  const state = opt ?? profile.state ?? (options.inferState !== false ? inference.state : null);
  const from: ResolvedPlace['from'] = opt ? 'setting' : profile.state ? 'profile' : state ? 'text' : null;
  const locality = optLocality ?? (state && inference.state === state ? inference.locality : null);
  return { state, locality, from, inference };
}

/** "Virginia (inferred: Virginia — from 'Richmond, VA' (line 3))" or "Illinois (from the profile)". */
export function describePlace(place: ResolvedPlace): string {
  if (!place.state) return 'unknown';
  const name = stateName(place.state);
  if (place.from === 'text') return describeInference(place.inference);
  return `${name} (from the ${place.from === 'setting' ? 'pay-transparency state setting' : 'profile'})`;
}

export interface PayGap {
  /** The content kind the gap is about. */
  kind: 'salary' | 'benefits' | null;
  text: string;
}

export interface PayCheckResult {
  place: ResolvedPlace;
  /** Posting laws in force for the place, minus those that exclude public employers (unless told otherwise). */
  laws: PayLaw[];
  gaps: PayGap[];
  /** "up to $X" lines when a law forbids open-ended pay. */
  openEnded: ReturnType<typeof payFacts>['openEnded'];
}

function hasCloseDate(posting: Posting): boolean {
  if (posting.fields.some((f) => f.key === 'closing_date' && f.value.trim() !== '')) return true;
  for (const line of posting.lines) if (line.length < 2000 && CLOSE_DATE.test(line)) return true;
  return false;
}

/** What the laws in force ask that the posting lacks. Pure. */
export function checkPayLaws(posting: Posting, profile: Profile, options: Record<string, unknown>, today: string): PayCheckResult {
  const place = resolvePlace(posting, profile, options);
  const laws = postingLawsInForce(place, today).filter((l) => options.publicEmployer === false || l.publicEmployers !== 'excluded');
  const gaps: PayGap[] = [];
  if (!laws.length) return { place, laws, gaps, openEnded: [] };
  const facts = payFacts(posting);
  const presence = presenceOf(posting);
  const payLaws = laws.filter((l) => l.pay);
  const rangeLaws = payLaws.filter((l) => l.range && !(l.singleFigureFrom && today >= l.singleFigureFrom));
  const scaleEnough = payLaws.length > 0 && payLaws.every((l) => l.scaleOk) && facts.schedule !== null;
  if (payLaws.length && !facts.figures.length && !scaleEnough) {
    gaps.push({ kind: 'salary', text: rangeLaws.length ? 'a pay range (minimum and maximum)' : 'the pay or a pay range' });
  } else if (rangeLaws.length && facts.figures.length && !facts.ranges.length) {
    const f = facts.figures[0]!;
    gaps.push({ kind: 'salary', text: `a pay range: '${posting.lines[f.line]!.slice(f.start, f.end)}' is a single figure, not a range` });
  }
  if (laws.some((l) => l.benefits) && !presence.first.has('benefits')) {
    gaps.push({
      kind: 'benefits',
      text: `a general description of benefits${laws.some((l) => l.otherComp) ? ' and other compensation' : ''}`,
    });
  }
  if (laws.some((l) => l.closeDateFrom && today >= l.closeDateFrom) && !hasCloseDate(posting))
    gaps.push({ kind: null, text: 'the expected application close date' });
  const openEnded = laws.some((l) => l.noOpenEnded) ? facts.openEnded : [];
  return { place, laws, gaps, openEnded };
}

function lawList(laws: readonly PayLaw[]): string {
  return laws.map((l) => `${l.law} (${l.place}, in force since ${l.effective})`).join('; ');
}

function coverageNote(laws: readonly PayLaw[]): string {
  const open = laws.filter((l) => l.publicEmployers === 'unclear' || l.publicEmployers === 'partly');
  return open.length
    ? ` Whether ${open.map((l) => l.place).join(' and ')} law covers public employers such as school districts is not settled.`
    : '';
}

export const payTransparency: Rule = {
  meta: {
    id: 'pay-transparency',
    description:
      'Checks the posting against the pay-transparency posting laws of its state or city in force on the day: pay or range, benefits, close date.',
    defaultSeverity: 'warning',
    schema: {
      type: 'object',
      properties: {
        state: {
          type: ['string', 'null'],
          description: 'Two-letter state to check against, overriding the profile and the text.',
          default: null,
        },
        locality: {
          type: ['string', 'null'],
          description: 'A local jurisdiction id from the table (NYC, NJ-JERSEY-CITY, OH-CLEVELAND, …).',
          default: null,
        },
        inferState: {
          type: 'boolean',
          description: 'With no state from the option or the profile, infer it from the text.',
          default: true,
        },
        publicEmployer: {
          type: 'boolean',
          description: "The posting is a public employer's: skip laws that exclude public employers.",
          default: true,
        },
      },
      additionalProperties: false,
    },
    messages: {
      gap: 'Pay transparency, {{place}}: {{laws}} expects {{first}}.{{also}}{{coverage}} Review with counsel.',
      openEnded: "'{{text}}' is open-ended; {{laws}} expects a pay range with a minimum and a maximum. Review with counsel.",
    },
    docs: 'docs/rules/pay-transparency.md',
    fixable: false,
  },
  check(posting, ctx) {
    const r = checkPayLaws(posting, ctx.profile, ctx.options, ctx.today);
    if (!r.laws.length) return [];
    const out: RuleFinding[] = [];
    const where = describePlace(r.place);
    if (r.gaps.length) {
      const [first, ...rest] = r.gaps;
      const demanding = r.laws.filter((l) =>
        first!.kind === 'salary' ? l.pay : first!.kind === 'benefits' ? l.benefits : l.closeDateFrom !== null,
      );
      // A pay gap sits on the pay it finds wanting (a single figure, a sentence with no figure); a
      // missing benefits description or close date has no line of its own, and the pay line is then
      // not the problem: the finding is about the whole posting.
      const facts = payFacts(posting);
      const at =
        first!.kind !== 'salary'
          ? documentRange(posting)
          : facts.figures.length
            ? lineRange(posting, facts.figures[0]!.line)
            : facts.lines.length
              ? lineRange(posting, facts.lines[0]!)
              : documentRange(posting);
      const also = rest.length ? ` Also missing: ${rest.map((g) => g.text).join('; ')}.` : '';
      out.push({
        messageId: 'gap',
        data: {
          place: where,
          laws: lawList(demanding.length ? demanding : r.laws),
          first: first!.text,
          also,
          coverage: coverageNote(r.laws),
        },
        range: at,
        kind: first!.kind,
        gaps: r.gaps.flatMap((g) => (g.kind ? [g.kind] : [])),
      });
    }
    for (const o of r.openEnded) {
      const strict = r.laws.filter((l) => l.noOpenEnded);
      out.push({
        messageId: 'openEnded',
        data: { text: o.text, laws: lawList(strict) },
        range: o.range,
        kind: 'salary',
      });
    }
    return out;
  },
};
