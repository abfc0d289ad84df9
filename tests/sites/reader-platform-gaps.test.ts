// Pages written by OJS and DSpace as their own templates and configurations write them, where
// the tags leave a field out: each case cites the source it was written from.
import { describe, expect, it } from 'vitest';
import { readPage } from './reader-page';

const tag = (name: string, content: string) => `<meta name="${name}" content="${content}">`;

describe('an OJS keyword box labelled in the journal’s language', () => {
  // OJS's "article.subject" in pkp/ojs locale/*/locale.po: pt_BR "Palavras-chave", de "Schlagwörter".
  const box = (label: string) => `<div class="item keywords"><span class="label">${label}</span><span class="value">aleitamento, ocitocina, puerpério</span></div>`;
  const section = (label: string) => `<section class="item keywords"><h2 class="label">${label}</h2><span class="value">aleitamento, ocitocina, puerpério</span></section>`;
  const TITLE = tag('citation_title', 'Massagem e lactação');

  it('gives its keywords', () => {
    for (const label of ['Palavras-chave:', 'Schlagwörter:', 'Schlüsselwörter:', 'Kata Kunci:', 'Mots-clés :', 'Palabras clave:']) {
      expect(readPage(TITLE, box(label))?.keywords, label).toEqual(['aleitamento', 'ocitocina', 'puerpério']);
      expect(readPage(TITLE, section(label))?.keywords, label).toEqual(['aleitamento', 'ocitocina', 'puerpério']);
    }
    expect(readPage(TITLE, box('Abreviaturas:'))?.keywords).toBeUndefined();
  });
});
