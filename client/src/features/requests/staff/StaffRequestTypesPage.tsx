import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../../../shared/src/locales';
import { ROUTES } from '../../../../../shared/src/routes';
import { describeError, firstApiError, hasCode } from '../../../lib/errors';
import { FormErrorAlert } from '../../../ui/forms';
import { currentLocale } from '../../../lib/locale';
import { PageTitle } from '../../../ui/PageTitle';
import {
  useCreateRequestTypeMutation,
  useStaffRequestTypesQuery,
  useUpdateRequestTypeMutation,
  type StaffRequestTypeFieldsFragment,
  type StaffRequestTypesQuery,
} from '../../../gql/graphql';
import { LoadError } from '../../../ui/LoadError';
import { Loading } from '../../../ui/Loading';
import { BackLink } from '../../../ui/BackLink';

type TypeGroup = StaffRequestTypesQuery['portals'][number]['requestTypeGroups'][number];
type RequestType = StaffRequestTypeFieldsFragment;
type Names = Record<Locale, string>;

/** What the names dialog is for: a new type, a new sub-category, or renaming one. */
type Edit =
  | { kind: 'addType'; group: TypeGroup }
  | { kind: 'addSub'; group: TypeGroup; parent: RequestType }
  | { kind: 'rename'; type: RequestType };

const EMPTY_NAMES: Names = { en: '', uk: '', hu: '', pl: '' };

/**
 * A group's or type's name in the UI language. `name` follows the account's saved language,
 * which for staff may differ from the language the page is shown in.
 */
const nameOf = (entry: { name: string; names: Names }) =>
  entry.names[currentLocale()] || entry.name;

/** /staff/request-types: the portals' request types and sub-categories, in four languages. */
export function StaffRequestTypesPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useStaffRequestTypesQuery({
    fetchPolicy: 'cache-and-network',
  });
  const [update] = useUpdateRequestTypeMutation();
  const [edit, setEdit] = useState<Edit | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (loading && !data) return <Loading />;
  if (!data) {
    return (
      <LoadError
        title={t('staff.requestTypes.loadFailed')}
        error={error}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }

  const setActive = async (type: RequestType, active: boolean) => {
    setProblem(null);
    setBusyId(type.id);
    try {
      await update({ variables: { id: type.id, active } });
    } catch (err) {
      setProblem(describeError(err, t));
    } finally {
      setBusyId(null);
    }
  };

  const typeRow = (type: RequestType, group: TypeGroup, parent: RequestType | null) => {
    const name = nameOf(type);
    return (
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Group gap="xs">
          <Text size="sm" fw={parent ? 400 : 600} c={type.active ? undefined : 'dimmed'}>
            {name}
          </Text>
          {!type.active && (
            <Badge color="gray" variant="light" size="sm">
              {t('staff.requestTypes.inactive')}
            </Badge>
          )}
        </Group>
        <Group gap={6} wrap="nowrap">
          {!parent && (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => setEdit({ kind: 'addSub', group, parent: type })}
              aria-label={t('staff.requestTypes.addSubNamed', { name })}
            >
              {t('staff.requestTypes.addSub')}
            </Button>
          )}
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setEdit({ kind: 'rename', type })}
            aria-label={t('staff.requestTypes.renameNamed', { name })}
          >
            {t('staff.requestTypes.rename')}
          </Button>
          <Button
            size="compact-xs"
            variant="subtle"
            color={type.active ? 'red' : 'teal'}
            loading={busyId === type.id}
            onClick={() => void setActive(type, !type.active)}
            aria-label={t(
              type.active ? 'staff.requestTypes.retireNamed' : 'staff.requestTypes.restoreNamed',
              { name },
            )}
          >
            {t(type.active ? 'staff.requestTypes.retire' : 'staff.requestTypes.restore')}
          </Button>
        </Group>
      </Group>
    );
  };

  return (
    <Stack gap="lg" maw={960}>
      <PageTitle page={t('staff.requestTypes.title')} />
      <BackLink to={ROUTES.staff}>{t('returns.staff.backToStaff')}</BackLink>
      <Stack gap="xs">
        <Title order={1}>{t('staff.requestTypes.title')}</Title>
        <Text c="dimmed">{t('staff.requestTypes.intro')}</Text>
      </Stack>
      {problem && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setProblem(null)}
        >
          {problem}
        </Alert>
      )}
      {data.portals.map((portal) => (
        <Card
          key={portal.key}
          withBorder
          padding="lg"
          radius="md"
          component="section"
          aria-labelledby={`portal-${portal.key}`}
        >
          <Stack gap="lg">
            <Title order={2} size="h3" id={`portal-${portal.key}`}>
              {t(`requests.portals.${portal.key}`)}
            </Title>
            {portal.requestTypeGroups.map((group) => (
              <Stack key={group.id} gap="xs" component="section" aria-label={nameOf(group)}>
                <Group justify="space-between" gap="xs">
                  <Title order={3} size="h5">
                    {nameOf(group)}
                  </Title>
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => setEdit({ kind: 'addType', group })}
                    aria-label={t('staff.requestTypes.addTypeNamed', { name: nameOf(group) })}
                  >
                    {t('staff.requestTypes.addType')}
                  </Button>
                </Group>
                {group.types.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('staff.requestTypes.noTypes')}
                  </Text>
                ) : (
                  <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
                    {group.types.map((type) => (
                      <Card key={type.id} component="li" withBorder padding="xs" radius="sm">
                        {typeRow(type, group, null)}
                        {type.children.length > 0 && (
                          <Stack
                            component="ul"
                            gap={4}
                            mt={6}
                            p={0}
                            pl="lg"
                            m={0}
                            style={{ listStyle: 'none' }}
                          >
                            {type.children.map((child) => (
                              <li key={child.id}>{typeRow(child, group, type)}</li>
                            ))}
                          </Stack>
                        )}
                      </Card>
                    ))}
                  </Stack>
                )}
              </Stack>
            ))}
          </Stack>
        </Card>
      ))}
      {edit && (
        <NamesDialog
          edit={edit}
          onClose={() => setEdit(null)}
          onCreated={() => void refetch().catch(() => undefined)}
        />
      )}
    </Stack>
  );
}

/** The four names of a new type or sub-category, or of one being renamed (all required). */
function NamesDialog({
  edit,
  onClose,
  onCreated,
}: {
  edit: Edit;
  onClose: () => void;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const [names, setNames] = useState<Names>(() =>
    edit.kind === 'rename'
      ? {
          en: edit.type.names.en,
          uk: edit.type.names.uk,
          hu: edit.type.names.hu,
          pl: edit.type.names.pl,
        }
      : EMPTY_NAMES,
  );
  const [errors, setErrors] = useState<Partial<Names>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [create, { loading: creating }] = useCreateRequestTypeMutation();
  const [update, { loading: updating }] = useUpdateRequestTypeMutation();
  const busy = creating || updating;

  const title =
    edit.kind === 'addType'
      ? t('staff.requestTypes.dialog.addType', { group: nameOf(edit.group) })
      : edit.kind === 'addSub'
        ? t('staff.requestTypes.dialog.addSub', { type: nameOf(edit.parent) })
        : t('staff.requestTypes.dialog.rename', { name: nameOf(edit.type) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const trimmed = Object.fromEntries(LOCALES.map((l) => [l, names[l].trim()])) as Names;
    const found: Partial<Names> = {};
    for (const l of LOCALES) if (!trimmed[l]) found[l] = t('staff.requestTypes.nameRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      if (edit.kind === 'rename') {
        await update({ variables: { id: edit.type.id, names: trimmed } });
      } else {
        await create({
          variables: {
            groupId: edit.group.id,
            parentId: edit.kind === 'addSub' ? edit.parent.id : null,
            names: trimmed,
          },
        });
        onCreated();
      }
      onClose();
    } catch (err) {
      setFormError(
        hasCode(err, 'BAD_USER_INPUT')
          ? (firstApiError(err)?.message ?? describeError(err, t))
          : describeError(err, t),
      );
    }
  };

  return (
    <Modal opened onClose={() => !busy && onClose()} title={title} centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          {formError && <FormErrorAlert>{formError}</FormErrorAlert>}
          {LOCALES.map((l, i) => (
            <TextInput
              key={l}
              label={t(`staff.requestTypes.lang.${l}`)}
              lang={l}
              value={names[l]}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setNames((n) => ({ ...n, [l]: value }));
                setErrors((er) => ({ ...er, [l]: undefined }));
              }}
              error={errors[l]}
              required
              maxLength={120}
              data-autofocus={i === 0 || undefined}
            />
          ))}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {edit.kind === 'rename' ? t('common.save') : t('staff.requestTypes.dialog.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
