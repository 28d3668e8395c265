import { Anchor, Group, List, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { SectionCard } from '../../ui/SectionCard';
import { useGettingStartedQuery } from '../../gql/graphql';

/** The steps, the field of GettingStarted that ticks each one, and where to do it. */
const STEPS = [
  ['billingAddress', ROUTES.company],
  ['colleaguesInvited', ROUTES.companyEmployees],
  ['firstOrderOrRequest', ROUTES.shop],
] as const;

function Tick({ done }: { done: boolean }) {
  return (
    <ThemeIcon
      size={22}
      radius="xl"
      color={done ? 'teal' : 'gray'}
      variant={done ? 'filled' : 'light'}
      aria-hidden
    >
      <Text size="xs" fw={700} c={done ? 'white' : 'dimmed'}>
        {done ? '✓' : '•'}
      </Text>
    </ThemeIcon>
  );
}

/**
 * An administrator's first steps after registration, ticked from the company's real data
 * (gettingStarted); gone once every step is done.
 */
export function GettingStartedCard() {
  const { t } = useTranslation();
  const { data } = useGettingStartedQuery({ fetchPolicy: 'cache-and-network' });
  const steps = data?.gettingStarted;
  if (!steps || steps.complete) return null;
  const done = STEPS.filter(([field]) => steps[field]).length;
  return (
    <SectionCard titleId="getting-started-title" title={t('home.checklist.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('home.checklist.intro')}</Text>
        <Group gap="sm" align="center">
          <Progress value={(done / STEPS.length) * 100} w={160} aria-hidden />
          <Text size="sm" c="dimmed">
            {t('home.checklist.progress', { done, total: STEPS.length })}
          </Text>
        </Group>
        <List spacing="sm" listStyleType="none" aria-label={t('home.checklist.title')}>
          {STEPS.map(([field, path]) => {
            const isDone = steps[field];
            return (
              <List.Item key={field} icon={<Tick done={isDone} />}>
                <Group gap="xs">
                  {isDone ? (
                    <Text td="line-through" c="dimmed">
                      {t(`home.checklist.steps.${field}`)}
                    </Text>
                  ) : (
                    <Anchor component={Link} to={path} fw={600}>
                      {t(`home.checklist.steps.${field}`)}
                    </Anchor>
                  )}
                  <Text size="sm" c={isDone ? 'teal.9' : 'dimmed'}>
                    ({isDone ? t('home.checklist.done') : t('home.checklist.todo')})
                  </Text>
                </Group>
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </SectionCard>
  );
}
