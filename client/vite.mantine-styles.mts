import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Plugin } from 'vite';
import { UI_KIT_PROPS } from './src/app/theme';

const FULL_SHEET = '@mantine/core/styles.css';
const VIRTUAL = 'virtual:portal-mantine-styles.css';
/** Mantine's own base: its reset, CSS variables and global rules, always first. */
const BASE = ['baseline.css', 'default-css-variables.css', 'global.css'];
/** `import { A, type B, C as D } from '@mantine/core'` in our sources. */
const NAMED_IMPORT = /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'@mantine\/core'/g;
/** A relative import or re-export inside Mantine's ES modules. */
const RELATIVE = /(?:from|import)\s*"(\.{1,2}\/[^"]+)"/g;

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === '__tests__' || entry.name === 'graphiql' ? [] : sourcesUnder(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/**
 * The stylesheet files (in @mantine/core/styles/) that the components our sources import need:
 * each component's own and those of every component it is built from (Select: Combobox, Input,
 * Popover …), found by following Mantine's module imports to their `*.module.mjs` (one per
 * stylesheet, same name); in the order of the full sheet, so the cascade is the full sheet's.
 */
export function mantineStylesheets(sourceDir: string): string[] {
  const require = createRequire(import.meta.url);
  const fullSheet = require.resolve(FULL_SHEET);
  const esm = path.join(path.dirname(fullSheet), 'esm');
  const esmIndex = path.join(esm, 'index.mjs');
  const stylesDir = path.join(path.dirname(fullSheet), 'styles');

  // Where each exported name lives: index.mjs imports every name from its module.
  const moduleOf = new Map<string, string>();
  for (const m of fs
    .readFileSync(esmIndex, 'utf8')
    .matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g))
    for (const name of m[1]!.split(','))
      moduleOf.set(
        name
          .trim()
          .split(/\s+as\s+/)[0]!
          .trim(),
        path.join(esm, m[2]!),
      );

  const used = new Set<string>();
  for (const file of sourcesUnder(sourceDir))
    for (const m of fs.readFileSync(file, 'utf8').matchAll(NAMED_IMPORT))
      for (const part of m[1]!.split(',')) {
        const name = part
          .replace(/^\s*type\s+/, '')
          .split(/\s+as\s+/)[0]!
          .trim();
        const module = moduleOf.get(name);
        if (module) used.add(module);
      }

  const seen = new Set<string>();
  const sheets = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const module = /([^/\\]+)\.module\.mjs$/.exec(file);
    if (module) sheets.add(`${module[1]}.css`);
    for (const m of fs.readFileSync(file, 'utf8').matchAll(RELATIVE))
      walk(path.resolve(path.dirname(file), m[1]!));
  };
  used.forEach(walk);

  // Each sheet's place in the full sheet, found once (by its first 300 characters).
  const full = fs.readFileSync(fullSheet, 'utf8');
  const place = new Map<string, number>();
  for (const sheet of sheets) {
    const start = fs.readFileSync(path.join(stylesDir, sheet), 'utf8').slice(0, 300);
    const index = full.indexOf(start);
    if (index < 0) throw new Error(`@mantine/core/styles/${sheet} is not in styles.css`);
    place.set(sheet, index);
  }
  const ordered = [...sheets].sort((a, b) => place.get(a)! - place.get(b)!);
  return [...BASE, ...ordered].map((sheet) => path.join(stylesDir, sheet));
}

/**
 * The build's Mantine styles: only the stylesheets of the components the app uses, instead of
 * the whole sheet (`@mantine/core/styles.css`, 30 KB gzipped, render-blocking on every page:
 * Lighthouse's largest "render-blocking" saving on the request list, issue 11). The dev server
 * keeps the whole sheet.
 */
export function mantineStyles(options: { sourceDir: string }): Plugin {
  let files: string[] = [];
  return {
    name: 'portal-mantine-styles',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      files = mantineStylesheets(options.sourceDir);
      for (const file of files) this.addWatchFile(file);
    },
    resolveId(id) {
      return id === FULL_SHEET ? VIRTUAL : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      return files.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
    },
  };
}

const THEME_SHEET = 'virtual:portal-mantine-theme.css';
/** The `<style data-mantine-styles…>` elements MantineProvider renders. */
const PROVIDER_STYLE = /<style data-mantine-styles="[^"]*">([^<]*)<\/style>/g;

/**
 * What MantineProvider would write into every page at its first render, as a stylesheet of
 * the build: the theme's CSS variables (those that differ from Mantine's defaults, the colour
 * schemes' included) and its global classes (`mantine-visible-from-sm` …). Mantine computes
 * them in the browser by resolving every colour of two themes, ours and its default, to keep
 * the differences: the app's first render paid for that on every load (issue 11). They depend
 * only on the theme, so the build renders the provider once, with React in Node and the app's
 * own provider options, and keeps its style elements' text; the app's provider renders
 * neither (`withCssVariables` and `withGlobalClasses` off, `client/src/app/UiProviders.tsx`).
 */
export function mantineThemeSheet(): string {
  const html = renderToStaticMarkup(createElement(MantineProvider, UI_KIT_PROPS, null));
  const sheets = [...html.matchAll(PROVIDER_STYLE)].map((m) => m[1]!);
  // The classes are always there; the variables only where the theme differs from Mantine's.
  if (!sheets.length) throw new Error('MantineProvider rendered no style element');
  return sheets.join('\n');
}

/** `virtual:portal-mantine-theme.css` (main.tsx imports it): the theme's sheet, in dev too. */
export function mantineTheme(): Plugin {
  return {
    name: 'portal-mantine-theme',
    resolveId(id) {
      return id === THEME_SHEET ? THEME_SHEET : null;
    },
    load(id) {
      return id === THEME_SHEET ? mantineThemeSheet() : null;
    },
  };
}
