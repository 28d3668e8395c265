import fs from 'node:fs';
import path from 'node:path';
import en from '../../locales/en.json';
import hu from '../../locales/hu.json';
import pl from '../../locales/pl.json';
import uk from '../../locales/uk.json';
import { FIRST_TEXTS, REQUEST_TEXTS, TEXT_PARTS, textPartOf, textsOfPart } from '../first-texts';

// The app renders with the first part of the texts (first-texts.ts); pages other than
// `pageOnFirstTexts` ones wait for the rest. So the shell (everything main.tsx imports
// statically) and those pages may use only the first part's sections, or a visitor would see
// a key instead of a text until the rest arrives.

const src = path.resolve(__dirname, '../..');
const sections = new Set(Object.keys(en));

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const file of [`${base}.tsx`, `${base}.ts`, `${base}/index.ts`]) {
    if (fs.existsSync(file)) return file;
  }
  return null;
}

/**
 * A module and everything it imports statically (not `import type`), and with `lazy` also what
 * it imports with `import('./…')`: the parts a page loads on intent (ui/LoadOnIntent.tsx).
 */
function closure(file: string, lazy = false, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  const specs = [...code.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms)];
  if (lazy) specs.push(...code.matchAll(/\bimport\('(\.[^']+)'\)/g));
  for (const m of specs) {
    const next = resolve(file, m[1] ?? '');
    if (next && !next.includes(`${path.sep}gql${path.sep}`)) closure(next, lazy, seen);
  }
  return seen;
}

/**
 * The texts a module names, by section and subsection where the key shows it: any
 * 'section.sub…' string or template, as in t('auth.signIn.title') ("auth.signIn"); a key built
 * from the section on (t(`requests.${x}`)) counts as the whole section.
 */
function sectionsUsed(files: Iterable<string>): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of files) {
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/['"`]([a-zA-Z]+)\.(?:([a-zA-Z]+)\b(?!\()|[a-zA-Z${])/g)) {
      const section = m[1] ?? '';
      if (!sections.has(section)) continue;
      const key = m[2] ? `${section}.${m[2]}` : section;
      used.set(key, [...(used.get(key) ?? []), path.relative(src, file)]);
    }
  }
  return used;
}

const routes = path.join(src, 'app/routes.tsx');
const pagesOf = (helper: string) =>
  [
    ...fs
      .readFileSync(routes, 'utf8')
      .matchAll(new RegExp(`= ${helper}\\(\\s*\\(\\) => import\\('([^']+)'\\)`, 'g')),
  ].map((m) => resolve(routes, m[1] ?? '') ?? `missing ${m[1]}`);
const firstTextPages = pagesOf('pageOnFirstTexts');
const requestTextPages = pagesOf('pageOnRequestTexts');

const outside = (used: Map<string, string[]>) =>
  [...used].filter(([key]) => textPartOf(key) !== 'first');

describe('the first part of the texts', () => {
  it('has every section the shell uses', () => {
    const used = sectionsUsed(closure(path.join(src, 'main.tsx')));
    expect(used.has('nav.requests')).toBe(true); // the scan sees the header's links
    expect(outside(used)).toEqual([]);
  });

  it('has every section of the pages shown on it alone', () => {
    expect(firstTextPages.map((file) => path.basename(file))).toEqual(
      expect.arrayContaining(['SignInPage.tsx', 'RegisterPage.tsx', 'JoinPage.tsx']),
    );
    for (const page of firstTextPages) {
      expect([path.relative(src, page), outside(sectionsUsed(closure(page)))]).toEqual([
        path.relative(src, page),
        [],
      ]);
    }
  });

  it('leaves out what the other pages use (the check would see it)', () => {
    const list = sectionsUsed(closure(path.join(src, 'features/requests/RequestsPage.tsx')));
    expect(outside(list).map(([key]) => key)).toContain('requests.list');
  });

  it('names sections that exist', () => {
    for (const section of FIRST_TEXTS) expect(sections).toContain(section);
    for (const key of REQUEST_TEXTS) {
      const [section = '', sub = ''] = key.split('.');
      expect([key, Object.keys(en[section as keyof typeof en])]).toEqual([
        key,
        expect.arrayContaining([sub]),
      ]);
    }
  });

  it("has, with the request list's part, every text of the pages shown on those two", () => {
    expect(requestTextPages.map((file) => path.basename(file))).toEqual(['RequestsPage.tsx']);
    const onBoth = (used: Map<string, string[]>) =>
      [...used].filter(([key]) => textPartOf(key) === 'rest');
    for (const page of requestTextPages) {
      // The page and what it loads on intent (the Status filter's list).
      const files = closure(page, true);
      expect([...files].some((file) => file.endsWith('StatusFilterDropdown.tsx'))).toBe(true);
      const used = sectionsUsed(files);
      expect(used.has('requests.list')).toBe(true); // the scan sees the list's texts
      expect([path.relative(src, page), onBoth(used)]).toEqual([path.relative(src, page), []]);
    }
  });

  it.each([
    ['en', en],
    ['uk', uk],
    ['hu', hu],
    ['pl', pl],
  ])('splits %s into disjoint parts that together are the whole file', (_locale, texts) => {
    const parts = TEXT_PARTS.map((part) => textsOfPart(texts, part));
    const leaves = (value: unknown, at: string): string[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => leaves(v, at ? `${at}.${k}` : k))
        : [at];
    const all = parts.flatMap((part) => leaves(part, ''));
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(leaves(texts, '').sort());
    const requests = textsOfPart(texts, 'requests');
    expect(Object.keys(requests)).toEqual(['requests']);
    expect(
      Object.keys(requests.requests as object)
        .map((sub) => `requests.${sub}`)
        .sort(),
    ).toEqual([...REQUEST_TEXTS].sort());
    expect(Object.keys(textsOfPart(texts, 'first')).sort()).toEqual([...FIRST_TEXTS].sort());
  });
});
