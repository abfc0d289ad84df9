import { CRITERIA, type Criterion, type Review } from '../model';

export type TermKind = 'include' | 'exclude';

export interface Term {
  term: string;
  kind: TermKind;
  criterion: Criterion;
}

export interface Segment {
  text: string;
  /** Set when the text is a protocol term. */
  term?: Term;
}

/** The protocol's include and exclude terms, each with the criterion it belongs to. */
export function reviewTerms(review: Pick<Review, 'criteria'>): Term[] {
  return CRITERIA.flatMap((criterion) => [
    ...review.criteria[criterion].include.map((term) => ({ term, kind: 'include' as const, criterion })),
    ...review.criteria[criterion].exclude.map((term) => ({ term, kind: 'exclude' as const, criterion })),
  ]);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A term as a pattern: case-insensitive, any run of spaces or hyphens between its words
 * ("pre-test" = "pre test" = "pretest" is not assumed, but "post partum" = "post-partum"),
 * whole words only, and a trailing `*` for any ending ("breastfe*").
 */
function termSource(term: string): string {
  const wildcard = term.endsWith('*');
  const words = term
    .replace(/\*$/, '')
    .trim()
    .split(/[\s\-–]+/)
    .filter(Boolean)
    .map(escapeRegExp);
  if (!words.length) return '';
  return `(?<![\\p{L}\\p{N}])${words.join('[\\s\\-–]+')}${wildcard ? '[\\p{L}\\p{N}]*' : '(?![\\p{L}\\p{N}])'}`;
}

export interface TermMatcher {
  segments(text: string): Segment[];
  /** The terms found in the text, once each. */
  found(text: string): Term[];
}

/** Compile the terms once; use the matcher for every text of a page. */
export function termMatcher(terms: Term[]): TermMatcher {
  const usable = terms
    .map((term) => ({ term, source: termSource(term.term) }))
    .filter((t) => t.source)
    // Longest first, so "oxytocin massage" wins over "massage".
    .sort((a, b) => b.term.term.length - a.term.term.length);
  const combined = usable.length ? new RegExp(usable.map((t) => `(${t.source})`).join('|'), 'giu') : null;
  const termAt = (match: RegExpExecArray) => usable[match.slice(1).findIndex((g) => g !== undefined)]?.term;

  function* matches(text: string) {
    if (!combined) return;
    combined.lastIndex = 0;
    for (let m = combined.exec(text); m; m = combined.exec(text)) {
      if (m[0] === '') {
        combined.lastIndex++;
        continue;
      }
      const term = termAt(m);
      if (term) yield { index: m.index, text: m[0], term };
    }
  }

  return {
    segments(text) {
      const out: Segment[] = [];
      let at = 0;
      for (const m of matches(text)) {
        if (m.index > at) out.push({ text: text.slice(at, m.index) });
        out.push({ text: m.text, term: m.term });
        at = m.index + m.text.length;
      }
      if (at < text.length) out.push({ text: text.slice(at) });
      return out;
    },
    found(text) {
      const seen = new Map<string, Term>();
      for (const m of matches(text)) seen.set(`${m.term.kind}|${m.term.criterion}|${m.term.term}`, m.term);
      return [...seen.values()];
    },
  };
}
