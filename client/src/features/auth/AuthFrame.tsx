import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageTitle } from '../../ui/PageTitle';

interface AuthFrameProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  /** Below the card: links to the neighbouring pages. */
  footer?: ReactNode;
  width?: number;
}

/** The narrow, centred frame of the sign-in, registration and link pages. */
export function AuthFrame({ title, intro, children, footer, width = 480 }: AuthFrameProps) {
  return (
    <Stack gap="lg" maw={width} mx="auto">
      <PageTitle page={title} />
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        {intro && <Text c="dimmed">{intro}</Text>}
      </Stack>
      <Paper withBorder p="lg" radius="md">
        {children}
      </Paper>
      {footer}
    </Stack>
  );
}
