import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { askAboutPath, type DocumentLinkKind } from '../../../shared/src/document-links';
import { requestPath } from '../../../shared/src/routes';
import type { TicketStatus } from '../../../shared/src/tickets';
import { SectionCard } from './SectionCard';

interface DocumentRequestsProps {
  kind: DocumentLinkKind;
  /** The document's number (the SKU of a product): "Ask about this" pre-fills it. */
  number: string;
  /** The requests about the document that the viewer may see. */
  tickets: ReadonlyArray<{ key: string; subject: string; status: TicketStatus }>;
}

/**
 * On an order, invoice or return page: the company's requests about it, and "Ask about this",
 * which opens a new request with the document already linked.
 */
export function DocumentRequests({ kind, number, tickets }: DocumentRequestsProps) {
  const { t } = useTranslation();
  return (
    <SectionCard titleId="document-requests-title" title={t('documentLinks.requestsTitle')}>
      {tickets.length === 0 ? (
        <Text c="dimmed">{t('documentLinks.noRequests')}</Text>
      ) : (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {tickets.map((ticket) => (
            <Group key={ticket.key} component="li" gap="sm" wrap="nowrap">
              <Anchor component={Link} to={requestPath(ticket.key)} fw={600}>
                {ticket.key}
              </Anchor>
              <Text style={{ overflowWrap: 'anywhere', flex: 1 }}>{ticket.subject}</Text>
              <Badge variant="light" color="gray" style={{ flex: 'none' }}>
                {t(`requests.status.${ticket.status}`)}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
      <Button
        component={Link}
        to={askAboutPath(kind, number)}
        variant="light"
        style={{ alignSelf: 'flex-start' }}
      >
        {t('documentLinks.ask')}
      </Button>
    </SectionCard>
  );
}
