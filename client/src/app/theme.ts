import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps links and filled buttons above 4.5:1 contrast on white (shade 6 is ~3.5:1).
  primaryShade: { light: 8, dark: 4 },
  focusRing: 'auto',
  defaultRadius: 'md',
  headings: { fontWeight: '700' },
});

/** Dimmed text dark enough for WCAG AA on white (Mantine's default gray.6 is ~3.3:1). */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057' },
  dark: {},
});
