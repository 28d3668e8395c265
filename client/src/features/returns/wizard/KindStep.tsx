import { Button, Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReturnKind } from '../../../gql/graphql';

const KINDS: readonly ReturnKind[] = ['RETURN', 'SERVICE'];

/** Step 1: a return of goods, or a service (warranty / repair) request. */
export function KindStep({
  kind,
  onChoose,
}: {
  kind: ReturnKind | null;
  onChoose: (kind: ReturnKind) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<ReturnKind | null>(kind);
  const [error, setError] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!value) {
      setError(true);
      return;
    }
    onChoose(value);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={760}>
        <Radio.Group
          value={value}
          onChange={(v) => {
            setValue(v as ReturnKind);
            setError(false);
          }}
          label={t('returns.wizard.kind.label')}
          error={error ? t('returns.wizard.kind.required') : undefined}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="xs">
            {KINDS.map((k) => (
              <Radio.Card key={k} value={k} p="md" radius="md">
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator mt={3} />
                  <div>
                    <Text fw={700}>{t(`returns.kind.${k}`)}</Text>
                    <Text size="sm" c="dimmed">
                      {t(`returns.wizard.kind.hint.${k}`)}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
        <Group>
          <Button type="submit">{t('returns.wizard.next')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
