// The ranking of one review as the reviewer sees it: its records read into a corpus (kept
// between calls, so only new or changed records are read again), a model trained on the
// decisions this reviewer can see, and their own undecided records best first. Pure: the
// background holds one per review and calls it again when the review changed.
import type { Article, Review, Verdict } from '../model';
import { addRecords, corpusIndex, createCorpus, removeRecords, type Corpus } from './corpus';
import { bandOf, relevanceOf, type Band } from './bands';
import { trainRanker, type Label, type RankBasis, type RankModel, type RankUnavailableReason, type WarmStart } from './ranker';
import { scoreRecords, scoreTexts } from './score';
import type { RankText } from './text';
import { importedOrder } from '../review/queue-order';

/** What the ranking reads of a review (a ReviewData satisfies it). */
export interface RankInput {
  review: Pick<Review, 'criteria'>;
  records: readonly { key: string; addedAt: number; article: Pick<Article, 'title' | 'abstract' | 'keywords'> }[];
  /** The decision each record shows this reviewer (final, else their own). */
  decisions: ReadonlyMap<string, { decision: Verdict }>;
  /** True when this reviewer still has to decide the record. */
  todo: (key: string) => boolean;
}

/** A record's place in the ranking: relevance 0–1 and its band. */
export interface Relevance {
  score: number;
  band: Band;
}

export type ReviewRanking =
  | { ok: true; basis: RankBasis; includes: number; excludes: number; keys: string[]; relevance: Relevance[] }
  | { ok: false; reason: RankUnavailableReason | 'failed'; message: string };

/** What is kept between calls: the corpus and what each record's text was when it was read. */
export interface RankSession {
  corpus: Corpus;
  read: Map<string, string>;
  texts: Map<string, RankText>;
  model?: RankModel;
  ranking?: ReviewRanking;
  /** The last training's duals: retraining after a decision starts from them. */
  warm?: WarmStart;
}

export function createRankSession(): RankSession {
  return { corpus: createCorpus(), read: new Map(), texts: new Map() };
}

function textOf(article: RankInput['records'][number]['article']): RankText {
  return { title: article.title, abstract: article.abstract, keywords: article.keywords };
}

/** Cheap fingerprint of a text: a merge that brought an abstract changes it. */
function fingerprint(text: RankText): string {
  return `${text.title ?? ''}\u0000${text.abstract?.length ?? 0}\u0000${text.abstract?.slice(0, 64) ?? ''}\u0000${text.keywords?.length ?? 0}`;
}

/** Bring the corpus in line with the review's records: read new or changed ones, drop deleted ones. */
function syncCorpus(session: RankSession, records: RankInput['records']): void {
  const present = new Set<string>();
  const changed: { key: string; text: RankText }[] = [];
  for (const record of records) {
    present.add(record.key);
    const text = textOf(record.article);
    const print = fingerprint(text);
    session.texts.set(record.key, text);
    if (session.read.get(record.key) === print) continue;
    session.read.set(record.key, print);
    changed.push({ key: record.key, text });
  }
  addRecords(session.corpus, changed);
  const gone = session.corpus.keys.filter((key) => !present.has(key));
  removeRecords(session.corpus, gone);
  for (const key of gone) {
    session.read.delete(key);
    session.texts.delete(key);
  }
}

function labelsOf(input: RankInput): Map<string, Label> {
  const labels = new Map<string, Label>();
  for (const [key, { decision }] of input.decisions) labels.set(key, decision);
  return labels;
}

function relevanceFrom(model: RankModel, raw: number): Relevance {
  const score = relevanceOf(model, raw);
  return { score, band: bandOf(score) };
}

/**
 * Retrain and rank. The records this reviewer has not decided come best first; ties keep the
 * imported order. When there is nothing to learn from (no include, no include term in the
 * protocol) the ranking says why and the views keep the imported order.
 */
export function rankReview(session: RankSession, input: RankInput, seed = 1): ReviewRanking {
  syncCorpus(session, input.records);
  const trained = trainRanker(session.corpus, labelsOf(input), { review: input.review, seed, warm: session.warm });
  session.warm = trained.ok ? trained.warm : undefined;
  if (!trained.ok) {
    session.model = undefined;
    session.ranking = { ok: false, reason: trained.reason, message: trained.message };
    return session.ranking;
  }
  const model = trained.model;
  const open = input.records.filter((r) => input.todo(r.key)).sort(importedOrder);
  const keys = open.map((r) => r.key);
  const scores = scoreRecords(model, session.corpus, keys, (key) => session.texts.get(key));
  const order = keys.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  session.model = model;
  session.ranking = {
    ok: true,
    basis: model.basis,
    includes: model.includes,
    excludes: model.excludes,
    keys: order.map((i) => keys[i]),
    relevance: order.map((i) => relevanceFrom(model, scores[i])),
  };
  return session.ranking;
}

/**
 * Relevance of result rows on a page with the session's current model: a row whose record is
 * in the corpus is scored from the record (an imported abstract is fuller than a snippet),
 * others from the row's own text. No model yet: nothing (the bar shows no band).
 */
export function rowRelevance(session: RankSession, rows: readonly { key?: string; text: RankText }[]): (Relevance | undefined)[] {
  const model = session.model;
  if (!model) return rows.map(() => undefined);
  const known = corpusIndex(session.corpus);
  const inCorpus = rows.map((row) => !!row.key && known.has(row.key));
  const fromRecords = scoreRecords(
    model,
    session.corpus,
    rows.flatMap((row, i) => (inCorpus[i] ? [row.key!] : [])),
    (key) => session.texts.get(key),
  );
  const fromTexts = scoreTexts(
    model,
    rows.flatMap((row, i) => (inCorpus[i] ? [] : [row.text])),
  );
  let r = 0;
  let x = 0;
  return rows.map((_, i) => relevanceFrom(model, inCorpus[i] ? fromRecords[r++] : fromTexts[x++]));
}
