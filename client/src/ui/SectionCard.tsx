import { Card, Stack, Title, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionCardProps {
  /** The heading's id, which names the section. */
  titleId: string;
  title: ReactNode;
  /** The space between the heading and what follows (md unless said otherwise). */
  gap?: MantineSpacing;
  children: ReactNode;
}

/** A bordered card that is a page section, named by its level-2 heading. */
export function SectionCard({ titleId, title, gap = 'md', children }: SectionCardProps) {
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap={gap}>
        <Title order={2} size="h3" id={titleId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
