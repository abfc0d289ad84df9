// Bold labels in a page's abstract box: their own colon or dash after them, and a bold first word that is no label.
import { expect, it } from 'vitest';
import { generic } from '../../lib/sites/generic';
import { load } from '../sites/parse';

const page = (box: string) => `<!-- url: https://ejournal.example.ac.id/index.php/jkep/article/view/512 -->
<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<meta name="citation_title" content="Senam hamil dan kecemasan ibu hamil trimester III">
<meta name="citation_author" content="Lestari, Ayu">
<meta name="citation_journal_title" content="Jurnal Keperawatan">
<meta name="citation_date" content="2021/06/30">
</head><body><div class="pkp_structure_main"><article class="obj_article_details">
<h1 class="page_title">Senam hamil dan kecemasan ibu hamil trimester III</h1>
<section class="item abstract"><h2 class="label">Abstract</h2>${box}</section></article></div></body></html>`;
const abstractOf = (box: string) => {
  const { doc, url } = load(page(box));
  return generic.extract(doc, url)!.articles[0].abstract;
};

it('a bold label followed by its colon outside the bold', () => {
  expect(abstractOf('<p><strong>Background</strong>: Anxiety is common among pregnant women. <strong>Methods</strong>: A quasi-experimental study of 40 women.</p>')).toBe(
    'Background: Anxiety is common among pregnant women.\nMethods: A quasi-experimental study of 40 women.',
  );
});
it('a bold first word that is no label', () => {
  expect(abstractOf('<p><strong>Background</strong> noise in neonatal units disturbs the sleep of preterm infants; we measured it in 3 units.</p>')).toBe(
    'Background noise in neonatal units disturbs the sleep of preterm infants; we measured it in 3 units.',
  );
});
it('a bold label with a dash', () => {
  expect(abstractOf('<p><b>Objective</b> - To assess anxiety among pregnant women in the third trimester of pregnancy.</p>')).toBe(
    'Objective - To assess anxiety among pregnant women in the third trimester of pregnancy.',
  );
});
