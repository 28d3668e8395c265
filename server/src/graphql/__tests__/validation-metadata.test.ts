import 'reflect-metadata';
import { getMetadataStorage, IsEmail, Max, validate } from 'class-validator';
import { memoizeValidationMetadata } from '../validation-metadata';

class Page {
  @Max(100)
  first?: number;
}

class Search extends Page {
  @IsEmail()
  email?: string;
}

const page = (first: number) => Object.assign(new Page(), { first });
const search = (first: number, email: string) => Object.assign(new Search(), { first, email });
const failed = async (value: object) =>
  (await validate(value, { forbidUnknownValues: false })).map((e) => e.property).sort();

describe("class-validator's rules per class, looked up once", () => {
  beforeAll(() => memoizeValidationMetadata());

  it("validates with a class's own and inherited rules, the first time and every time after", async () => {
    for (let i = 0; i < 3; i++) {
      expect(await failed(search(101, 'not an address'))).toEqual(['email', 'first']);
      expect(await failed(search(5, 'anna@example.com'))).toEqual([]);
      expect(await failed(page(101))).toEqual(['first']);
      expect(await failed(page(100))).toEqual([]);
    }
  });

  it('looks through the registered classes once per class and options, not on every validation', async () => {
    const storage = getMetadataStorage() as unknown as {
      validationMetadatas: Map<unknown, unknown>;
    };
    class Fresh extends Page {
      @IsEmail()
      email?: string;
    }
    const scans = jest.spyOn(storage.validationMetadatas, 'entries');
    try {
      for (let i = 0; i < 5; i++)
        expect(await failed(Object.assign(new Fresh(), { first: 101, email: 'x' }))).toEqual([
          'email',
          'first',
        ]);
      expect(scans).toHaveBeenCalledTimes(1);
      // Other options (groups) are looked up apart: a rule of no group is not one of group "a".
      expect(
        (
          await validate(Object.assign(new Fresh(), { first: 101 }), {
            groups: ['a'],
            forbidUnknownValues: false,
          })
        ).length,
      ).toBe(0);
      expect(scans).toHaveBeenCalledTimes(2);
    } finally {
      scans.mockRestore();
    }
  });

  it('groups the rules of a class by property once, and answers the same grouping after', () => {
    class Other extends Page {
      @IsEmail()
      email?: string;
    }
    const storage = getMetadataStorage();
    const rules = storage.getTargetValidationMetadatas(Other, '', false, false);
    expect(rules.map((r) => r.propertyName).sort()).toEqual(['email', 'first']);
    expect(storage.getTargetValidationMetadatas(Other, '', false, false)).toBe(rules);
    const grouped = storage.groupByPropertyName(rules);
    expect(Object.keys(grouped).sort()).toEqual(['email', 'first']);
    expect(storage.groupByPropertyName(rules)).toBe(grouped);
  });

  it('installs once', () => {
    const storage = getMetadataStorage();
    const installed = storage.getTargetValidationMetadatas;
    memoizeValidationMetadata();
    expect(storage.getTargetValidationMetadatas).toBe(installed);
  });
});
