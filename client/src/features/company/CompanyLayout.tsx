import { Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { ROUTES } from '../../../../shared/src/routes';
import { useViewer } from '../../lib/session';

/** /company and /company/employees: the company's name over two tabs. */
export function CompanyLayout() {
  const { t } = useTranslation();
  const { company } = useViewer();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const active = pathname.startsWith(ROUTES.companyEmployees) ? 'employees' : 'details';
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text c="dimmed" size="sm" fw={600} tt="uppercase">
          {t('company.kicker')}
        </Text>
        <Group gap="sm" align="center">
          <Title order={1}>{company?.name}</Title>
          {company?.contracted && (
            <Badge color="teal" variant="light">
              {t('company.contracted')}
            </Badge>
          )}
        </Group>
      </Stack>
      <Tabs
        value={active}
        keepMounted={false}
        onChange={(value) =>
          navigate(value === 'employees' ? ROUTES.companyEmployees : ROUTES.company)
        }
      >
        <Tabs.List>
          <Tabs.Tab value="details">{t('company.tabs.details')}</Tabs.Tab>
          <Tabs.Tab value="employees">{t('company.tabs.employees')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details" pt="lg">
          <Outlet />
        </Tabs.Panel>
        <Tabs.Panel value="employees" pt="lg">
          <Outlet />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
