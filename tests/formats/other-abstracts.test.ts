// Records whose only abstract is in another language (LILACS and SciELO journals indexed in
// MEDLINE: Portuguese, Spanish): PubMed gives it as OAB (MEDLINE) or <OtherAbstract> (XML). It is
// the abstract the reviewer screens when there is no English one, never added to an English one.
import { describe, expect, it } from 'vitest';
import { oneRecord } from './helpers';

const SPA = 'Objetivo: evaluar el masaje con oxitocina en la producción de leche materna.';
const POR = 'Objetivo: avaliar a massagem com ocitocina na produção de leite materno.';
const ENG = 'Objective: to assess oxytocin massage for breast milk production.';

const medline = (abstracts: string) => `PMID- 30000002\nTI  - Masaje con oxitocina.\n${abstracts}LA  - spa\n`;
const other = (language: string, text: string) => `<OtherAbstract Type="Publisher" Language="${language}"><AbstractText>${text}</AbstractText></OtherAbstract>`;
// <OtherAbstract> is a child of MedlineCitation, beside Article.
const xmlWith = (english: string, others: string) =>
  `<?xml version="1.0" ?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID Version="1">30000002</PMID><Article><ArticleTitle>Masaje con oxitocina.</ArticleTitle>${english}</Article>${others}</MedlineCitation></PubmedArticle></PubmedArticleSet>\n`;

describe('an abstract only in another language', () => {
  it('is the abstract, from MEDLINE (the first OAB) and from PubMed XML (the first OtherAbstract)', () => {
    expect(oneRecord(medline(`OAB - ${SPA}\nOABL- spa\nOAB - ${POR}\nOABL- por\n`), 'pubmed.nbib').abstract).toBe(SPA);
    expect(oneRecord(xmlWith('', other('spa', SPA) + other('por', POR)), 'pubmed.xml').abstract).toBe(SPA);
  });

  it('never joins or replaces an English abstract', () => {
    expect(oneRecord(medline(`AB  - ${ENG}\nOAB - ${SPA}\nOABL- spa\n`), 'pubmed.nbib').abstract).toBe(ENG);
    expect(oneRecord(xmlWith(`<Abstract><AbstractText>${ENG}</AbstractText></Abstract>`, other('spa', SPA)), 'pubmed.xml').abstract).toBe(ENG);
  });
});
