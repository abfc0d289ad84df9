// Where Google Scholar cut a title or an author list (ArticleSchema's `cut`): the text is stored
// without its "…", and what shows or exports it puts the mark back where the text was cut.

type CutEnd = 'start' | 'end' | 'both' | undefined;

const cutAtStart = (cut: CutEnd) => cut === 'start' || cut === 'both';
const cutAtEnd = (cut: CutEnd) => cut === 'end' || cut === 'both';

/** A cut title with its marks: "… erosion, uplift and unroofing …". */
export function markedTitle(title: string, cut: CutEnd): string {
  return `${cutAtStart(cut) ? '… ' : ''}${title}${cutAtEnd(cut) ? ' …' : ''}`;
}

/** An author list as one text, "…" where the source cut it: "…; DN Mariyani; S Rahmawati". */
export function markedAuthors(article: { authors: string[]; authorsTruncated?: boolean; cut?: { authors?: CutEnd } }, separator = '; '): string {
  const cut = article.cut?.authors;
  const names = [...(cutAtStart(cut) ? ['…'] : []), ...article.authors];
  // A list cut at its end alone is authorsTruncated without `cut` (as from other sources).
  if (article.authorsTruncated && (cut === undefined || cutAtEnd(cut))) names.push('…');
  return names.join(separator);
}
