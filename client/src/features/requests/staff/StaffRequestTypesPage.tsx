import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROUTES } from '../../../../../shared/src/routes';
import { describeError } from '../../../lib/errors';
import { PageTitle } from '../../../ui/PageTitle';
import { useStaffRequestTypesQuery, useUpdateRequestTypeMutation } from '../../../gql/graphql';
import { LoadError } from '../../../ui/LoadError';
import { Loading } from '../../../ui/Loading';
import { BackLink } from '../../../ui/BackLink';
import { SectionCard } from '../../../ui/SectionCard';
import { NamesDialog } from './NamesDialog';
import { TargetsDialog } from './TargetsDialog';
import { nameOf, type Edit, type Portal, type RequestType, type TypeGroup } from './requestTypes';

/** Retiring and restoring types: which one waits, and what went wrong. */
function useSetActive() {
  const { t } = useTranslation();
  const [update] = useUpdateRequestTypeMutation();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const setActive = async (type: RequestType, { active }: { active: boolean }) => {
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
  return { setActive, busyId, problem, setProblem };
}

/** What a row, group or portal hands up: a dialog to open, a type to retire or restore. */
interface Handlers {
  onEdit: (edit: Edit) => void;
  onSetActive: (type: RequestType, active: boolean) => void;
  onTargets: (type: RequestType) => void;
  busyId: string | null;
}

interface TypeRowProps extends Handlers {
  type: RequestType;
  group: TypeGroup;
  parent: RequestType | null;
}

/** A type or sub-category: its name (and "inactive"), add a sub-category, rename, retire. */
function TypeRow(props: TypeRowProps) {
  const { type, group, parent, onEdit, onSetActive, busyId } = props;
  const { t } = useTranslation();
  const name = nameOf(type);
  const targets = type.serviceLevels;
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
        <Button
          size="compact-xs"
          variant="subtle"
          color={targets.own ? undefined : 'gray'}
          onClick={() => props.onTargets(type)}
          aria-label={t('requests.sla.targetsNamed', { name })}
          title={t('requests.sla.targetsTitle', { name })}
        >
          {t('requests.sla.targetsShort', {
            first: targets.firstResponseHours,
            resolution: targets.resolutionHours,
          })}
        </Button>
        {!parent && (
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => onEdit({ kind: 'addSub', group, parent: type })}
            aria-label={t('staff.requestTypes.addSubNamed', { name })}
          >
            {t('staff.requestTypes.addSub')}
          </Button>
        )}
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => onEdit({ kind: 'rename', type })}
          aria-label={t('staff.requestTypes.renameNamed', { name })}
        >
          {t('staff.requestTypes.rename')}
        </Button>
        <Button
          size="compact-xs"
          variant="subtle"
          color={type.active ? 'red' : 'teal'}
          loading={busyId === type.id}
          onClick={() => onSetActive(type, !type.active)}
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
}

/** A type with its sub-categories listed under it. */
function TypeItem(props: Handlers & { type: TypeGroup['types'][number]; group: TypeGroup }) {
  const { type } = props;
  return (
    <Card component="li" withBorder padding="xs" radius="sm">
      <TypeRow {...props} parent={null} />
      {type.children.length > 0 && (
        <Stack component="ul" gap={4} mt={6} p={0} pl="lg" m={0} style={{ listStyle: 'none' }}>
          {type.children.map((child) => (
            <li key={child.id}>
              <TypeRow {...props} type={child} parent={type} />
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}

/** A group of types, with "Add type". */
function GroupSection(props: Handlers & { group: TypeGroup }) {
  const { group } = props;
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-label={nameOf(group)}>
      <Group justify="space-between" gap="xs">
        <Title order={3} size="h5">
          {nameOf(group)}
        </Title>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => props.onEdit({ kind: 'addType', group })}
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
            <TypeItem key={type.id} {...props} type={type} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** A portal's groups of request types. */
function PortalCard(props: Handlers & { portal: Portal }) {
  const { portal } = props;
  const { t } = useTranslation();
  return (
    <SectionCard
      titleId={`portal-${portal.key}`}
      title={t(`requests.portals.${portal.key}`)}
      gap="lg"
    >
      {portal.requestTypeGroups.map((group) => (
        <GroupSection key={group.id} {...props} group={group} />
      ))}
    </SectionCard>
  );
}

/** /staff/request-types: the portals' request types and sub-categories, in four languages. */
export function StaffRequestTypesPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useStaffRequestTypesQuery({
    fetchPolicy: 'cache-and-network',
  });
  const [edit, setEdit] = useState<Edit | null>(null);
  const [targetsOf, setTargetsOf] = useState<RequestType | null>(null);
  const { setActive, busyId, problem, setProblem } = useSetActive();

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
  const handlers: Handlers = {
    onEdit: setEdit,
    onSetActive: (type, active) => void setActive(type, { active }),
    onTargets: setTargetsOf,
    busyId,
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
        <PortalCard key={portal.key} {...handlers} portal={portal} />
      ))}
      {targetsOf && <TargetsDialog type={targetsOf} onClose={() => setTargetsOf(null)} />}
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
