// Where Google Scholar cut a title or an author list (ArticleSchema's `cut`): the text is stored
// without its "…", and what shows or exports it puts the mark back where the text was cut.

type CutEnd = 'start' | 'end' | 'both' | undefined;

export const cutAtStart = (cut: CutEnd) => cut === 'start' || cut === 'both';
export const cutAtEnd = (cut: CutEnd) => cut === 'end' || cut === 'both';

/**
 * The author list may go on past its last name shown: cut at its end (a list cut at its end
 * alone is authorsTruncated without `cut`, as from other sources).
 */
export const listGoesOn = (article: { authorsTruncated?: boolean; cut?: { authors?: CutEnd } }) =>
  article.cut?.authors ? cutAtEnd(article.cut.authors) : !!article.authorsTruncated;

/** A cut title with its marks: "… erosion, uplift and unroofing …". */
export function markedTitle(title: string, cut: CutEnd): string {
  return `${cutAtStart(cut) ? '… ' : ''}${title}${cutAtEnd(cut) ? ' …' : ''}`;
}

/** An author list as one text, "…" where the source cut it: "…; DN Mariyani; S Rahmawati". */
export function markedAuthors(article: { authors: string[]; authorsTruncated?: boolean; cut?: { authors?: CutEnd } }, separator = '; '): string {
  const names = [...(cutAtStart(article.cut?.authors) ? ['…'] : []), ...article.authors];
  if (listGoesOn(article)) names.push('…');
  return names.join(separator);
}
