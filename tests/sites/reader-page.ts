// One journal article page for the generic reader's tests: a head and a body, read as the reader reads them.
import { generic } from '../../lib/sites/generic';
import { expectValid, parse } from './parse';

export const PAGE_URL = 'https://journal.example.ac.id/index.php/jk/article/view/77';

/** The article the generic reader finds on a page with this head and body (undefined when none). */
export const readPage = (head: string, body = '<h1>x</h1>') => {
  const found = generic.extract(parse(`<html><head>${head}</head><body>${body}</body></html>`), new URL(PAGE_URL));
  expectValid(found);
  return found?.articles[0];
};
export const TITLE = '<meta name="citation_title" content="Pijat oksitosin dan produksi ASI">';
export const doiLink = (doi: string) => `<a href="https://doi.org/${doi}">https://doi.org/${doi}</a>`;
