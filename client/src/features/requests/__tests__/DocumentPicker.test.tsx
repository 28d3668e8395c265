import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../../../../test/render';
import { LinkableDocumentsDocument, type DocumentLinkFieldsFragment } from '../../../gql/graphql';
import { DocumentPicker } from '../DocumentLinks';

const invoice = {
  __typename: 'DocumentLink' as const,
  kind: 'INVOICE' as const,
  id: 'i0000000-0000-4000-8000-000000000123',
  label: 'FV/2026/000123',
  number: 'FV/2026/000123',
  status: null as string | null,
  date: '2026-03-02T10:00:00.000Z',
};
const order = {
  __typename: 'DocumentLink' as const,
  kind: 'ORDER' as const,
  id: 'o0000000-0000-4000-8000-000000000042',
  label: 'ZAM/2026/000042',
  number: 'ZAM/2026/000042',
  status: null as string | null,
  date: '2026-03-01T10:00:00.000Z',
};

/** The server's answers: recent documents for an empty search, the invoice for "fv 2026". */
const searched: Array<string | null> = [];
const mock = {
  request: { query: LinkableDocumentsDocument, variables: () => true },
  result: (vars: Record<string, unknown>) => {
    searched.push((vars.search as string | null) ?? null);
    return { data: { linkableDocuments: vars.search ? [invoice] : [order, invoice] } };
  },
  maxUsageCount: 20,
};

function Picker({ seen }: { seen: (links: DocumentLinkFieldsFragment[]) => void }) {
  const [links, setLinks] = useState<DocumentLinkFieldsFragment[]>([]);
  return (
    <DocumentPicker
      value={links}
      onChange={(next) => {
        setLinks(next);
        seen(next);
      }}
    />
  );
}

describe('DocumentPicker', () => {
  it("finds the company's documents by a number typed in any form and picks one", async () => {
    const user = userEvent.setup();
    const picked: DocumentLinkFieldsFragment[][] = [];
    renderWithProviders(<Picker seen={(links) => picked.push(links)} />, { mocks: [mock] });
    const input = screen.getByRole('combobox', { name: 'Documents this request is about' });
    await user.type(input, 'fv 2026');
    await waitFor(() => expect(searched).toContain('fv 2026'));
    const option = await screen.findByRole('option', { name: 'Invoice FV/2026/000123' });
    expect(screen.queryByRole('option', { name: 'Order ZAM/2026/000042' })).not.toBeInTheDocument();
    await user.click(option);
    expect(picked.at(-1)?.map((l) => [l.kind, l.id])).toEqual([['INVOICE', invoice.id]]);
    expect(screen.getByText('Invoice FV/2026/000123')).toBeInTheDocument();
  });
});
