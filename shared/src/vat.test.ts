import { dueDate, lineAmounts, parseVatRate, vatOf, vatTotals } from './vat';

describe('VAT', () => {
  it('parses rates as typed into basis points', () => {
    expect(parseVatRate('23')).toBe(2300);
    expect(parseVatRate('5,5')).toBe(550);
    expect(parseVatRate('0')).toBe(0);
    expect(parseVatRate(' 27 % ')).toBe(2700);
    expect(parseVatRate('101')).toBeNull();
    expect(parseVatRate('abc')).toBeNull();
  });

  it('rounds half up to a minor unit, exactly even for huge amounts', () => {
    expect(vatOf(1050, 2300)).toBe(242); // 241.5 -> 242
    expect(vatOf(1049, 2300)).toBe(241); // 241.27
    expect(vatOf(10 ** 12, 2700)).toBe(27 * 10 ** 10);
    expect(vatOf(999_999_999_999, 550)).toBe(55_000_000_000); // 54,999,999,999.945
  });

  it('computes a line and the invoice totals per rate', () => {
    expect(lineAmounts({ quantity: 3, unitPriceMinor: 12_990, vatRateBp: 2300 })).toEqual({
      netMinor: 38_970,
      vatMinor: 8_963,
      grossMinor: 47_933,
    });
    const totals = vatTotals([
      { quantity: 3, unitPriceMinor: 12_990, vatRateBp: 2300 },
      { quantity: 1, unitPriceMinor: 1_000, vatRateBp: 500 },
      { quantity: 2, unitPriceMinor: 505, vatRateBp: 2300 },
    ]);
    expect(totals).toMatchObject({ netMinor: 40_980, vatMinor: 9_245, grossMinor: 50_225 });
    expect(totals.byRate.map((r) => [r.vatRateBp, r.netMinor, r.vatMinor])).toEqual([
      [2300, 39_980, 9_195],
      [500, 1_000, 50],
    ]);
  });

  it('adds the payment terms to the issue date', () => {
    expect(dueDate(new Date('2026-11-30T10:00:00Z'), 14).toISOString()).toBe(
      '2026-12-14T10:00:00.000Z',
    );
  });
});
