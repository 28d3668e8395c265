import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { cssVariablesResolver, theme } from './theme';

interface UiProvidersProps {
  children: ReactNode;
  /** "test" switches off transitions and portals (component tests). */
  env?: 'default' | 'test';
}

/** The UI kit with the portal's theme; shared by the app and the component tests. */
export function UiProviders({ children, env = 'default' }: UiProvidersProps) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
      env={env}
    >
      {children}
    </MantineProvider>
  );
}
