// 47183f5: the stop after APA's bracketed notice is kept when the text before it has none. When the
// notice stands on a line of its own, the stop is put after the line break: a line holding "." alone.
import { expect, it } from 'vitest';
import { withoutCopyright } from '../../lib/model/copyright';

const notice = '(PsycInfo Database Record (c) 2020 APA, all rights reserved)';

it('puts the stop after the sentence, not on a line of its own', () => {
  // got: 'Milk volume rose\n.'
  expect(withoutCopyright(`Milk volume rose\n${notice}.`)).toBe('Milk volume rose.');
  // got: 'Milk volume rose\n.\nZusammenfassung: Die Milchmenge stieg.'
  expect(withoutCopyright(`Milk volume rose\n${notice}.\nZusammenfassung: Die Milchmenge stieg.`)).toBe('Milk volume rose.\nZusammenfassung: Die Milchmenge stieg.');
});
