import { cleanTitle, decodeEntities, normalizeDoi, normalizePmid } from '../model/normalize';

/**
 * A title folded for matching: HTML tags and entities gone, badges such as `[PDF]` and
 * trailing site names dropped, diacritics removed, lower case, punctuation as spaces.
 * "Pengaruh Pijat Oksitosin terhadap Produksi ASI – Garuda" and
 * "PENGARUH PIJAT OKSITOSIN TERHADAP PRODUKSI ASI." fold to the same text.
 */
export function foldTitle(title: string | undefined): string {
  if (!title) return '';
  // Entities first so that an encoded tag (&lt;i&gt;) is removed like a real one.
  let text = decodeEntities(decodeEntities(title)).replace(/<[^>]*>/g, ' ');
  text = text.replace(/^\s*(\[[A-Z]{1,8}\]\s*)+/i, '');
  text = cleanTitle(text);
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/gi, 'ae')
    .replace(/[ø]/gi, 'o')
    .replace(/[ł]/gi, 'l')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'dos', 'das', 'bin', 'binti', 'al', 'el', 'ter', 'ten']);

/**
 * The family name of an author as sources write it: "Smith, J.", "J Smith", "Smith J",
 * "Smith JA", "Siti Nurhasanah". Folded like titles; particles (van, de, bin) dropped so
 * that "van der Berg, A" and "A. Berg" agree.
 */
export function familyName(author: string | undefined): string {
  if (!author) return '';
  const text = decodeEntities(author).replace(/[…]|\.\.\./g, '').trim();
  if (!text) return '';
  let family: string;
  if (text.includes(',')) {
    family = text.split(',')[0];
  } else {
    const parts = text.split(/\s+/).filter(Boolean);
    // "Smith JA" / "Smith J.A.": trailing initials follow the family name (PubMed, Vancouver).
    const last = parts[parts.length - 1];
    if (parts.length > 1 && /^([A-Z]\.?){1,4}$/.test(last) && !/^([A-Z]\.?){1,4}$/.test(parts[0])) {
      family = parts.slice(0, -1).join(' ');
    } else {
      family = last;
    }
  }
  const words = fold(family).split(' ').filter((w) => w && !PARTICLES.has(w));
  return words.length ? words[words.length - 1] : '';
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The identifiers a record can be found by: DOI, PMID and folded title + year. Used as
 * index entries in the database and by duplicate detection; missing fields give no entry.
 */
export function matchKeys(article: { doi?: string; pmid?: string; title?: string; year?: number }): string[] {
  const keys: string[] = [];
  const doi = normalizeDoi(article.doi);
  if (doi) keys.push(`doi:${doi}`);
  const pmid = normalizePmid(article.pmid);
  if (pmid) keys.push(`pmid:${pmid}`);
  const title = foldTitle(article.title);
  // Very short titles ("Editorial", "Reply") are not evidence of identity.
  if (title.length >= 12 && article.year) keys.push(`title:${title}|${article.year}`);
  return keys;
}
