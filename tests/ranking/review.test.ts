import { describe, expect, it } from 'vitest';
import { createRankSession, rankReview, rowRelevance, type RankInput } from '../../lib/ranking';
import type { Verdict } from '../../lib/model';
import { ReviewSchema } from '../../lib/model';
import { blankReview, oxytocinMassageTemplate } from '../../lib/screening/templates';

// Small hand-written review: massage studies (relevant) and stunting / caries studies (not).
const ARTICLES: Record<string, { title: string; abstract?: string }> = {
  m1: { title: 'Oxytocin massage and breast milk production in postpartum mothers', abstract: 'Oxytocin massage increased breast milk production in postpartum mothers.' },
  m2: { title: 'Pijat oksitosin terhadap produksi ASI ibu nifas', abstract: 'Pijat oksitosin meningkatkan produksi ASI pada ibu nifas; oxytocin massage and breast milk.' },
  m3: { title: 'Back massage for breast milk after caesarean birth', abstract: 'Postpartum mothers who received oxytocin massage produced more breast milk.' },
  s1: { title: 'Stunting among toddlers in rural districts', abstract: 'Risk factors of stunting in toddlers: sanitation and income.' },
  s2: { title: 'Kejadian stunting pada balita', abstract: 'Faktor risiko stunting pada balita: sanitasi.' },
  d1: { title: 'Dental caries in school children', abstract: 'Fluoride varnish and dental caries in school children.' },
  t1: { title: '' },
};

function input(decided: Record<string, Verdict>, review = ReviewSchema.parse(blankReview('r1', 'Test'))): RankInput {
  const decisions = new Map(Object.entries(decided).map(([key, decision]) => [key, { decision }]));
  return {
    review,
    records: Object.entries(ARTICLES).map(([key, article], i) => ({ key, addedAt: i + 1, article })),
    decisions,
    todo: (key) => !decisions.has(key),
  };
}

describe('rankReview', () => {
  it('ranks the undecided records by what the includes and excludes taught it, with bands and 0–1 scores', () => {
    const ranking = rankReview(createRankSession(), input({ m1: 'include', s1: 'exclude' }));
    expect(ranking.ok).toBe(true);
    if (!ranking.ok) return;
    expect(ranking.basis).toBe('classifier');
    expect(ranking.keys).not.toContain('m1');
    expect(ranking.keys.slice(0, 2).sort()).toEqual(['m2', 'm3']);
    expect(ranking.keys.indexOf('m3')).toBeLessThan(ranking.keys.indexOf('s2'));
    for (const r of ranking.relevance) expect(r.score).toBeGreaterThanOrEqual(0), expect(r.score).toBeLessThanOrEqual(1);
    // Scores come best first, and the bands follow them.
    const scores = ranking.relevance.map((r) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(ranking.relevance[0].band).toBe('high');
  });

  it('says why it cannot rank a review with no include and no include term, so the queue keeps imported order', () => {
    const ranking = rankReview(createRankSession(), input({ s1: 'exclude', d1: 'exclude' }));
    expect(ranking).toMatchObject({ ok: false, reason: 'needs-an-include' });
  });

  it("ranks by the protocol's terms before the first include", () => {
    const ranking = rankReview(createRankSession(), input({}, ReviewSchema.parse(oxytocinMassageTemplate('r1'))));
    expect(ranking.ok && ranking.basis).toBe('protocol');
    if (!ranking.ok) return;
    expect(ranking.keys.slice(0, 3).sort()).toEqual(['m1', 'm2', 'm3']);
  });

  it('ranks only with includes when nothing was excluded yet', () => {
    const ranking = rankReview(createRankSession(), input({ m1: 'include', m2: 'include' }));
    expect(ranking.ok && ranking.basis).toBe('includes');
    if (ranking.ok) expect(ranking.keys[0]).toBe('m3');
  });

  it('keeps its corpus between calls: reads changed records again and drops deleted ones', () => {
    const session = createRankSession();
    rankReview(session, input({ m1: 'include', s1: 'exclude' }));
    const withAbstract = input({ m1: 'include', s1: 'exclude' });
    const records = withAbstract.records
      .filter((r) => r.key !== 'd1')
      .map((r) => (r.key === 't1' ? { ...r, article: { title: 'Oxytocin massage for breast milk in postpartum mothers' } } : r));
    const ranking = rankReview(session, { ...withAbstract, records });
    expect(session.corpus.keys).not.toContain('d1');
    expect(ranking.ok && ranking.keys).not.toContain('d1');
    // t1 had no text; now that it names the intervention it ranks among the massage studies.
    if (ranking.ok) expect(ranking.keys.indexOf('t1')).toBeLessThan(ranking.keys.indexOf('s2'));
  });

  it('gives the same ranking for the same decisions (deterministic)', () => {
    const a = rankReview(createRankSession(), input({ m1: 'include', s1: 'exclude', d1: 'exclude' }));
    const b = rankReview(createRankSession(), input({ d1: 'exclude', s1: 'exclude', m1: 'include' }));
    expect(a).toEqual(b);
  });
});

describe('rowRelevance', () => {
  it('scores rows of a result page: known records from the corpus, new ones from their own text', () => {
    const session = createRankSession();
    rankReview(session, input({ m1: 'include', s1: 'exclude' }));
    const [known, fresh, off] = rowRelevance(session, [
      { key: 'm3', text: { title: 'ignored: the record is known' } },
      { text: { title: 'Oxytocin massage raises breast milk production in postpartum mothers' } },
      { text: { title: 'Stunting and sanitation in toddlers' } },
    ]);
    expect(known!.score).toBeGreaterThan(off!.score);
    expect(fresh!.score).toBeGreaterThan(off!.score);
    expect(fresh!.band).toBe('high');
    // With two decisions every raw score is near the model's bias: the scale is set by the
    // scores of the records it was trained on, so an unrelated row is not called "high".
    expect(off!.band).not.toBe('high');
  });

  it('gives no band before there is a model, and handles empty and non-Latin rows', () => {
    const session = createRankSession();
    expect(rowRelevance(session, [{ text: { title: 'x' } }])).toEqual([undefined]);
    rankReview(session, input({ m1: 'include', s1: 'exclude' }));
    const rows = rowRelevance(session, [{ text: {} }, { text: { title: '母乳 催产素 按摩', abstract: 'การนวด' } }]);
    for (const r of rows) expect(r && Number.isFinite(r.score)).toBe(true);
  });
});
