import { Anchor, Badge, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SEARCH_DELAY_MS } from '../../lib/useTypedSearch';
import { DOCUMENT_LINK_KINDS, MAX_DOCUMENT_LINKS } from '../../../../shared/src/document-links';
import { returnPath, ROUTES, staffReturnPath } from '../../../../shared/src/routes';
import {
  useLinkableDocumentsQuery,
  type DocumentLinkFieldsFragment,
  type ReturnStatus,
} from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { SectionCard } from '../../ui/SectionCard';

export type DocumentLink = DocumentLinkFieldsFragment;

const keyOf = (link: Pick<DocumentLink, 'kind' | 'id'>) => `${link.kind}:${link.id}`;

/**
 * Where a linked document is shown: the customer's order, invoice, return and product pages;
 * agents open returns in the staff area (orders and invoices are the customer's pages).
 */
export function documentPath(link: DocumentLink, side: 'customer' | 'staff'): string | null {
  switch (link.kind) {
    case 'RETURN_REQUEST':
      return side === 'staff' ? staffReturnPath(link.number) : returnPath(link.number);
    case 'ORDER':
      return side === 'staff' ? null : `${ROUTES.shopOrders}/${encodeURIComponent(link.id)}`;
    case 'INVOICE':
      return side === 'staff' ? null : `${ROUTES.shopInvoices}/${encodeURIComponent(link.id)}`;
    case 'PRODUCT':
      return side === 'staff' ? null : `${ROUTES.shopProducts}/${encodeURIComponent(link.number)}`;
  }
}

interface DocumentPickerProps {
  value: DocumentLink[];
  onChange: (links: DocumentLink[]) => void;
  error?: string;
}

/**
 * The documents a new request is about: the company's own orders, invoices and returns and the
 * catalogue's products, found on the server by any part of their number as it is typed.
 */
export function DocumentPicker({ value, onChange, error }: DocumentPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, SEARCH_DELAY_MS);
  const { data, loading } = useLinkableDocumentsQuery({
    variables: { search: debounced.trim() || null, first: 5 },
  });
  const known = useMemo(() => {
    const map = new Map<string, DocumentLink>();
    for (const link of [...value, ...(data?.linkableDocuments ?? [])]) map.set(keyOf(link), link);
    return map;
  }, [value, data]);
  const groups = DOCUMENT_LINK_KINDS.map((kind) => ({
    group: t(`documentLinks.kinds.${kind}`),
    items: [...known.values()]
      .filter((link) => link.kind === kind)
      .map((link) => ({
        value: keyOf(link),
        label: `${t(`documentLinks.kind.${kind}`)} ${link.label}`,
      })),
  })).filter((g) => g.items.length > 0);

  return (
    <MultiSelect
      label={t('documentLinks.picker')}
      description={t('documentLinks.pickerHint')}
      placeholder={value.length ? undefined : t('documentLinks.pickerPlaceholder')}
      data={groups}
      value={value.map(keyOf)}
      onChange={(keys) => onChange(keys.map((k) => known.get(k)!).filter(Boolean))}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has filtered the options already (by any way of writing the number).
      filter={({ options }) => options}
      nothingFoundMessage={loading ? t('documentLinks.searching') : t('documentLinks.nothingFound')}
      maxValues={MAX_DOCUMENT_LINKS}
      hidePickedOptions
      clearable
      error={error}
      maw={560}
    />
  );
}

/** The documents a request is about, each with its status and a link to it. */
export function LinkedDocuments({
  links,
  side,
}: {
  links: DocumentLink[];
  side: 'customer' | 'staff';
}) {
  const { t } = useTranslation();
  if (!links.length) return null;
  return (
    <SectionCard titleId="linked-documents-title" title={t('documentLinks.title')} gap="sm">
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {links.map((link) => {
          const to = documentPath(link, side);
          return (
            <Stack key={keyOf(link)} component="li" gap={2}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t(`documentLinks.kind.${link.kind}`)}
              </Text>
              <Group gap="xs" wrap="wrap">
                {to ? (
                  <Anchor component={Link} to={to} fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {link.label}
                  </Anchor>
                ) : (
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {link.label}
                  </Text>
                )}
                {link.status && <LinkStatus link={link} />}
              </Group>
              {link.date && (
                <Text size="sm" c="dimmed">
                  {formatDate(link.date)}
                </Text>
              )}
            </Stack>
          );
        })}
      </Stack>
    </SectionCard>
  );
}

function LinkStatus({ link }: { link: DocumentLink }) {
  const { t } = useTranslation();
  const text =
    link.kind === 'RETURN_REQUEST'
      ? t(`returns.status.${link.status as ReturnStatus}`)
      : t(`documentLinks.productStatus.${link.status as 'ACTIVE' | 'INACTIVE'}`);
  return (
    <Badge variant="light" color="gray">
      {text}
    </Badge>
  );
}
