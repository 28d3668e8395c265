import {
  Alert,
  Button,
  Card,
  Center,
  Group,
  List,
  Loader,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { returnPath, ROUTES } from '../../../../../shared/src/routes';
import { describeError } from '../../../lib/errors';
import { PageTitle } from '../../../ui/PageTitle';
import { useReturnRequestQuery, type ReturnKind } from '../../../gql/graphql';
import { CheckIcon, DownloadIcon } from '../icons';

/** Router state of the confirmation, from the wizard's answer (a reload asks the server). */
export interface SentState {
  labelUrl: string;
  kind: ReturnKind;
}

/**
 * Steps 11–14 of the source: the confirmation with the RMA number, the label, and what to do
 * with the parcel.
 */
export function SentPage({ rmaNumber, state }: { rmaNumber: string; state: SentState | null }) {
  const { t } = useTranslation();
  const { data, loading, error } = useReturnRequestQuery({
    variables: { rmaNumber },
    skip: !!state?.labelUrl,
  });
  const labelUrl = state?.labelUrl ?? data?.returnRequest?.labelUrl ?? null;
  const kind = state?.kind ?? data?.returnRequest?.kind ?? 'RETURN';

  if (!state && loading && !data) {
    return (
      <Center py="xl">
        <Loader role="status" aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (!state && (error || !data?.returnRequest)) {
    return (
      <Alert color="red" variant="light" role="alert" title={t('returns.detail.loadFailed')}>
        {describeError(error, t)}
      </Alert>
    );
  }

  return (
    <Stack gap="xl" maw={760}>
      <PageTitle page={t('returns.sent.pageTitle', { rma: rmaNumber })} />
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon color="teal" radius="xl" size="lg" aria-hidden>
            <CheckIcon />
          </ThemeIcon>
          <Title order={1}>{t(`returns.sent.title.${kind}`)}</Title>
        </Group>
        <Text>{t('returns.sent.intro')}</Text>
      </Stack>

      <Card withBorder padding="lg" radius="md">
        <Stack gap="md" align="flex-start">
          <Stack gap={0}>
            <Text size="sm" c="dimmed">
              {t('returns.sent.rmaLabel')}
            </Text>
            <Text fz={32} fw={800} ff="monospace" data-testid="rma-number">
              {rmaNumber}
            </Text>
          </Stack>
          {labelUrl && (
            <Button
              component="a"
              href={labelUrl}
              target="_blank"
              rel="noopener"
              size="md"
              leftSection={<DownloadIcon />}
            >
              {t('returns.label.download')}
            </Button>
          )}
        </Stack>
      </Card>

      <Stack gap="xs">
        <Title order={2} size="h3" id="sent-next-title">
          {t('returns.sent.nextTitle')}
        </Title>
        <List type="ordered" spacing="xs" aria-labelledby="sent-next-title">
          <List.Item>{t('returns.sent.next.print')}</List.Item>
          <List.Item>{t('returns.sent.next.stick')}</List.Item>
          <List.Item>{t('returns.sent.next.send')}</List.Item>
          <List.Item>{t('returns.sent.next.follow')}</List.Item>
        </List>
      </Stack>

      <Group gap="sm">
        <Button component={Link} to={returnPath(rmaNumber)} variant="default">
          {t('returns.sent.view')}
        </Button>
        <Button component={Link} to={ROUTES.returnsNew} variant="subtle">
          {t('returns.sent.another')}
        </Button>
      </Group>
    </Stack>
  );
}
