// Records and reviews the model meets in real use that a tidy test set would not have.
import { describe, expect, it } from 'vitest';
import { addRecords, createCorpus, rankUndecided, scoreTexts, trainRanker, type Label } from '../../lib/ranking';
import { DatasetError, parseDataset } from '../../lib/ranking/dataset';

describe('records the model still ranks', () => {
  it('ranks title-only records and records with empty titles, without throwing', () => {
    const corpus = createCorpus();
    const texts = [
      { title: 'Oxytocin massage and breast milk' },
      { title: 'Oxytocin massage for milk production', abstract: '' },
      { title: '', abstract: 'Dental caries in children' },
      { title: '' },
      { title: 'Caries prevention in children' },
    ];
    addRecords(
      corpus,
      texts.map((text, i) => ({ key: `k${i}`, text })),
    );
    const decisions = new Map<string, Label>([
      ['k0', 'include'],
      ['k2', 'exclude'],
    ]);
    const trained = trainRanker(corpus, decisions);
    if (!trained.ok) throw new Error(trained.message);
    const ranked = rankUndecided(trained.model, corpus, decisions, () => undefined);
    expect(ranked.map((r) => r.key)).toEqual(['k1', 'k3', 'k4']);
    expect(ranked.every((r) => Number.isFinite(r.score))).toBe(true);
    expect(Array.from(scoreTexts(trained.model, [{}, { title: '' }]))).toEqual([trained.model.bias, trained.model.bias]);
  });

  it('reads non-Latin scripts: Chinese, Arabic, Cyrillic next to Indonesian', () => {
    const corpus = createCorpus();
    const texts = ['母乳喂养与催产素按摩', '催产素按摩促进母乳分泌', '儿童龋齿的预防', 'الرضاعة الطبيعية والتدليك', 'Грудное вскармливание', 'Pijat oksitosin dan produksi ASI'];
    addRecords(
      corpus,
      texts.map((title, i) => ({ key: `k${i}`, text: { title } })),
    );
    const decisions = new Map<string, Label>([
      ['k0', 'include'],
      ['k2', 'exclude'],
    ]);
    const trained = trainRanker(corpus, decisions);
    if (!trained.ok) throw new Error(trained.message);
    expect(rankUndecided(trained.model, corpus, decisions, () => undefined)[0].key).toBe('k1');
  });

  it('handles a review with only includes, or only excludes, and says so when it cannot rank', () => {
    const corpus = createCorpus();
    addRecords(
      corpus,
      ['alpha beta', 'alpha gamma', 'delta'].map((title, i) => ({ key: `k${i}`, text: { title } })),
    );
    const includesOnly = trainRanker(corpus, [['k0', 'include']]);
    expect(includesOnly.ok && includesOnly.model.basis).toBe('includes');
    const excludesOnly = trainRanker(corpus, [
      ['k0', 'exclude'],
      ['k1', 'exclude'],
    ]);
    expect(excludesOnly).toMatchObject({ ok: false, reason: 'needs-an-include' });
    const everything = trainRanker(corpus, [
      ['k0', 'include'],
      ['k1', 'exclude'],
      ['k2', 'exclude'],
    ]);
    if (everything.ok)
      expect(
        rankUndecided(
          everything.model,
          corpus,
          new Map([
            ['k0', 'include'],
            ['k1', 'exclude'],
            ['k2', 'exclude'],
          ]),
          () => undefined,
        ),
      ).toEqual([]);
  });

  it('ranks 50,000 records', () => {
    const corpus = createCorpus();
    const words = ['milk', 'massage', 'oxytocin', 'caries', 'stunting', 'balita', 'ibu', 'children', 'trial', 'cohort'];
    addRecords(
      corpus,
      Array.from({ length: 50_000 }, (_, i) => ({ key: `k${i}`, text: { title: `${words[i % 10]} ${words[(i * 7) % 10]} ${words[(i * 3) % 9]} record ${i % 97}` } })),
    );
    const decisions = new Map<string, Label>(Array.from({ length: 500 }, (_, i) => [`k${i}`, i % 10 < 3 ? 'include' : 'exclude'] as [string, Label]));
    const trained = trainRanker(corpus, decisions);
    if (!trained.ok) throw new Error(trained.message);
    expect(rankUndecided(trained.model, corpus, decisions, () => undefined)).toHaveLength(49_500);
  });
});

describe('dataset files', () => {
  it('reads title, abstract and label_included, ignoring other columns', () => {
    const records = parseDataset('\uFEFFrecord_id,title,abstract,label_included,year\n1,"A, quoted",Text,1,2020\n2,B,,0,2021\n');
    expect(records).toEqual([
      { title: 'A, quoted', abstract: 'Text', keywords: undefined, included: true },
      { title: 'B', abstract: '', keywords: undefined, included: false },
    ]);
  });

  it('names the missing column, and the record with a label that is not 1 or 0', () => {
    expect(() => parseDataset('title,abstract\nA,B\n')).toThrow(DatasetError);
    expect(() => parseDataset('title,abstract\nA,B\n')).toThrow(/no "label_included" column/);
    expect(() => parseDataset('label_included\n1\n')).toThrow(/no "title" column/);
    expect(() => parseDataset('title,label_included\nA,1\nB,yes\n')).toThrow(/record 2: label_included is "yes"/);
  });
});
