// Authors as journal systems fill their metadata: one of several tags, or one JSON-LD string, may hold several names.
import { describe, expect, it } from 'vitest';
import { readPage, TITLE } from './reader-page';

const tag = (name: string, content: string) => `<meta name="${name}" content="${content}">`;

describe('one of several author tags holding several names', () => {
  const authors = (...names: string[]) => readPage(TITLE + names.map((n) => tag('citation_author', n)).join(''))?.authors;

  it('is split as one tag holding them is (an OJS author record holding the co-authors)', () => {
    expect(authors('Dewi Sari, Andi Putra, Budi Santoso', 'Rina Wati')).toEqual(['Dewi Sari', 'Andi Putra', 'Budi Santoso', 'Rina Wati']);
    expect(authors('Lee, Ann; Kim, Bo', 'Park, Cy')).toEqual(['Lee, Ann', 'Kim, Bo', 'Park, Cy']);
  });

  it('while "Last, First" and a name with its degrees stay one name each', () => {
    expect(authors('Abu Bakar, Siti Nur', 'Rahmawati, Siti, S.Kep', 'Budi Santoso, S. Kep., M. Kes')).toEqual([
      'Abu Bakar, Siti Nur',
      'Rahmawati, Siti, S.Kep',
      'Budi Santoso, S. Kep., M. Kes',
    ]);
  });
});

describe('JSON-LD authors', () => {
  const ld = (author: unknown) =>
    readPage(`<script type="application/ld+json">${JSON.stringify({ '@type': 'ScholarlyArticle', name: 'Pijat oksitosin', author })}</script>`)?.authors;

  it('written in one string are split as one tag holding them is', () => {
    expect(ld('Dewi Sari, Andi Putra, Budi Santoso')).toEqual(['Dewi Sari', 'Andi Putra', 'Budi Santoso']);
    expect(
      ld([
        { '@type': 'Person', name: 'Abu Bakar, Siti Nur' },
        { '@type': 'Person', familyName: 'Lee', givenName: 'Ann' },
      ]),
    ).toEqual(['Abu Bakar, Siti Nur', 'Lee, Ann']);
  });

  it('written as an ordered list ({"@list": [...]}, JSON-LD\'s way to say the order counts) keep it', () => {
    expect(
      ld({
        '@list': [
          { '@type': 'Person', name: 'Dewi Sari' },
          { '@type': 'Person', name: 'Budi Santoso' },
        ],
      }),
    ).toEqual(['Dewi Sari', 'Budi Santoso']);
    // An ordered list of references into the graph.
    const graph = {
      '@graph': [
        { '@type': 'ScholarlyArticle', headline: 'Pijat oksitosin', author: { '@list': [{ '@id': '#a2' }, { '@id': '#a1' }] }, keywords: { '@list': ['ASI', 'nifas'] } },
        { '@type': 'Person', '@id': '#a1', name: 'Dewi Sari' },
        { '@type': 'Person', '@id': '#a2', name: 'Ayu Putri' },
      ],
    };
    expect(readPage(`<script type="application/ld+json">${JSON.stringify(graph)}</script>`)).toMatchObject({ authors: ['Ayu Putri', 'Dewi Sari'], keywords: ['ASI', 'nifas'] });
  });
});

describe('JSON-LD written as a graph of references', () => {
  // SEO plugins and some journal systems write each person and the journal as nodes of their own,
  // and the article names them by "@id" only: the names are read from those nodes.
  const graph = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebPage', '@id': 'https://jurnal.example.ac.id/article/view/123#webpage', mainEntity: { '@id': '#article' } },
      {
        '@type': 'ScholarlyArticle',
        '@id': '#article',
        headline: 'Pijat oksitosin dan produksi ASI ibu nifas',
        author: [{ '@id': '#author-1' }, { '@id': '#author-2' }],
        isPartOf: { '@id': '#issue' },
        datePublished: '2021-03-01',
      },
      { '@type': 'Person', '@id': '#author-1', name: 'Dewi Sari' },
      { '@type': 'Person', '@id': '#author-2', familyName: 'Putri', givenName: 'Ayu Nanda' },
      { '@type': 'PublicationIssue', '@id': '#issue', issueNumber: '1', isPartOf: { '@id': '#volume' } },
      { '@type': 'PublicationVolume', '@id': '#volume', volumeNumber: '9', isPartOf: { '@id': '#journal' } },
      { '@type': 'Periodical', '@id': '#journal', name: 'Jurnal Kebidanan Indonesia' },
    ],
  };

  it('gives the authors, journal, volume and issue the references name', () => {
    const article = readPage(`<script type="application/ld+json">${JSON.stringify(graph)}</script>`);
    expect(article).toMatchObject({ authors: ['Dewi Sari', 'Putri, Ayu Nanda'], journal: 'Jurnal Kebidanan Indonesia', volume: '9', issue: '1', year: 2021 });
  });
});

describe('a hostile JSON-LD graph', () => {
  it('whose nodes name each other many times over is read in bounded time', () => {
    // Each node part of every other, a hundred times over: followed naively, 100^6 copies.
    const refs = Array.from({ length: 100 }, (_, i) => ({ '@id': `#n${i % 3}` }));
    const nodes = [0, 1, 2].map((i) => ({ '@type': 'PublicationIssue', '@id': `#n${i}`, isPartOf: refs, author: refs }));
    const page = { '@graph': [{ '@type': 'ScholarlyArticle', '@id': '#a', name: 'Pijat oksitosin', author: refs, isPartOf: refs }, ...nodes] };
    expect(readPage(`<script type="application/ld+json">${JSON.stringify(page)}</script>`)?.title).toBe('Pijat oksitosin');
  });
});
