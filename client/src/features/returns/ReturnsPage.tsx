import { Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { RETURN_STATUSES, type ReturnStatus } from '../../../../shared/src/rma';
import { returnPath, ROUTES } from '../../../../shared/src/routes';
import { PageTitle } from '../../ui/PageTitle';
import { PlusIcon } from './icons';
import { ReturnsTable } from './ReturnsTable';

const isStatus = (value: string | null): value is ReturnStatus =>
  !!value && (RETURN_STATUSES as readonly string[]).includes(value);

/** /returns: the company's returns and service requests, newest first. */
export function ReturnsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = params.get('status');
  const filter = isStatus(status) ? { statuses: [status] } : {};

  return (
    <Stack gap="lg">
      <PageTitle page={t('returns.list.pageTitle')} />
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <Title order={1} id="returns-title">
            {t('returns.list.title')}
          </Title>
          <Text c="dimmed" maw={680}>
            {t('returns.list.intro')}
          </Text>
        </Stack>
        <Button component={Link} to={ROUTES.returnsNew} size="md" leftSection={<PlusIcon />}>
          {t('returns.list.new')}
        </Button>
      </Group>
      <NativeSelect
        label={t('returns.list.filterStatus')}
        value={isStatus(status) ? status : ''}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setParams(value ? { status: value } : {}, { replace: true });
        }}
        maw={280}
      >
        <option value="">{t('returns.list.allStatuses')}</option>
        {RETURN_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`returns.status.${s}`)}
          </option>
        ))}
      </NativeSelect>
      <ReturnsTable
        key={status ?? ''}
        filter={filter}
        linkTo={returnPath}
        titleId="returns-title"
        empty={isStatus(status) ? t('returns.list.emptyFiltered') : t('returns.list.empty')}
      />
    </Stack>
  );
}
