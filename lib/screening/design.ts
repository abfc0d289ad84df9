/**
 * Study design guessed from the wording of a title or abstract, in English and Indonesian.
 * A guess with its evidence (the words found), never a verdict: the reviewer decides.
 */
import type { Review } from '../model';

export const DESIGNS = [
  'randomized controlled trial',
  'quasi-experimental',
  'pre-experimental',
  'cohort',
  'case-control',
  'cross-sectional',
  'qualitative',
  'mixed methods',
  'systematic review',
  'meta-analysis',
  'scoping review',
  'literature review',
  'case report',
] as const;
export type Design = (typeof DESIGNS)[number];

// Separators that writers put between the parts of a design name: "quasi-experimental",
// "quasi experimental", "kuasi eksperimen", "pre-test post-test", "pretest/posttest".
const S = '[\\s\\-–/]*';

const PATTERNS: [Design, RegExp][] = [
  [
    'randomized controlled trial',
    new RegExp(`\\brandomi[sz]ed${S}(controlled${S})?(clinical${S})?trial|\\bRCTs?\\b|uji${S}(klinis${S})?(acak|teracak)|acak${S}terkontrol|randomi[sz]ed controlled`, 'i'),
  ],
  [
    'quasi-experimental',
    new RegExp(
      `\\bquas[iy]${S}e(x|ks)peri?men\\w*|\\bkuasi${S}e(ks|x)peri?men\\w*|eksperimen${S}semu|non${S}equivalent${S}control${S}group|pre${S}?test${S}post${S}?test${S}with${S}(a${S})?control${S}group|(pretest|pre${S}test)${S}(and${S})?(posttest|post${S}test)${S}(control${S}group${S}design|dengan${S}kelompok${S}kontrol)`,
      'i',
    ),
  ],
  [
    'pre-experimental',
    new RegExp(
      `\\bpre${S}e(x|ks)periment|\\bpra${S}e(ks|x)perimen|\\bone${S}group${S}pre${S}?test|\\bsatu${S}kelompok${S}pre|\\bpre${S}?test${S}(and${S}|dan${S})?post${S}?test|\\bpre${S}post${S}(test|design|study)`,
      'i',
    ),
  ],
  ['cohort', /\bcohort\b|\bkohort\b/i],
  ['case-control', new RegExp(`\\bcase${S}control\\b|\\bkasus${S}kontrol\\b`, 'i')],
  ['cross-sectional', new RegExp(`\\bcross${S}sectional|\\bpotong${S}lintang|\\bstudi${S}korelasi`, 'i')],
  ['qualitative', /\bqualitative\b|\bkualitatif\b|\bphenomenolog|\bfenomenolog/i],
  ['mixed methods', new RegExp(`\\bmixed${S}methods?\\b|\\bmetode${S}campuran`, 'i')],
  ['systematic review', new RegExp(`\\bsystematic${S}(literature${S})?review|\\btinjauan${S}sistematis|\\bkajian${S}sistematis|\\breview${S}sistematis`, 'i')],
  ['meta-analysis', new RegExp(`\\bmeta${S}analy[sz]|\\bmeta${S}anali[sz]is`, 'i')],
  ['scoping review', new RegExp(`\\bscoping${S}review|\\btinjauan${S}cakupan`, 'i')],
  [
    'literature review',
    new RegExp(
      `\\b(literature|narrative|integrative)${S}review|\\bliteratur${S}review|\\btinjauan${S}(pustaka|literatur)|\\bkajian${S}(pustaka|literatur)|\\bstudi${S}(literatur|pustaka)|\\breview${S}of${S}(the${S})?literature`,
      'i',
    ),
  ],
  ['case report', new RegExp(`\\bcase${S}(report|study|series)\\b|\\blaporan${S}kasus|\\bstudi${S}kasus`, 'i')],
];

export interface DesignHit {
  design: Design;
  /** The words found, as written. */
  evidence: string;
  where: 'title' | 'abstract' | 'term';
}

function scan(text: string, where: DesignHit['where']): DesignHit[] {
  const hits: DesignHit[] = [];
  for (const [design, pattern] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) hits.push({ design, evidence: match[0].trim(), where });
  }
  // "Pretest-posttest with control group" is quasi-experimental, not pre-experimental.
  if (hits.some((h) => h.design === 'quasi-experimental')) return hits.filter((h) => h.design !== 'pre-experimental');
  return hits;
}

/**
 * Designs named in the title, else in the abstract. The title wins because abstracts often
 * mention other designs ("unlike earlier systematic reviews, this quasi-experiment …").
 */
export function detectDesigns(title: string, abstract?: string): DesignHit[] {
  const inTitle = scan(title, 'title');
  if (inTitle.length) return inTitle;
  return abstract ? scan(abstract, 'abstract') : [];
}

/** The designs a protocol term stands for ("RCT", "kuasi eksperimen", "quasi-experimental"). */
export function designsOfTerm(term: string): Design[] {
  const hits = scan(term, 'term').map((h) => h.design);
  const plain = term.trim().toLowerCase();
  if (!hits.length && (DESIGNS as readonly string[]).includes(plain)) return [plain as Design];
  return hits;
}

export type DesignCheck = { result: 'pass'; hit: DesignHit } | { result: 'fail'; hit: DesignHit } | { result: 'unknown'; hits: DesignHit[] };

/**
 * Compare the detected design with the protocol's accepted and excluded designs.
 * An excluded design found with no accepted one → fail; an accepted one and no excluded → pass;
 * nothing found, both found, or no lists → unknown.
 */
export function checkDesign(hits: DesignHit[], accepted: string[], excluded: string[]): DesignCheck {
  const ok = new Set(accepted.flatMap(designsOfTerm));
  const bad = new Set(excluded.flatMap(designsOfTerm));
  const good = hits.find((h) => ok.has(h.design));
  const wrong = hits.find((h) => bad.has(h.design));
  if (wrong && !good) return { result: 'fail', hit: wrong };
  if (good && !wrong) return { result: 'pass', hit: good };
  return { result: 'unknown', hits };
}

/**
 * The designs a review accepts and excludes: its own lists, or, where a list is empty, the terms of
 * its study-design (S) criterion — those that name a design ("quasi-experimental", "kuasi
 * eksperimen", "case report"; designsOfTerm ignores the rest). A reviewer new to Saring fills
 * PICOS's S and expects the design check to use it, not to answer "unknown" on every record.
 */
export function protocolDesigns(review: Pick<Review, 'designs' | 'criteria'>): { accepted: string[]; excluded: string[] } {
  const { accepted, excluded } = review.designs;
  const s = review.criteria.studyDesign;
  return { accepted: accepted.length ? accepted : s.include, excluded: excluded.length ? excluded : s.exclude };
}
