import {
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RETURN_STATUSES, type ReturnStatus } from '../../../../../shared/src/rma';
import { ROUTES, staffReturnPath } from '../../../../../shared/src/routes';
import { PageTitle } from '../../../ui/PageTitle';
import type { ReturnKind, ReturnRequestFilter } from '../../../gql/graphql';
import { ReturnsTable, type ReturnColumn } from '../ReturnsTable';
import { BackLink } from '../../../ui/BackLink';
import { CompanyPicker, type PickedCompany } from '../../../ui/CompanyPicker';
import { CompanyCell } from '../../../ui/CustomerCompany';

/** "open" (the default: everything not closed), "all", or one status. */
type StatusChoice = 'open' | 'all' | ReturnStatus;
const OPEN: ReturnStatus[] = RETURN_STATUSES.filter((s) => s !== 'CLOSED' && s !== 'CANCELED');

interface Filters {
  status: StatusChoice;
  kind: ReturnKind | '';
  company: PickedCompany | null;
  older: string;
  rma: string;
}

function readFilters(params: URLSearchParams): Filters {
  const status = params.get('status') ?? 'open';
  const kind = params.get('kind');
  return {
    status:
      status === 'all' || (RETURN_STATUSES as readonly string[]).includes(status)
        ? (status as StatusChoice)
        : 'open',
    kind: kind === 'RETURN' || kind === 'SERVICE' ? kind : '',
    company: params.get('company')
      ? { id: params.get('company')!, name: params.get('companyName') ?? params.get('company')! }
      : null,
    older: /^\d+$/.test(params.get('older') ?? '') ? params.get('older')! : '',
    rma: params.get('rma') ?? '',
  };
}

function toApiFilter(f: Filters): ReturnRequestFilter {
  const filter: ReturnRequestFilter = {};
  if (f.status === 'open') filter.statuses = OPEN;
  else if (f.status !== 'all') filter.statuses = [f.status];
  if (f.kind) filter.kind = f.kind;
  if (f.company) filter.companyId = f.company.id;
  if (f.older) filter.olderThanDays = Number(f.older);
  if (f.rma.trim()) filter.rmaNumber = f.rma.trim();
  return filter;
}

function toParams(f: Filters): Record<string, string> {
  const params: Record<string, string> = {};
  if (f.status !== 'open') params.status = f.status;
  if (f.kind) params.kind = f.kind;
  if (f.company) {
    params.company = f.company.id;
    params.companyName = f.company.name;
  }
  if (f.older) params.older = f.older;
  if (f.rma.trim()) params.rma = f.rma.trim();
  return params;
}

const ageInDays = (iso: string) =>
  Math.max(0, Math.floor((Date.now() - new Date(iso).getTime()) / 86_400_000));

/** How long an open return has waited. */
function ageColumn(t: TFunction): ReturnColumn {
  return {
    header: t('returns.list.age'),
    cell: (r) => {
      if (r.closedAt) return '—';
      const days = ageInDays(r.createdAt);
      return days === 0 ? t('returns.list.today') : t('returns.list.days', { n: days });
    },
  };
}

interface FilterFieldsProps {
  draft: Filters;
  set: <K extends keyof Filters>(key: K, value: Filters[K]) => void;
}

/** Status, kind, RMA number, age and company of the returns to list. */
function FilterFields({ draft, set }: FilterFieldsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }} spacing="sm">
      <NativeSelect
        label={t('returns.list.filterStatus')}
        value={draft.status}
        onChange={(e) => set('status', e.currentTarget.value as StatusChoice)}
      >
        <option value="open">{t('returns.staff.openStatuses')}</option>
        <option value="all">{t('returns.list.allStatuses')}</option>
        {RETURN_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`returns.status.${s}`)}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        label={t('returns.list.kind')}
        value={draft.kind}
        onChange={(e) => set('kind', e.currentTarget.value as Filters['kind'])}
      >
        <option value="">{t('returns.staff.allKinds')}</option>
        <option value="RETURN">{t('returns.kind.RETURN')}</option>
        <option value="SERVICE">{t('returns.kind.SERVICE')}</option>
      </NativeSelect>
      <TextInput
        label={t('returns.staff.rmaFilter')}
        placeholder="RMA-2026-"
        value={draft.rma}
        onChange={(e) => set('rma', e.currentTarget.value)}
      />
      <NumberInput
        label={t('returns.staff.olderThan')}
        value={draft.older === '' ? '' : Number(draft.older)}
        onChange={(v) => set('older', typeof v === 'number' ? String(v) : '')}
        min={0}
        allowDecimal={false}
        allowNegative={false}
      />
      <CompanyPicker value={draft.company} onChange={(company) => set('company', company)} />
    </SimpleGrid>
  );
}

/** The filters card: edited as a draft, applied to the address on submit. */
function FilterCard({ applied, onApply }: { applied: Filters; onApply: (f: Filters) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Filters>(applied);
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    const empty: Filters = { status: 'open', kind: '', company: null, older: '', rma: '' };
    setDraft(empty);
    onApply(empty);
  };

  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="section"
      aria-label={t('returns.staff.filters')}
    >
      <form onSubmit={apply} noValidate>
        <Stack gap="sm">
          <FilterFields draft={draft} set={set} />
          <Group gap="sm">
            <Button type="submit">{t('returns.staff.apply')}</Button>
            <Button variant="subtle" color="gray" onClick={clear}>
              {t('returns.staff.clear')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** /staff/returns: every company's returns, to process; filters live in the address. */
export function StaffReturnsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const applied = readFilters(params);

  return (
    <Stack gap="lg">
      <PageTitle page={t('returns.staff.queueTitle')} />
      <BackLink to={ROUTES.staff}>{t('returns.staff.backToStaff')}</BackLink>
      <Stack gap={4}>
        <Title order={1} id="staff-returns-title">
          {t('returns.staff.queueTitle')}
        </Title>
        <Text c="dimmed" maw={720}>
          {t('returns.staff.queueIntro')}
        </Text>
      </Stack>
      <FilterCard applied={applied} onApply={(f) => setParams(toParams(f))} />
      <ReturnsTable
        key={params.toString()}
        filter={toApiFilter(applied)}
        linkTo={staffReturnPath}
        titleId="staff-returns-title"
        empty={t('returns.staff.empty')}
        extraColumns={[
          { header: t('returns.list.company'), cell: (r) => <CompanyCell company={r.company} /> },
          ageColumn(t),
        ]}
      />
    </Stack>
  );
}
