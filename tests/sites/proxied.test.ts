// Databases read through a university's proxy (EZproxy): the page's address at the database
// itself, for the database's own adapter; never for a host no adapter knows.
import { describe, expect, it } from 'vitest';
import { unproxied } from '../../lib/sites/proxied';
import { pubmed } from '../../lib/sites/pubmed';
import { sciencedirect } from '../../lib/sites/sciencedirect';

describe('a proxied database page', () => {
  it("is read at the database's own address, in either of EZproxy's host forms", () => {
    const path = '/science/article/pii/S0266613822001234?via%3Dihub';
    expect(unproxied(`https://www-sciencedirect-com.ezproxy.ugm.ac.id${path}`, sciencedirect.accepts)?.href).toBe(`https://www.sciencedirect.com${path}`);
    expect(unproxied(`https://www.sciencedirect.com.ezproxy.ugm.ac.id${path}`, sciencedirect.accepts)?.href).toBe(`https://www.sciencedirect.com${path}`);
    expect(unproxied('https://pubmed-ncbi-nlm-nih-gov.proxy.lib.ui.ac.id/?term=oxytocin+massage', pubmed.accepts)?.href).toBe(
      'https://pubmed.ncbi.nlm.nih.gov/?term=oxytocin+massage',
    );
  });

  it('keeps a hyphen of the host, written doubled ("my--site-com")', () => {
    const accepts = (url: URL) => url.hostname === 'my-journal.example.org';
    expect(unproxied('https://my--journal-example-org.ezproxy.example.ac.id/a', accepts)?.hostname).toBe('my-journal.example.org');
  });

  it('is nothing for the database itself, another database or a page that is no URL', () => {
    expect(unproxied('https://www.sciencedirect.com/science/article/pii/S1', sciencedirect.accepts)).toBeUndefined();
    expect(unproxied('https://www-sciencedirect-com.ezproxy.ugm.ac.id/science/article/pii/S1', pubmed.accepts)).toBeUndefined();
    expect(unproxied('https://e-journal.unair.ac.id/index.php/a', sciencedirect.accepts)).toBeUndefined();
    expect(unproxied('not a url', sciencedirect.accepts)).toBeUndefined();
  });
});
