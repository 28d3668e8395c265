import fs from 'node:fs';
import path from 'node:path';
import en from '../../locales/en.json';
import { FIRST_TEXTS, REQUEST_TEXTS, TEXT_PARTS, textPartOf } from '../first-texts';

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

/** A module and everything it imports statically (not `import type`, not `import()`). */
function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = fs.readFileSync(file, 'utf8');
  for (const m of code.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'(\.[^']+)'/gms)) {
    const next = resolve(file, m[1] ?? '');
    if (next && !next.includes(`${path.sep}gql${path.sep}`)) closure(next, seen);
  }
  return seen;
}

/** The text sections a module names: any 'section.key…' string or template, as in t('auth.title'). */
function sectionsUsed(files: Iterable<string>): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of files) {
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/['"`]([a-zA-Z]+)\.[a-zA-Z${]/g)) {
      const section = m[1] ?? '';
      if (!sections.has(section)) continue;
      used.set(section, [...(used.get(section) ?? []), path.relative(src, file)]);
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
  [...used].filter(([section]) => !(FIRST_TEXTS as readonly string[]).includes(section));

describe('the first part of the texts', () => {
  it('has every section the shell uses', () => {
    const used = sectionsUsed(closure(path.join(src, 'main.tsx')));
    expect(used.has('nav')).toBe(true); // the scan sees the header's links
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
    expect(outside(list).map(([section]) => section)).toContain('requests');
  });

  it('names sections that exist', () => {
    for (const section of [...FIRST_TEXTS, ...REQUEST_TEXTS]) expect(sections).toContain(section);
  });

  it("has, with the request list's part, every section of the pages shown on those two", () => {
    expect(requestTextPages.map((file) => path.basename(file))).toEqual(['RequestsPage.tsx']);
    const onBoth = (used: Map<string, string[]>) =>
      [...used].filter(([section]) => textPartOf(section) === 'rest');
    for (const page of requestTextPages) {
      const used = sectionsUsed(closure(page));
      expect(used.has('requests')).toBe(true); // the scan sees the list's texts
      expect([path.relative(src, page), onBoth(used)]).toEqual([path.relative(src, page), []]);
    }
  });

  it('puts every section in exactly one part', () => {
    expect(FIRST_TEXTS.filter((s) => (REQUEST_TEXTS as readonly string[]).includes(s))).toEqual([]);
    const byPart = Object.fromEntries(
      TEXT_PARTS.map((part) => [part, [...sections].filter((s) => textPartOf(s) === part)]),
    );
    expect(byPart.requests).toEqual([...REQUEST_TEXTS]);
    expect(Object.values(byPart).flat().sort()).toEqual([...sections].sort());
  });
});
