import { foldLatinNames, spellingLines, withLatinNames } from '@/lib/search/latin-names';
import { words } from '@/lib/search/normalize';

const names = foldLatinNames([
  { name: 'SpaceX', spellings: 'سبيس إكس\nسبيس اكس\r\n\n  سبيسكس  ' },
  { name: 'The Wall Street Journal', spellings: 'وول ستريت جورنال' },
  { name: 'Wall Street', spellings: 'وول ستريت' },
]);
const named = (query: string) => withLatinNames(words(query), names)?.words.join(' ');

describe('withLatinNames: a listed Arabic spelling of a name in Latin letters becomes the name', () => {
  it('replaces the spelling, a run of whole words, and keeps the reader’s other words in their order', () => {
    expect(named('سبيس إكس')).toBe('spacex');
    expect(named('صاروخ سبيس إكس الجديد')).toBe('صاروخ spacex جديد');
    expect(named('سبيسكس')).toBe('spacex');
  });

  it('reads the spelling as search reads words: hamzas, teh marbuta, harakat and tatweel make no difference', () => {
    expect(named('سبِيس اِكس')).toBe('spacex');
    expect(named('سبيـس أكس')).toBe('spacex');
  });

  it('takes the longer of two spellings that start at one word', () => {
    expect(named('وول ستريت جورنال')).toBe('wall street journal');
    expect(named('وول ستريت اليوم')).toBe('wall street يوم');
  });

  it('leaves a query alone that holds no listed spelling whole: undefined, nothing to search again', () => {
    expect(named('سبيس')).toBeUndefined();
    expect(named('إكس سبيس')).toBeUndefined();
    expect(named('الفضاء')).toBeUndefined();
    expect(withLatinNames(words('سبيس إكس'), foldLatinNames([]))).toBeUndefined();
  });

  it('names a name once, however many of its spellings the query holds, and says which names it put in, as the newsroom writes them', () => {
    expect(named('سبيس إكس سبيس اكس')).toBe('spacex');
    expect(withLatinNames(words('سبيس إكس سبيس اكس'), names)?.names).toEqual(['SpaceX']);
    expect(withLatinNames(words('وول ستريت جورنال و سبيسكس'), names)?.names).toEqual(['The Wall Street Journal', 'SpaceX']);
  });
});

describe('spellingLines: the admin’s text box, one spelling a line', () => {
  it('drops blank lines and the spaces around each, whatever the line ending', () => {
    expect(spellingLines(' سبيس إكس \r\n\nسبيس اكس\rسبيسكس\n')).toEqual(['سبيس إكس', 'سبيس اكس', 'سبيسكس']);
  });
});
