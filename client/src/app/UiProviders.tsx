import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { UI_KIT_PROPS } from './theme';

interface UiProvidersProps {
  children: ReactNode;
  /** "test" switches off transitions and portals (component tests). */
  env?: 'default' | 'test';
}

/**
 * The UI kit with the portal's theme; shared by the app and the component tests. The theme's
 * CSS variables and Mantine's global classes come with the build's stylesheet
 * (`virtual:portal-mantine-theme.css`, imported by main.tsx), not from the provider's render.
 */
export function UiProviders({ children, env = 'default' }: UiProvidersProps) {
  return (
    <MantineProvider {...UI_KIT_PROPS} withCssVariables={false} withGlobalClasses={false} env={env}>
      {children}
    </MantineProvider>
  );
}
