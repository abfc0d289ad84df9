// A RIS record's kind (publication-types.ts RIS_TYPES), read once a record from its TY line.
import type { ArticleType } from '../model/article-type';
import { RIS_TYPES, refinedArticle } from './publication-types';
import { code, codes, type Tags } from './ris-tags';

const M3 = code('M3');
const PT = code('PT');
/**
 * Where a journal article's document type is written beside its TY: Scopus's and Embase's M3
 * ("M3  - Review", "M3  - Erratum"), and PubMed's publication types, which some managers pass on
 * as PT lines ("PT  - Journal Article", "PT  - Review": Rayyan).
 */
const DOCUMENT_TYPE = codes('M3', 'PT');

/**
 * The kind of a record whose TY is `ty` (trimmed; "JOUR" for most records, which ask for nothing
 * more unless they carry an M3 or PT line). A TY no table names (GEN, a typo): none.
 */
export function risType(ty: string | undefined, tags: Tags): ArticleType | undefined {
  if (!ty) return undefined;
  const type = RIS_TYPES[ty] ?? RIS_TYPES[ty.toUpperCase()];
  if (type !== 'article' || !(tags.has(M3) || tags.has(PT))) return type;
  // One M3 line (Scopus, Embase): its value, without an array made to hold it.
  return refinedArticle(type, tags.several(DOCUMENT_TYPE) ? tags.all(DOCUMENT_TYPE) : tags.first(DOCUMENT_TYPE));
}
