// Synthetic labelled reviews for the ranking tests and the benchmark: abstracts of common words
// (Zipf-distributed, English and Indonesian), where included records lean on a few topic words.
import { seededRandom } from '../support/random';
import type { LabelledRecord } from '../../lib/ranking/simulate';

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'da', 'pe', 'gu', 'hi', 'ra', 'no', 'be', 'ci', 'fo', 'wa', 'ju'];
const COMMON = 'the of and in to with for was were is are this study patients results methods group yang dan di dengan untuk pada hasil penelitian ibu kelompok'.split(' ');
const TOPIC = 'oxytocin massage breast milk production postpartum mothers pijat oksitosin produksi asi nifas lactation'.split(' ');

/** `n` records, about `prevalence` of them included; `abstractless` of them have a title only. */
export function generateReview(n: number, prevalence: number, seed = 1, abstractless = 0.1): LabelledRecord[] {
  const random = seededRandom(seed);
  const vocabulary = Array.from({ length: 6000 }, (_, i) => {
    let word = '';
    for (let k = i + 1; k > 0; k = Math.floor(k / SYLLABLES.length)) word += SYLLABLES[k % SYLLABLES.length];
    return word + SYLLABLES[i % 7];
  });
  // Zipf: the i-th word is drawn with weight 1/(i+1), by inverting the harmonic sums.
  const cumulative: number[] = [];
  vocabulary.reduce((sum, _, i) => (cumulative[i] = sum + 1 / (i + 1)), 0);
  const total = cumulative[cumulative.length - 1];
  const zipf = () => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo];
  };
  const words = (count: number, included: boolean) =>
    Array.from({ length: count }, () => {
      const r = random();
      if (r < 0.25) return COMMON[Math.floor(random() * COMMON.length)];
      if (included && r < 0.33) return TOPIC[Math.floor(random() * TOPIC.length)];
      if (!included && r < 0.27) return TOPIC[Math.floor(random() * TOPIC.length)];
      return zipf();
    }).join(' ');
  return Array.from({ length: n }, () => {
    const included = random() < prevalence;
    const title = words(8 + Math.floor(random() * 8), included);
    const abstract = random() < abstractless ? undefined : words(150 + Math.floor(random() * 150), included);
    return { title: title[0].toUpperCase() + title.slice(1), abstract, included };
  });
}
