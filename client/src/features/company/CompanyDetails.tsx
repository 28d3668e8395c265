import {
  Alert,
  Button,
  Card,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, fieldErrors } from '../../lib/errors';
import { countryName, FormErrorAlert } from '../../ui/forms';
import { PageTitle } from '../../ui/PageTitle';
import { TaxIdPendingNote } from '../../ui/TaxIdPendingNote';
import { useViewer } from '../../lib/session';
import { fieldChecks } from '../../lib/validation';
import { AddressesSection } from './AddressesSection';
import { useUpdateCompanyMutation, type CompanyFieldsFragment } from '../../gql/graphql';

type Editable = 'name';

type FormValues = Record<Editable, string>;
type FormErrors = Partial<Record<Editable, string>>;

const initialValues = (company: CompanyFieldsFragment): FormValues => ({
  name: company.name,
});

/** The form's state and its save: checks the name, sends, and words what the server refused. */
function useCompanyForm(company: CompanyFieldsFragment) {
  const { t } = useTranslation();
  const [updateCompany, { loading }] = useUpdateCompanyMutation();
  const [values, setValues] = useState<FormValues>(() => initialValues(company));
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (field: Editable) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFormError(null);
    const name = fieldChecks(t).companyName(values.name);
    setErrors(name ? { name } : {});
    if (name) return;
    const trimmed = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, v.trim()]),
    ) as FormValues;
    try {
      await updateCompany({ variables: { input: trimmed } });
      setSaved(true);
    } catch (err) {
      const byField = fieldErrors(err, t) as FormErrors;
      if (Object.keys(byField).length > 0) setErrors(byField);
      else setFormError(describeError(err, t));
    }
  };
  return { values, errors, formError, saved, loading, set, submit };
}

function CompanyForm({ company }: { company: CompanyFieldsFragment }) {
  const { t } = useTranslation();
  const { values, errors, formError, saved, loading, set, submit } = useCompanyForm(company);
  const field = (name: Editable) => ({
    value: values[name],
    onChange: set(name),
    error: errors[name],
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="md">
        {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
        {saved && (
          <Alert color="green" variant="light" role="status">
            {t('company.details.saved')}
          </Alert>
        )}
        <TextInput label={t('fields.companyName')} {...field('name')} required />
        <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('common.save')}
        </Button>
      </Stack>
    </form>
  );
}

/** The name as a row, for members (administrators see it in the form). */
function NameRow({ company }: { company: CompanyFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Th>{t('fields.companyName')}</Table.Th>
      <Table.Td>{company.name}</Table.Td>
    </Table.Tr>
  );
}

/** Tax ID, country, whether the tax ID is confirmed, customer type (and the name). */
function RegistrationFacts({
  company,
  isAdmin,
}: {
  company: CompanyFieldsFragment;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card
      withBorder
      padding="lg"
      component="section"
      aria-labelledby="company-facts-title"
      style={{ alignSelf: 'start' }}
    >
      <Title order={2} size="h3" mb="md" id="company-facts-title">
        {t('company.details.registration')}
      </Title>
      <Table variant="vertical" withRowBorders={false} layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={160}>{t('fields.taxId')}</Table.Th>
            <Table.Td>{company.taxId}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('company.details.taxIdStatus')}</Table.Th>
            <Table.Td>
              {company.taxIdConfirmed
                ? t('company.details.taxIdConfirmed')
                : t('company.details.taxIdWaiting')}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('fields.country')}</Table.Th>
            <Table.Td>{countryName(company.country)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('company.details.customerType')}</Table.Th>
            <Table.Td>
              {company.contracted
                ? t('company.details.contracted')
                : t('company.details.registered')}
            </Table.Td>
          </Table.Tr>
          {!isAdmin && <NameRow company={company} />}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="md">
        {isAdmin ? t('company.details.taxIdFixed') : t('company.details.memberHint')}
      </Text>
    </Card>
  );
}

/** The company tab: registration facts and addresses for everyone; administrators edit them. */
export function CompanyDetails() {
  const { t } = useTranslation();
  const { company, isAdmin } = useViewer();
  if (!company) return null;
  return (
    <Stack gap="lg">
      <TaxIdPendingNote />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <PageTitle page={t('company.tabs.details')} />
        <RegistrationFacts company={company} isAdmin={isAdmin} />
        {isAdmin && (
          <Card withBorder padding="lg" component="section" aria-labelledby="company-edit-title">
            <Title order={2} size="h3" mb="md" id="company-edit-title">
              {t('company.details.nameTitle')}
            </Title>
            <CompanyForm company={company} />
          </Card>
        )}
      </SimpleGrid>
      <AddressesSection isAdmin={isAdmin} />
    </Stack>
  );
}
