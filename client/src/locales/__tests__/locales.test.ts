import { LOCALES, type Locale } from '../../../../shared/src/locales';
import en from '../en.json';
import hu from '../hu.json';
import pl from '../pl.json';
import uk from '../uk.json';

type Tree = { [key: string]: string | Tree };

const resources = {
  en: { translation: en },
  uk: { translation: uk },
  hu: { translation: hu },
  pl: { translation: pl },
} as const satisfies Record<Locale, { translation: typeof en }>;

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => (text.match(/{{\s*\w+\s*}}/g) ?? []).sort();
const english = new Map(leaves(resources.en.translation));

describe('translations', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys', (locale) => {
    const keys = leaves(resources[locale].translation).map(([key]) => key);
    expect(keys.sort()).toEqual([...english.keys()].sort());
  });

  it.each(LOCALES.filter((l) => l !== 'en'))(
    '%s is translated (no empty or English texts) and keeps the placeholders',
    (locale) => {
      for (const [key, text] of leaves(resources[locale].translation)) {
        const source = english.get(key) ?? '';
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
        expect({ key, sameAsEnglish: text === source }).toEqual({ key, sameAsEnglish: false });
        expect({ key, placeholders: placeholders(text) }).toEqual({
          key,
          placeholders: placeholders(source),
        });
      }
    },
  );
});
