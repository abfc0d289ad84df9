import { describe, expect, it } from 'vitest';
import { addRecords, createCorpus, rankUndecided, scoreRecords, scoreTexts, trainRanker, type Label, type RankText } from '../../lib/ranking';
import { ReviewSchema } from '../../lib/model';
import { oxytocinMassageTemplate } from '../../lib/screening/templates';

const TEXTS: Record<string, RankText> = {
  m1: {
    title: 'Oxytocin massage and breast milk production in postpartum mothers',
    abstract: 'A quasi-experiment: oxytocin massage increased breast milk production in postpartum mothers compared with a control group.',
  },
  m2: { title: 'Pijat oksitosin terhadap produksi ASI ibu nifas', abstract: 'Pijat oksitosin meningkatkan produksi ASI pada ibu nifas. Oxytocin massage, breast milk production.' },
  m3: { title: 'Back massage for breast milk production after caesarean birth', abstract: 'Postpartum mothers who received oxytocin massage produced more breast milk.' },
  m4: { title: 'Oxytocin massage in postpartum mothers' },
  s1: { title: 'Stunting among toddlers in rural districts', abstract: 'Risk factors of stunting in toddlers: maternal education, sanitation and income.' },
  s2: { title: 'Kejadian stunting pada balita', abstract: 'Faktor risiko stunting pada balita di desa: sanitasi dan pendidikan ibu.' },
  s3: { title: 'Sanitation, income and stunting in toddlers', abstract: 'A cohort of toddlers: stunting and sanitation.' },
  d1: { title: 'Dental caries in school children', abstract: 'Fluoride varnish and dental caries in school children: a cluster trial.' },
  d2: { title: 'Tooth brushing and dental caries among children', abstract: 'School tooth brushing programmes reduced dental caries in children.' },
  r1: { title: 'Oxytocin in lactating rats', abstract: 'Rats received oxytocin; milk ejection in lactating rats was measured.' },
};

function corpusOf(texts: Record<string, RankText> = TEXTS) {
  const corpus = createCorpus();
  addRecords(
    corpus,
    Object.entries(texts).map(([key, text]) => ({ key, text })),
  );
  return corpus;
}
const textOf = (key: string) => TEXTS[key];
const review = ReviewSchema.parse(oxytocinMassageTemplate('r1'));

describe('trainRanker', () => {
  it('ranks clearly relevant records above clearly irrelevant ones after one include and one exclude', () => {
    const corpus = corpusOf();
    const decisions = new Map<string, Label>([
      ['m1', 'include'],
      ['s1', 'exclude'],
    ]);
    const trained = trainRanker(corpus, decisions);
    expect(trained.ok && trained.model.basis).toBe('classifier');
    if (!trained.ok) return;
    const order = rankUndecided(trained.model, corpus, decisions, textOf).map((r) => r.key);
    expect(order.slice(0, 3).sort()).toEqual(['m2', 'm3', 'm4']);
    expect(order.indexOf('m3')).toBeLessThan(order.indexOf('s2'));
    expect(order).not.toContain('m1');
  });

  it('gives the same model for the same decisions and seed, in any decision order', () => {
    const corpus = corpusOf();
    const a = trainRanker(
      corpus,
      [
        ['m1', 'include'],
        ['s1', 'exclude'],
        ['d1', 'exclude'],
        ['m2', 'include'],
      ],
      { seed: 7 },
    );
    const b = trainRanker(
      corpus,
      [
        ['m2', 'include'],
        ['d1', 'exclude'],
        ['s1', 'exclude'],
        ['m1', 'include'],
      ],
      { seed: 7 },
    );
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) expect(Array.from(a.model.weights)).toEqual(Array.from(b.model.weights));
  });

  it('treats maybe as undecided, and ignores keys it does not hold', () => {
    const corpus = corpusOf();
    const trained = trainRanker(corpus, [
      ['m1', 'maybe'],
      ['gone', 'include'],
      ['s1', 'exclude'],
    ]);
    expect(trained).toMatchObject({ ok: false, reason: 'needs-an-include' });
    const decisions = new Map<string, Label>([
      ['m1', 'maybe'],
      ['m2', 'include'],
      ['s1', 'exclude'],
    ]);
    const ranked = trainRanker(corpus, decisions);
    if (ranked.ok) expect(rankUndecided(ranked.model, corpus, decisions, textOf).map((r) => r.key)).toContain('m1');
  });
});

describe('before the first include', () => {
  it('ranks by the protocol: records naming several criteria first, exclude terms last', () => {
    const corpus = corpusOf();
    const trained = trainRanker(corpus, [['d1', 'exclude']], { review });
    expect(trained.ok && trained.model.basis).toBe('protocol');
    if (!trained.ok) return;
    const order = rankUndecided(trained.model, corpus, new Map([['d1', 'exclude']]), textOf).map((r) => r.key);
    expect(order.slice(0, 3).sort()).toEqual(['m1', 'm2', 'm3']);
    expect(order[order.length - 1]).toBe('r1'); // names "rats", an exclude term
  });

  it('says why it cannot rank: no records, or no include and no protocol terms', () => {
    expect(trainRanker(createCorpus(), [])).toMatchObject({ ok: false, reason: 'no-records' });
    const result = trainRanker(corpusOf(), [['s1', 'exclude']]);
    expect(result).toMatchObject({ ok: false, reason: 'needs-an-include' });
    if (!result.ok) expect(result.message).toMatch(/include/);
  });

  it('with includes but no exclude yet, ranks by likeness to the includes', () => {
    const corpus = corpusOf();
    const decisions = new Map<string, Label>([['m1', 'include']]);
    const trained = trainRanker(corpus, decisions);
    expect(trained.ok && trained.model.basis).toBe('includes');
    if (trained.ok) expect(rankUndecided(trained.model, corpus, decisions, textOf)[0].key).toMatch(/^m/);
  });
});

describe('scoring', () => {
  const corpus = corpusOf();
  const trained = trainRanker(corpus, [
    ['m1', 'include'],
    ['s1', 'exclude'],
    ['d1', 'exclude'],
  ]);
  if (!trained.ok) throw new Error('no model');
  const { model } = trained;

  it('scores unseen rows with the fitted vocabulary, as it scores the same text in the corpus', () => {
    const [inCorpus] = scoreRecords(model, corpus, ['m3'], textOf);
    expect(scoreTexts(model, [TEXTS.m3])[0]).toBeCloseTo(inCorpus, 5);
    const [massage, caries] = scoreTexts(model, [{ title: 'Oxytocin massage for breast milk' }, { title: 'Caries in children' }]);
    expect(massage).toBeGreaterThan(caries);
  });

  it('scores the same after the model is copied (posted to a page or stored)', () => {
    const copy = structuredClone(model);
    expect(Array.from(scoreRecords(copy, corpus, ['m2', 's2', 'unknown'], textOf))).toEqual(
      Array.from(scoreRecords(model, corpus, ['m2', 's2', 'unknown'], textOf)).map((s) => (Number.isFinite(s) ? expect.closeTo(s, 5) : s)),
    );
  });

  it('scores records added after training, with the idf it was trained with', () => {
    const grown = corpusOf();
    const before = trainRanker(grown, [
      ['m1', 'include'],
      ['s1', 'exclude'],
    ]);
    addRecords(grown, [{ key: 'new', text: { title: 'Oxytocin massage and milk', abstract: 'Breast milk production rose.' } }]);
    if (before.ok) expect(scoreRecords(before.model, grown, ['new'], () => undefined)[0]).toBeGreaterThan(scoreRecords(before.model, grown, ['s2'], textOf)[0]);
  });
});

describe('retraining from the last solution', () => {
  it('after one more decision gives the ranking a training from nothing gives', () => {
    const corpus = corpusOf();
    const decisions = new Map<string, Label>([
      ['m1', 'include'],
      ['s1', 'exclude'],
      ['d1', 'exclude'],
    ]);
    const first = trainRanker(corpus, decisions);
    expect(first.ok && first.warm?.size).toBe(3);
    decisions.set('m2', 'include');
    const warm = trainRanker(corpus, decisions, { warm: first.ok ? first.warm : undefined });
    const cold = trainRanker(corpus, decisions);
    if (!warm.ok || !cold.ok) throw new Error('not trained');
    const order = (model: typeof warm.model) => rankUndecided(model, corpus, decisions, textOf).map((r) => r.key);
    expect(order(warm.model)).toEqual(order(cold.model));
    expect(warm.model.bias).toBeCloseTo(cold.model.bias, 2);
  });
});
