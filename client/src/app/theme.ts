import {
  createTheme,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineProviderProps,
  type MantineColorsTuple,
} from '@mantine/core';

/** Orange 9 darkened from #d9480f (4.3:1 on white) to 5.2:1, for orange text such as warnings. */
const orange = DEFAULT_THEME.colors.orange.map((shade, i) =>
  i === 9 ? '#c2410c' : shade,
) as unknown as MantineColorsTuple;

export const theme = createTheme({
  primaryColor: 'blue',
  // Shade 8 keeps links and filled buttons above 4.5:1 contrast on white (shade 6 is ~3.5:1).
  primaryShade: { light: 8, dark: 4 },
  focusRing: 'auto',
  colors: { orange },
  defaultRadius: 'md',
  headings: { fontWeight: '700' },
  // Plain objects, not Alert.extend(…)/Modal.extend(…): importing the components here would put
  // Modal (and its scroll lock) into the code every page loads first.
  components: {
    // Mantine colours an alert's title with shade 9 on a tinted background: below 4.5:1 for
    // orange, green and yellow. The title takes the text colour; the background keeps the hue.
    Alert: { styles: { title: { color: 'var(--mantine-color-text)' } } },
    Modal: { styles: { title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } } },
  },
});

/**
 * Dimmed text, placeholders and field errors dark enough for WCAG AA on white (Mantine's
 * default gray.6 is ~3.3:1, its placeholder gray.5 ~2.1:1, its error red.6 ~3.3:1; red.9 is
 * ~5.5:1). Teal "light" badges (status badges) get text of 6.4:1 on their tint instead of
 * teal.9's ~4.4:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
    '--mantine-color-placeholder': t.colors.gray[7] ?? '#495057',
    '--mantine-color-teal-light-color': '#066649',
  },
  dark: {},
});

/**
 * The provider's options that decide its CSS: the app's provider (`UiProviders.tsx`) and the
 * build, which renders the provider once to write that CSS as a stylesheet
 * (`client/vite.mantine-styles.mts`), take them from here.
 */
export const UI_KIT_PROPS = {
  theme,
  cssVariablesResolver,
  defaultColorScheme: 'light',
} as const satisfies Omit<MantineProviderProps, 'children'>;
