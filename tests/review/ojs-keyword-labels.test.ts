// Review of 3215f7a / c51f6c2 (lib/sites/generic-fields.ts KEYWORD_LABEL): the README says the OJS
// keyword box is read "with its label in any language OJS writes". OJS's default theme writes the
// label in its own element (<h2 class="label">{article.subject}:</h2>, 3.2+; <span class="label">,
// 3.0/3.1), so a label in a locale the regex does not list is taken for "another label"
// (OTHER_LABEL) and the box gives no keywords. Labels from pkp/ojs locale/*/locale.po article.subject.
import { describe, expect, it } from 'vitest';
import { readPage } from '../sites/reader-page';

const TITLE = '<meta name="citation_title" content="Massaggio e lattazione">';
const section = (label: string) => `<section class="item keywords"><h2 class="label">${label}</h2><span class="value">allattamento, ossitocina, puerperio</span></section>`;

describe('an OJS keyword box labelled in another of OJS’s locales', () => {
  for (const label of ['Parole chiave:', 'Anahtar Kelimeler:', 'Ключевые слова:', 'Słowa kluczowe:', 'Từ khóa:'])
    it(`gives its keywords (${label})`, () => {
      expect(readPage(TITLE, section(label))?.keywords).toEqual(['allattamento', 'ossitocina', 'puerperio']);
    });
});
