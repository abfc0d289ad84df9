// The relevance model of one review: trained from its include/exclude decisions (maybe =
// unlabelled), or from the protocol's terms before the first include. Never throws on data:
// when it cannot rank it says why, so the UI can keep the imported order and tell the reviewer.
import type { Review } from '../model';
import type { Term } from '../screening/terms';
import { fitClassifiers } from './classifier';
import { dot } from './linear';
import { corpusIndex, weightedCorpus, type Corpus, type WeightedRows } from './corpus';
import { SARING_MODEL, type ModelSpec } from './models';
import { hasIncludeTerms, protocolTerms } from './protocol';
import type { FeatureOptions } from './text';

/**
 * What the scores rest on: a `classifier` trained on includes and excludes; `includes` only
 * (similarity to the included records, before the first exclude); the `protocol`'s terms
 * (before the first include).
 */
export type RankBasis = 'classifier' | 'includes' | 'protocol';

/** A trained model: plain data (typed arrays, numbers, strings), so it can be posted or stored. */
export interface RankModel {
  basis: RankBasis;
  features: FeatureOptions;
  /** Hashed feature ids of the corpus vocabulary (sorted), their idf, and the weights. */
  vocabulary: Int32Array;
  idf: Float32Array;
  weights: Float32Array;
  bias: number;
  /** The protocol's terms (basis `protocol`). */
  terms: Term[];
  /** Decisions it was trained on. */
  includes: number;
  excludes: number;
  /** Classifier: median scores of the excluded (`from`) and included (`to`) records it was trained on. */
  scale?: { from: number; to: number };
}

export type RankUnavailableReason = 'no-records' | 'needs-an-include';

/** A trained SVM's dual variable per labelled record: where the next retraining starts. */
export type WarmStart = Map<string, number>;

export type TrainResult = { ok: true; model: RankModel; warm?: WarmStart } | { ok: false; reason: RankUnavailableReason; message: string };

export type Label = 'include' | 'exclude' | 'maybe';

export interface TrainOptions {
  /** The review, for its protocol terms (used before the first include). */
  review?: Pick<Review, 'criteria'>;
  /** Seeds the solver (same decisions + same seed = same model). */
  seed?: number;
  /** The model to train; Saring's own by default. */
  spec?: ModelSpec;
  /** The last training's duals (`warm` of its result): retraining after a decision starts there. */
  warm?: WarmStart;
}

function labelledPositions(index: Map<string, number>, decisions: Iterable<readonly [string, Label]>) {
  const includes: number[] = [];
  const excludes: number[] = [];
  for (const [key, label] of decisions) {
    const at = index.get(key);
    if (at === undefined || label === 'maybe') continue;
    (label === 'include' ? includes : excludes).push(at);
  }
  // Corpus order, not decision order: the model depends on the decisions and the seed only.
  const sort = (list: number[]) => [...new Set(list)].sort((a, b) => a - b);
  return { includes: sort(includes), excludes: sort(excludes) };
}

/** The mean of the included rows: scores records by their likeness to what was included. */
function centroid(rows: WeightedRows, includes: readonly number[], dim: number): Float32Array {
  const weights = new Float32Array(dim);
  for (const doc of includes) rows.ids[doc].forEach((id, k) => (weights[id] += rows.values[doc][k] / includes.length));
  return weights;
}

const UNAVAILABLE: Record<RankUnavailableReason, string> = {
  'no-records': 'There are no records to rank yet.',
  'needs-an-include': 'Ranking starts with the first included record, or with include terms in the protocol; until then records stay in imported order.',
};

/**
 * Train the review's model. `decisions`: the current decision of each decided record (a Map
 * of key → label works); keys not in the corpus are ignored. Call it again after decisions
 * change; the corpus is only re-weighted when records were added since the last call.
 */
export function trainRanker(corpus: Corpus, decisions: Iterable<readonly [string, Label]>, options: TrainOptions = {}): TrainResult {
  const unavailable = (reason: RankUnavailableReason): TrainResult => ({ ok: false, reason, message: UNAVAILABLE[reason] });
  if (!corpus.keys.length) return unavailable('no-records');
  const { vocabulary, rows } = weightedCorpus(corpus);
  const { includes, excludes } = labelledPositions(corpusIndex(corpus), decisions);
  const base = { features: corpus.options, vocabulary: vocabulary.ids, idf: vocabulary.idf, bias: 0, terms: [], includes: includes.length, excludes: excludes.length };
  const dim = vocabulary.ids.length;
  if (includes.length && excludes.length) {
    const spec = options.spec ?? SARING_MODEL;
    const labelled = [...includes, ...excludes].sort((a, b) => a - b);
    const included = new Set(includes);
    const start = options.warm && Float64Array.from(labelled, (doc) => options.warm!.get(corpus.keys[doc]) ?? 0);
    const fitted = fitClassifiers(spec.classifiers, { rows, labelled, included: (doc) => included.has(doc), dim, seed: options.seed ?? 1, start });
    const warm: WarmStart | undefined = fitted.duals && new Map(labelled.map((doc, i) => [corpus.keys[doc], fitted.duals![i]]));
    const median = (docs: readonly number[]) => {
      const scores = docs.map((doc) => dot(fitted.weights, rows.ids[doc], rows.values[doc]) + fitted.bias).sort((a, b) => a - b);
      const mid = scores.length >> 1;
      return scores.length % 2 ? scores[mid] : (scores[mid - 1] + scores[mid]) / 2;
    };
    const scale = { from: median(excludes), to: median(includes) };
    return { ok: true, model: { ...base, basis: 'classifier', weights: fitted.weights, bias: fitted.bias, scale }, warm };
  }
  if (includes.length) return { ok: true, model: { ...base, basis: 'includes', weights: centroid(rows, includes, dim) } };
  const terms = options.review ? protocolTerms(options.review) : [];
  if (hasIncludeTerms(terms)) return { ok: true, model: { ...base, basis: 'protocol', weights: new Float32Array(0), terms } };
  return unavailable('needs-an-include');
}
