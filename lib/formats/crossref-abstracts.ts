// Abstracts that Lens.org and OpenAlex pass on from Crossref, with what their passing left in them
// (csv-profiles-more.ts reads them).

// Lens.org passes Crossref's JATS abstracts on without the tags' "jats:" prefix, and joins their
// parts with ";": between elements ("<title>Abstract</title>;         <p>The issue …"), or, once
// their tags are gone, as "; ;" where a paragraph ends ("… management phenomena. ; ; An objective
// bibliometric analysis …"). The tags get their prefix back, for markup.ts to read them as JATS
// (its "Abstract" heading left out), here rather than there: no other export writes them so.
const LENS_TAG_JOIN = />\s*;\s*(?=<)/g;
const LENS_JATS_TAG = /<(\/?)(title|sec|abstract|label)\b/g;
const LENS_PARAGRAPH_JOIN = /([.!?:])\s*;\s*;\s*/g;

/** A Lens.org abstract with its parts' joins read as spaces between elements and breaks between paragraphs. */
export function lensAbstract(text: string): string {
  const joined = text.includes('<') ? text.replace(LENS_TAG_JOIN, '> ').replace(LENS_JATS_TAG, '<$1jats:$2') : text;
  return joined.replace(LENS_PARAGRAPH_JOIN, '$1\n\n');
}

// Crossref's heading "Abstract", its tags gone, as the first word of abstracts Lens.org and OpenAlex
// pass on ("Abstract Amine reclaimer wastes (ARW) …", "Abstract Background …"); before a small
// letter it is the text's own word ("Abstract reasoning …").
const FLAT_HEADING = /^Abstract\s+(?=\p{Lu})/u;
export const withoutFlatHeading = (text: string | undefined) => (text?.startsWith('Abstract') ? text.replace(FLAT_HEADING, '') : text);
