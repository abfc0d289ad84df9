// The models the simulation can run: Saring's, and the reference it is measured against.
import type { ClassifierSpec } from './classifier';
import type { FeatureOptions } from './text';

export interface ModelSpec {
  name: string;
  features: FeatureOptions;
  classifiers: ClassifierSpec[];
}

/**
 * The reference: what ASReview LAB 2 runs by default ("ELAS u4"): scikit-learn's TF-IDF of
 * title + abstract (word unigrams and bigrams, sublinear tf, features in more than 95% of the
 * records ignored), LinearSVC with C = 0.11 and squared hinge loss, includes weighted 9.8 times
 * the excludes together, highest score first.
 */
export const REFERENCE_MODEL: ModelSpec = {
  name: 'reference',
  features: { tokens: 'sklearn', stopWords: 'keep', bigrams: true, sublinearTf: true, titleFeatures: false, maxDf: 0.95, minDf: 1, bits: 22 },
  classifiers: [{ kind: 'svm', C: 0.11, ratio: 9.8 }],
};

export const SARING_MODEL: ModelSpec = {
  name: 'saring',
  features: { tokens: 'words', stopWords: 'keep', bigrams: true, sublinearTf: true, titleFeatures: true, maxDf: 1, minDf: 1, bits: 20 },
  classifiers: [{ kind: 'svm', C: 0.11, ratio: 9.8, tol: 1e-3 }],
};

export const MODELS: Record<string, ModelSpec> = { saring: SARING_MODEL, reference: REFERENCE_MODEL };
