import {
  addressLines,
  addressProblems,
  isPostalCode,
  normalizeAddress,
  normalizePostalCode,
  postalCodeFormat,
} from './addresses';

describe('postal codes by country', () => {
  it.each([
    ['PL', '00-950'],
    ['UA', '01001'],
    ['HU', '1051'],
    ['DE', '10115'],
    ['GB', 'SW1A 1AA'],
    ['GB', 'm1 1ae'],
    ['US', '10001'],
    ['US', '10001-1234'],
    ['NL', '1012 AB'],
    ['CZ', '110 00'],
    ['BR', '01310-100'],
  ])('%s accepts %s', (country, code) => {
    expect(isPostalCode(country, code)).toBe(true);
  });

  it.each([
    ['PL', '00950'],
    ['PL', '00-95'],
    ['UA', '0100'],
    ['HU', '10511'],
    ['DE', '1011'],
    ['GB', '12345'],
    ['US', '1000'],
    ['BR', 'x'],
    ['BR', '!!!!'],
  ])('%s refuses %s', (country, code) => {
    expect(isPostalCode(country, code)).toBe(false);
  });

  it('normalizes case and spaces before checking', () => {
    expect(normalizePostalCode('  sw1a   1aa ')).toBe('SW1A 1AA');
    expect(isPostalCode('gb', ' sw1a 1aa')).toBe(true);
  });

  it('gives an example of the expected shape, permissive where the country has no entry', () => {
    expect(postalCodeFormat('PL').example).toBe('00-950');
    expect(postalCodeFormat('ZW').example).toBe('12345');
  });
});

describe('addressProblems', () => {
  const good = { street: 'ul. Prosta 1', postalCode: '00-950', city: 'Warszawa', country: 'PL' };

  it('accepts a complete address', () => {
    expect(addressProblems(good)).toEqual([]);
  });

  it('names each missing field', () => {
    expect(addressProblems({}).map((p) => `${p.field}:${p.problem}`)).toEqual([
      'street:required',
      'city:required',
      'country:required',
      'postalCode:required',
    ]);
  });

  it('refuses a postal code of the wrong shape with the example', () => {
    expect(addressProblems({ ...good, postalCode: '00950' })).toEqual([
      { field: 'postalCode', problem: 'format', example: '00-950' },
    ]);
  });

  it('refuses an unknown country and over-long fields', () => {
    expect(addressProblems({ ...good, country: 'ZZ' })).toEqual([
      { field: 'country', problem: 'unknown' },
    ]);
    expect(addressProblems({ ...good, street: 'x'.repeat(201) })).toEqual([
      { field: 'street', problem: 'tooLong', max: 200 },
    ]);
  });
});

describe('normalizeAddress and addressLines', () => {
  it('trims, upper-cases and prints the lines of a label', () => {
    const address = normalizeAddress({
      attention: '  ',
      street: ' Fő utca 1 ',
      postalCode: ' 1051 ',
      city: 'Budapest ',
      country: 'hu',
    });
    expect(address).toEqual({
      attention: null,
      street: 'Fő utca 1',
      postalCode: '1051',
      city: 'Budapest',
      country: 'HU',
    });
    expect(addressLines(address)).toEqual(['Fő utca 1', '1051 Budapest', 'HU']);
  });
});
