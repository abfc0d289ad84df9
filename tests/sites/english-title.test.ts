// An OJS page's English title beside its own: only a title in another language gives way (after a review's cases).
import { expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { load } from '../sites/parse';

const page = (title: string, alt: string) => `<!-- url: https://jurnal.example.ac.id/index.php/jkm/article/view/2210 -->
<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<meta name="DC.Creator.PersonalName" content="Rahmawati, Dewi">
<meta name="DC.Title" content="${title}">
<meta name="DC.Title.Alternative" xml:lang="en" content="${alt}">
<meta name="citation_journal_title" content="Jurnal Kebidanan Malahayati">
<meta name="citation_author" content="Rahmawati, Dewi">
<meta name="citation_title" content="${title}">
<meta name="citation_language" content="id">
<meta name="citation_date" content="2022/07/20">
</head><body><h1>${title}</h1></body></html>`;

const read = (html: string) => {
  const { doc, url } = load(html);
  return generic.extract(doc, url)!.articles[0];
};

it('an English article whose English title field repeats it with a full stop gets no original title', () => {
  const a = read(page('The effect of oxytocin massage on breast milk production', 'The effect of oxytocin massage on breast milk production.'));
  expect(a.title).toBe('The effect of oxytocin massage on breast milk production');
  expect(a.originalTitle).toBeUndefined();
});
it('differs only in a dash / spacing', () => {
  const a = read(page('Self-efficacy and breastfeeding: a cross-sectional study', 'Self-efficacy and breastfeeding:  a cross–sectional study'));
  expect(a.originalTitle).toBeUndefined();
});
it('an "en" alternative that is not English does not replace an English title', () => {
  const a = read(page('Knowledge of pregnant women about anaemia and iron tablets', 'Pengetahuan ibu hamil tentang anemia dan tablet Fe'));
  expect(a.title).toBe('Knowledge of pregnant women about anaemia and iron tablets');
});
