// The keyword lists a page shows in its body, read when its tags name none (the generic reader).
import { wordKey } from '../model/normalize';
import { ELSEWHERE } from './abstract';
import { blockLines, splitKeywords, textOf } from './dom';

/**
 * The keyword lists a page shows: JATS and PMC (.kwd-group), Springer and BMC (their subject
 * list), MDPI, OJS 3 (a section from 3.2, a div in 3.0 and 3.1, the Bootstrap 3 theme's
 * div.list-group-item.keywords; OJS 3.0's tags hold no keywords, its plugins calling explode()
 * with the arguments swapped write "; "), Atypon (T&F, SAGE; its core design's RDFa section,
 * "<section property="keywords"><h4>Keywords</h4><ol><li>…"). For pages whose metadata names
 * none (PMC, Springer, OJS 3.0, Atypon's Dublin Core).
 */
const KEYWORD_BOX = '.kwd-group, .c-article-subject-list, .art-keywords, .keywords, .article-keywords, .abstractKeywords, #keywords, [property="keywords"]';
/**
 * The box's label as OJS writes it in each language (its "article.subject" string: "Kata Kunci",
 * Malay "Kata kunci", Brazilian "Palavras-chave", German "Schlagwörter"; French "Mots-clés " with
 * a space before the colon) or as authors write it ("Schlüsselwörter").
 */
const KEYWORD_LABEL =
  /^(?:key\s*-?words?|kata\s+kunci|palabras\s+clave|palavras[-\s]chave|mots[-\s]cl[ée]s|schlagw(?:ö|oe)rter|schl(?:ü|ue)sselw(?:ö|oe)rter|author keywords)\s*[:：.]?\s*/i;
/** Lists a box may hold that are not the authors' keywords. */
const NOT_KEYWORDS = /^(?:abbreviations?|abreviaturas?|abr[ée]viations?|singkatan|subject|jel|msc|classification)/i;
/** Another label before the list ("Abbreviations:", "Subject terms:"): no keywords. */
const OTHER_LABEL = /^[^,;:]{1,40}[:：]/;

/** Keywords from the page's own keyword lists (each language's), when its metadata has none. */
export function bodyKeywords(doc: Document): string[] {
  const words: string[] = [];
  for (const box of Array.from(doc.querySelectorAll(KEYWORD_BOX))) {
    // A search form's field classed "keywords" is no list of the article's.
    if (box.closest(`${ELSEWHERE}, [class*="ref-list" i], form, header`) || box.parentElement?.closest(KEYWORD_BOX) || box.querySelector('input')) continue;
    const items = Array.from(box.querySelectorAll('li')).map(textOf).filter(Boolean);
    const links = Array.from(box.querySelectorAll('a')).map(textOf).filter(Boolean);
    // OJS's themes write the label and the list in elements of their own (".label", ".value"): the
    // list is read whatever language the label is in ("Parole chiave:", "Ключевые слова:").
    // A box so labelled as another list ("Abbreviations:", "Singkatan:") still gives none.
    const parts = Array.from(box.children);
    const labelled = parts.find((el) => el.classList.contains('label'));
    const value = labelled && !NOT_KEYWORDS.test(textOf(labelled)) ? parts.find((el) => el.classList.contains('value')) : undefined;
    const text = blockLines(value ?? box).join(' ');
    const label = KEYWORD_LABEL.test(text) ? text.replace(KEYWORD_LABEL, '') : OTHER_LABEL.test(text) ? '' : text;
    // Taylor & Francis (Atypon) links each keyword, the links side by side with nothing between
    // them ("<a>Peru</a><a>employment</a>", which Zotero's translator reads link by link): a list
    // that is nothing but its links is read link by link, not as one run-together word.
    const list = links.length > 1 && wordKey(label) === wordKey(links.join('')) ? links.join('; ') : label;
    words.push(...(items.length ? items : list ? splitKeywords(list) : []));
  }
  return [...new Set(words)];
}
