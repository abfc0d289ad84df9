// A publisher's copyright notice in an abstract, as Scopus, Embase and Web of Science keep it
// ("© 2019 Elsevier Ltd. All rights reserved.", "Copyright © 2020 The Authors. Published by
// …", "(C) 2015 Elsevier B.V."): no part of the study's summary, and its words would weigh in
// the ranking. Only a short notice that says "Copyright" or starts a sentence or a line: "the
// EPDS© scale" is text. For imports and page reads alike (the importer and ArticleSchema).
import { endsLikeNotes, withoutApaNotice, withoutDatabaseNotes } from './database-notes';
import { SECTION_HEADINGS } from './headings';

const COPYRIGHT_MAX = 400;
// The longest sentence of a notice ("© 2020 The Authors. Published by Elsevier B.V. on behalf of …").
const SENTENCE_MAX = 160;
// How far into an abstract a leading notice's "©" may come (after a journal's name).
const LEAD_REACH = 120;
const YEAR = '(?:19|20)\\d\\d\\b';
// A year then its holder, a name ("2023 Barker et al.", "2000 Elsevier", "2014 by the American …").
const HELD = `${YEAR}[,.]?\\s+(?:by\\s+(?:the\\s+)?)?[A-Z]`;
// The sign, or what stands for it in plain-text exports (Web of Science and older Scopus write
// "(C) 2000 Elsevier Science B.V."; Scopus also "Copyright 2023 Barker et al."): those two only
// with a year and a holder after them, so that a list's "(C) 2019 cohort" or "Copyright 2019
// reforms were studied" is text.
const MARK = new RegExp(`©|\\([Cc]\\)(?=\\s?${HELD})|Copyright(?=:?\\s+${HELD})`, 'g');
// "Crown Copyright ©" (the British government's notice) is one word with it.
const COPYRIGHT_WORD = /(?:crown\s+)?copyright:?\s*$/i;
// A sentence's end may close a quote or a bracket: '… the "pine barrens." © 2011 by …'.
const STOP = `[.!?]["'\u201d\u2019)\\]]*`;
const SENTENCE_END = new RegExp(`${STOP}\\s*$|\\n\\s*$`);
// The bracket a notice opened, left behind when it is cut: "… reserved. (Copyright © 2018 …)".
const OPENED = /[\s([]+$/;

// Wiley's journals name themselves first: "Journal of Clinical Nursing © 2012 Blackwell Publishing
// Ltd", "Journal compilation © BirdLife Australia 2015". Such a notice is a sentence of its own: a
// short capitalised name, a space, "©", then a year, or capitalised names and a year to the end.
const NAMED_BY = new RegExp(`(?:^|${STOP}\\s+)([A-Z][^.!?\\n©]{0,80}\\s)$`);
const NOTICE = new RegExp(`^©\\s*(?:${YEAR}|(?:[A-Z][\\w&.,'-]*\\s+){1,6}${YEAR}\\.?\\s*$)`);

// A notice at the very start (Web of Science's MEDLINE: "© 2018 The Authors. Journal of Animal
// Ecology © 2018 British Ecological Society.Fire creates …"): a sentence with the sign (a journal's
// name may come first), then more such sentences or "All rights reserved."/"Published by …".
// A sentence ends at a full stop before a space and a capital ("Elsevier Ltd. All rights"), or
// before a word glued to it ("Society.Fire"), never inside "B.V." or "Inc. on behalf of".
const TITLE = "(?:[A-Z][\\w&'-]*\\s+(?:(?:of|and|for|the|in|&)\\s+)*){1,8}";
// A notice with no full stop ends before the abstract's first heading ("© 2021 The Authors Background: …").
const HEADING = `(?:${SECTION_HEADINGS})\\b`;
const END = `(?:\\.(?:\\s+(?=[A-Z(\\d])|(?<=[a-z]{3}\\.)(?=[A-Z][a-z])|\\s*$)|\\s+(?=${HEADING}))`;
// A journal's name before the sign only with a year after it: "The EPDS © Scale was used" is text.
const SIGNED = `(?:${TITLE}©\\s*(?=${YEAR})|(?:Copyright:?\\s*)?(?:©|\\([Cc]\\)(?=\\s?${HELD}))|Copyright:?\\s+(?=${HELD}))(?:(?!${HEADING})[^©\\n]){0,${SENTENCE_MAX}}?${END}`;
const LEADING = new RegExp(`^\\s*${SIGNED}(?:${SIGNED}|All rights reserved${END}|Published by\\s[^©\\n]{0,${SENTENCE_MAX}}?${END})*`);

/**
 * The abstract without a copyright notice at its start or end, nor a database's label and
 * trailer at its end (database-notes.ts); '' when it was nothing else.
 */
export function withoutCopyright(written: string): string {
  // APA PsycInfo's notice may stand mid-text, before a translation (database-notes.ts).
  const abstract = withoutApaNotice(written);
  // Most abstracts have no mark near either end: plain searches of those ends say so first.
  const lead = mayLead(abstract) ? LEADING.exec(abstract) : null;
  const rest = lead && lead[0].length <= COPYRIGHT_MAX ? abstract.slice(lead[0].length) : abstract;
  if (!marked(rest, Math.max(0, rest.length - COPYRIGHT_MAX)) && !endsLikeNotes(rest)) return rest;
  const text = withoutDatabaseNotes(rest).trimEnd();
  return withoutTrailing(text, Math.max(0, text.length - COPYRIGHT_MAX));
}

/** Whether a mark found at `at` (-1: none) stands soon enough to open a notice; a search, not a slice made to search. */
const inLead = (at: number) => at >= 0 && at < LEAD_REACH;

/** Whether an abstract may open with a notice: with a mark, or with a name and "©" soon after. */
function mayLead(abstract: string): boolean {
  const c = abstract.charCodeAt(0);
  return c === 169 || c === 40 || abstract.startsWith('Copyright') || inLead(abstract.indexOf('©'));
}

/**
 * Whether text[from…] holds "©", "[", "(c)" or "Copyright": single-character searches, the
 * cheapest there are for an abstract's length (a search for the whole word is several times
 * slower), since nearly every abstract has none of them and an import has 10,000 abstracts.
 */
function marked(text: string, from: number): boolean {
  if (text.indexOf('©', from) >= 0 || text.indexOf('[', from) >= 0) return true;
  for (let at = text.indexOf('(', from); at >= 0; at = text.indexOf('(', at + 1)) {
    if ((text.charCodeAt(at + 1) | 32) === 99 && text.charCodeAt(at + 2) === 41) return true;
  }
  for (let at = text.indexOf('C', from); at >= 0; at = text.indexOf('C', at + 1)) if (text.startsWith('opyright', at + 1)) return true;
  return false;
}

function withoutTrailing(abstract: string, tail: number): string {
  MARK.lastIndex = tail;
  for (let mark = MARK.exec(abstract); mark; mark = MARK.exec(abstract)) {
    const at = mark.index;
    const word = mark[0] !== 'Copyright' ? COPYRIGHT_WORD.exec(abstract.slice(Math.max(0, at - 24), at)) : null;
    const before = abstract.slice(0, word ? at - word[0].length : at);
    // A mark at the very start is all of a short abstract, or a notice the leading rule left.
    if (!before.trim()) {
      if (abstract.length - at <= SENTENCE_MAX) return '';
      continue;
    }
    if (word || SENTENCE_END.test(before)) return before.replace(OPENED, '');
    // In brackets after a sentence: "… care. (PsycINFO Database Record (c) 2019 APA, all rights reserved)".
    const open = before.lastIndexOf('(');
    if (open >= 0 && before.length - open <= 60 && !before.includes(')', open) && SENTENCE_END.test(before.slice(0, open))) return before.slice(0, open).trimEnd();
    const named = NAMED_BY.exec(before);
    if (named && NOTICE.test(abstract.slice(at))) return before.slice(0, before.length - named[1].length).trimEnd();
  }
  return abstract;
}
