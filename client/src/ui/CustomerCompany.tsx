import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Who the customer is, as staff pages and queues show it. */
export interface CompanySummary {
  name: string;
  taxId: string;
  contracted: boolean;
}

/** "Contract customer" or "No contract". */
export function ContractBadge({ contracted }: { contracted: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={contracted ? 'teal' : 'gray'} size="sm">
      {contracted ? t('staff.customer.contracted') : t('staff.customer.notContracted')}
    </Badge>
  );
}

/** A queue row's company cell: the name, the tax ID under it, the contract state. */
export function CompanyCell({ company }: { company: CompanySummary | null | undefined }) {
  const { t } = useTranslation();
  if (!company) return <>—</>;
  return (
    <Stack gap={2} align="flex-start">
      <Text size="sm" fw={600}>
        {company.name}
      </Text>
      <Text size="xs" c="dimmed">
        {t('staff.customer.taxId')} {company.taxId}
      </Text>
      <ContractBadge contracted={company.contracted} />
    </Stack>
  );
}

/** The "Customer" card of a staff page: company name, tax ID, contract state. */
export function CustomerCard({ company }: { company: CompanySummary | null | undefined }) {
  const { t } = useTranslation();
  if (!company) return null;
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="customer-title">
      <Stack gap={6}>
        <Title order={2} size="h4" id="customer-title">
          {t('staff.customer.title')}
        </Title>
        <Group gap="sm" align="center">
          <Text fw={700}>{company.name}</Text>
          <ContractBadge contracted={company.contracted} />
        </Group>
        <Text size="sm">
          {t('staff.customer.taxId')}: <span translate="no">{company.taxId}</span>
        </Text>
      </Stack>
    </Card>
  );
}
