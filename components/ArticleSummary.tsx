import type { Article } from '../lib/model';
import { distinctOriginal } from '../lib/formats/translated';
import type { TermMatcher } from '../lib/screening/terms';
import { t } from '../lib/i18n';
import { Highlighted } from './Highlighted';
import { cutAtEnd, cutAtStart, listGoesOn } from '../lib/model/cut';

/** Title (and its original-language version), authors, year and journal of one article, as text (never as page HTML). */
export function ArticleSummary({ article, headingLevel = 2, matcher }: { article: Article; headingLevel?: 2 | 3; matcher?: TermMatcher }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const original = distinctOriginal(article);
  const meta = [article.year ?? t('yearUnknown'), article.journal].filter(Boolean).join(' · ');
  // Google Scholar's cut title or author list is stored without its "…": shown where it was cut.
  const { title: titleCut, authors: authorsCut } = article.cut ?? {};
  const before = (cut: typeof titleCut) => (cutAtStart(cut) ? '… ' : '');
  return (
    <div class="article-summary">
      <Heading class="article-title">
        {before(titleCut)}
        <Highlighted text={article.title} matcher={matcher} />
        {cutAtEnd(titleCut) ? ' …' : ''}
      </Heading>
      {/* The title in the article's own language, when the title is its English translation (Scopus's "[…]"). */}
      {original && (
        <p class="article-original muted">
          <Highlighted text={original} matcher={matcher} />
        </p>
      )}
      {article.authors.length > 0 && (
        <p class="article-authors" role="group" aria-label={t('fieldAuthors')}>
          {before(authorsCut)}
          {article.authors.join(', ')}
          {article.authorsTruncated && (
            <span class="muted">
              {listGoesOn(article) ? ' … ' : ' '}
              {t('authorsTruncated')}
            </span>
          )}
        </p>
      )}
      <p class="article-meta">{meta}</p>
    </div>
  );
}
