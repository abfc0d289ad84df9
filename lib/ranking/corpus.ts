// The records of one review, read once into hashed features; records are added as they
// arrive (an import, a page of results) and retraining only refits the classifier on top.
// The corpus is plain data (arrays, typed arrays, numbers): a worker can hold it, post it,
// or store it. Weighted rows are derived from it and cached per corpus version.
import { SARING_MODEL } from './models';
import { extractFeatures, type FeatureOptions, type RankText, type SparseFeatures } from './text';

export interface Corpus {
  options: FeatureOptions;
  /** Record keys in the order they were added (imported order breaks ties in rankings). */
  keys: string[];
  features: SparseFeatures[];
  /** Records each hashed feature occurs in. */
  df: Int32Array;
  /** Bumped on every change, so derived rows know when to be recomputed. */
  version: number;
}

/** TF-IDF rows over the vocabulary's positions, L2-normalised. */
export interface WeightedRows {
  ids: Int32Array[];
  values: Float32Array[];
}

/** A corpus for Saring's model, or with other feature options (the reference model's). */
export function createCorpus(options: Partial<FeatureOptions> = {}): Corpus {
  const full = { ...SARING_MODEL.features, ...options };
  const bits = Math.min(24, Math.max(10, Math.round(full.bits)));
  return { options: { ...full, bits }, keys: [], features: [], df: new Int32Array(1 << bits), version: 0 };
}

const indexes = new WeakMap<Corpus, { version: number; index: Map<string, number> }>();

/** Position of each key in the corpus. */
export function corpusIndex(corpus: Corpus): Map<string, number> {
  const cached = indexes.get(corpus);
  if (cached?.version === corpus.version) return cached.index;
  const index = new Map(corpus.keys.map((key, i) => [key, i]));
  indexes.set(corpus, { version: corpus.version, index });
  return index;
}

function count(df: Int32Array, features: SparseFeatures, by: 1 | -1): void {
  for (const id of features.ids) df[id] += by;
}

/**
 * Add records, or replace the text of records already there (a merge that brought an
 * abstract). Returns how many were added or changed. Records with no text at all are kept
 * (they rank last) so that every undecided record has a place.
 */
export function addRecords(corpus: Corpus, records: Iterable<{ key: string; text: RankText }>): number {
  const index = corpusIndex(corpus);
  let changed = 0;
  for (const { key, text } of records) {
    const features = extractFeatures(text, corpus.options);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, corpus.keys.length);
      corpus.keys.push(key);
      corpus.features.push(features);
    } else {
      count(corpus.df, corpus.features[at], -1);
      corpus.features[at] = features;
    }
    count(corpus.df, features, 1);
    changed++;
  }
  if (changed) {
    corpus.version++;
    indexes.set(corpus, { version: corpus.version, index });
  }
  return changed;
}

/** Remove records (deleted from the review). Returns how many were there. */
export function removeRecords(corpus: Corpus, keys: Iterable<string>): number {
  const gone = new Set(keys);
  const keep: number[] = [];
  corpus.keys.forEach((key, i) => {
    if (gone.has(key)) count(corpus.df, corpus.features[i], -1);
    else keep.push(i);
  });
  const removed = corpus.keys.length - keep.length;
  if (removed) {
    corpus.keys = keep.map((i) => corpus.keys[i]);
    corpus.features = keep.map((i) => corpus.features[i]);
    corpus.version++;
  }
  return removed;
}

/**
 * The corpus's features with weight (in at least one record, not too common), sorted by hashed
 * id, with their smoothed inverse document frequency (scikit-learn's).
 */
export interface Vocabulary {
  ids: Int32Array;
  idf: Float32Array;
}

export function vocabularyOf(corpus: Pick<Corpus, 'df' | 'keys' | 'options'>): Vocabulary {
  const n = corpus.keys.length;
  const { df } = corpus;
  const limit = corpus.options.maxDf * n;
  const least = Math.max(1, corpus.options.minDf ?? 1);
  const ids: number[] = [];
  for (let j = 0; j < df.length; j++) if (df[j] >= least && df[j] <= limit) ids.push(j);
  const idf = Float32Array.from(ids, (j) => Math.log((1 + n) / (1 + df[j])) + 1);
  return { ids: Int32Array.from(ids), idf };
}

/** Position of a hashed feature in the vocabulary, or −1. */
export function vocabularyIndex(vocabulary: Int32Array, id: number): number {
  let lo = 0;
  let hi = vocabulary.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = vocabulary[mid];
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** One record's TF-IDF row over vocabulary positions, L2-normalised; features outside it are dropped. */
export function weightRow(features: SparseFeatures, idf: Float32Array, position: (id: number) => number): { ids: Int32Array; values: Float32Array } {
  let kept = 0;
  let norm = 0;
  const values = new Float32Array(features.ids.length);
  const ids = new Int32Array(features.ids.length);
  for (let k = 0; k < features.ids.length; k++) {
    const at = position(features.ids[k]);
    if (at < 0) continue;
    const w = features.tf[k] * idf[at];
    ids[kept] = at;
    values[kept++] = w;
    norm += w * w;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let k = 0; k < kept; k++) values[k] *= scale;
  return { ids: ids.slice(0, kept), values: values.slice(0, kept) };
}

const rowCache = new WeakMap<Corpus, { version: number; vocabulary: Vocabulary; rows: WeightedRows }>();

/** The corpus as TF-IDF rows over its vocabulary (computed once per corpus version). */
export function weightedCorpus(corpus: Corpus): { vocabulary: Vocabulary; rows: WeightedRows } {
  const cached = rowCache.get(corpus);
  if (cached?.version === corpus.version) return cached;
  const vocabulary = vocabularyOf(corpus);
  // Hashed id → vocabulary position + 1, so that each record's features are looked up directly.
  const table = new Int32Array(corpus.df.length);
  vocabulary.ids.forEach((id, at) => (table[id] = at + 1));
  const position = (id: number) => table[id] - 1;
  const rows: WeightedRows = { ids: [], values: [] };
  for (const features of corpus.features) {
    const row = weightRow(features, vocabulary.idf, position);
    rows.ids.push(row.ids);
    rows.values.push(row.values);
  }
  const entry = { version: corpus.version, vocabulary, rows };
  rowCache.set(corpus, entry);
  return entry;
}
