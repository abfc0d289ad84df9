// Review of c51f6c2 ("any box classed 'keywords' is a keyword box", lib/sites/generic-fields.ts
// KEYWORD_BOX '.keywords'): a page without keyword tags takes its keywords from the first
// '.keywords' element outside references and sidebars. A search form's field box classed
// 'keywords' (its label "Search articles") is no keyword list of the article.
import { expect, it } from 'vitest';
import { readPage, TITLE } from '../sites/reader-page';

it("a search form's 'keywords' field gives no keywords", () => {
  const body =
    '<form class="search" action="/search"><div class="keywords"><label for="q">Search articles</label><input id="q" name="keywords"></div></form><h1>Pijat oksitosin</h1>';
  expect(readPage(TITLE, body)?.keywords ?? []).toEqual([]);
});
