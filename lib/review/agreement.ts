import { VERDICTS, type Decision, type Verdict } from '../model';

/** How often two reviewers agreed on the records both decided, at one stage. */
export interface Agreement {
  a: { id: string; name: string };
  b: { id: string; name: string };
  /** counts[i][j]: records reviewer a put in VERDICTS[i] and reviewer b in VERDICTS[j]. */
  counts: number[][];
  /** Records both decided. */
  n: number;
  /** Observed agreement, 0–1 (undefined when n is 0). */
  percent?: number;
  /** Cohen's kappa (undefined when n is 0 or chance agreement is 1). */
  kappa?: number;
  /** Prevalence- and bias-adjusted kappa over the three answers: (3·po − 1) / 2. */
  pabak?: number;
}

/**
 * Cohen's kappa from a square table of counts: (po − pe) / (1 − pe), where po is the share
 * on the diagonal and pe the agreement expected from each reviewer's own proportions.
 * PABAK (Byrt, Bishop & Carlin 1993) for k categories is (k·po − 1)/(k − 1); Saring's
 * categories are include, exclude and maybe, so k = 3 (maybe against either is a disagreement).
 */
export function agreementFromCounts(counts: number[][]): Pick<Agreement, 'n' | 'percent' | 'kappa' | 'pabak'> {
  const k = counts.length;
  const n = counts.flat().reduce((s, x) => s + x, 0);
  if (n === 0) return { n };
  let diagonal = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    diagonal += counts[i][i];
    const row = counts[i].reduce((s, x) => s + x, 0);
    const column = counts.reduce((s, r) => s + r[i], 0);
    expected += (row / n) * (column / n);
  }
  const po = diagonal / n;
  return { n, percent: po, kappa: expected < 1 ? (po - expected) / (1 - expected) : undefined, pabak: (k * po - 1) / (k - 1) };
}

/**
 * Agreement of every pair of reviewers, from each reviewer's current decision per record
 * (one stage). Only records both reviewers decided count; rule decisions (the publication
 * window) are left out, since no person judged them.
 */
export function pairwiseAgreement(byReviewer: Map<string, Map<string, Decision>>): Agreement[] {
  const names = new Map<string, string>();
  const people = new Set<string>();
  for (const perReviewer of byReviewer.values()) {
    for (const d of perReviewer.values()) {
      if (d.automatic) continue;
      people.add(d.reviewerId);
      names.set(d.reviewerId, d.reviewer || d.reviewerId.slice(0, 6));
    }
  }
  const ids = [...people].sort((x, y) => names.get(x)!.localeCompare(names.get(y)!) || x.localeCompare(y));
  const index = (v: Verdict) => VERDICTS.indexOf(v);
  const result: Agreement[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const counts = VERDICTS.map(() => VERDICTS.map(() => 0));
      for (const perReviewer of byReviewer.values()) {
        const x = perReviewer.get(ids[i]);
        const y = perReviewer.get(ids[j]);
        if (x && y && !x.automatic && !y.automatic) counts[index(x.decision)][index(y.decision)]++;
      }
      result.push({ a: { id: ids[i], name: names.get(ids[i])! }, b: { id: ids[j], name: names.get(ids[j])! }, counts, ...agreementFromCounts(counts) });
    }
  }
  return result;
}
