// CNKI (China National Knowledge Infrastructure) exports EndNote tagged text with every author
// on one line, each after its own tag: "%A 蔺卿 %A 罗格平 %A 陈曦". Each is an author.
import { describe, expect, it } from 'vitest';
import { parseBibliography } from '../../lib/formats';

const cnki = (authorLine: string) =>
  `%0 Journal Article\n${authorLine}\n%+ 中国科学院新疆生态与地理研究所\n%T LUCC驱动力模型研究综述\n%J 地理科学进展\n%D 2005\n%N 05\n%K 土地利用/土地覆被变化;驱动力;模型\n%P 81-89\n%@ 1007-6301\n%W CNKI\n`;
const authorsOf = (authorLine: string) => parseBibliography(cnki(authorLine), 'CNKI-export.txt').records[0].authors;

describe("CNKI's EndNote export", () => {
  it('reads each author of a line of several "%A"', () => {
    expect(authorsOf('%A 蔺卿 %A 罗格平 %A 陈曦')).toEqual(['蔺卿', '罗格平', '陈曦']);
    expect(authorsOf('%A Lin, Qing %A Luo, Geping')).toEqual(['Lin, Qing', 'Luo, Geping']);
  });

  it('an author a line stays as it is', () => {
    expect(authorsOf('%A 蔺卿\n%A 罗格平')).toEqual(['蔺卿', '罗格平']);
  });
});
