// wos-quotes.ts pairs any straight quote with the next "''" within 400 characters. In a Web of
// Science record whose abstract has an ordinary straight-quoted phrase and, later, a "''" that no
// quote opened (f''(x), 5'' ends, 30'' of arc), the CLOSING quote of the phrase is taken for an
// opening one: '"gold standard" test found f''(x)' becomes '"gold standard“ test found f”(x)'.
// The commit promises that a "''" no quote opened stays.
import { expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const ris = (abstract: string) => `TY  - JOUR\nAU  - Sampson, SD\nTI  - Second derivatives\nT2  - PLOS ONE\nAB  - ${abstract}\nPY  - 2010\nAN  - WOS:000282053100002\nER  -\n`;

it("keeps a closed straight-quote pair and a later f'' as written", () => {
  const abstract = `The "gold standard" test found that f''(x) is positive.`;
  expect(parseBibliography(ris(abstract), 'savedrecs.ris').records[0].abstract).toBe(abstract);
});
