import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROUTES } from '../../../../../shared/src/routes';
import { BackLink } from '../../../ui/BackLink';
import { PageTitle } from '../../../ui/PageTitle';
import { JoinRequestsList } from '../JoinRequestsList';

/** /staff/join-requests: requests to join companies that have no active administrator. */
export function StaffJoinRequestsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageTitle page={t('join.requests.staffTitle')} />
      <BackLink to={ROUTES.staff}>{t('join.requests.staffBack')}</BackLink>
      <Stack gap={4}>
        <Title order={1}>{t('join.requests.staffTitle')}</Title>
        <Text c="dimmed" maw={720}>
          {t('join.requests.staffIntro')}
        </Text>
      </Stack>
      <JoinRequestsList withCompany empty={<Text fw={600}>{t('join.requests.empty')}</Text>} />
    </Stack>
  );
}
