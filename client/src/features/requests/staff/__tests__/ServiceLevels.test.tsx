import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { agentViewer, graphqlError, portalFooterMock, viewerMock } from '../../../../../test/mocks';
import { renderApp } from '../../../../../test/render';
import { ServiceLevelReportDocument } from '../../../../gql/graphql';

const row = (
  week: string,
  portalKey: string,
  name: string,
  requests: number,
  breaches: number,
) => ({
  __typename: 'ServiceLevelWeek' as const,
  week,
  portalKey,
  requestTypeId: `id-${name}`,
  requestTypeName: name,
  requests,
  firstResponseMedianHours: 3,
  firstResponseP90Hours: 7.6,
  resolutionMedianHours: 10,
  resolutionP90Hours: 18.25,
  breaches,
  averageRating: null,
});

const ROWS = [
  row('2026-11-16', 'CUSTOMER_SERVICE', 'Inbound shipment', 5, 2),
  row('2026-11-23', 'TECHNICAL_ASSISTANCE', 'Technical question', 3, 0),
];

function reportMock(asked: Array<Record<string, unknown>>) {
  return {
    request: {
      query: ServiceLevelReportDocument,
      variables: (v: Record<string, unknown>) => {
        asked.push(v);
        return true;
      },
    },
    result: { data: { serviceLevelReport: ROWS } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe('service-level dashboard (staff)', () => {
  it('shows the totals, the charts and a table per week and type, and exports the same period as CSV', async () => {
    const user = userEvent.setup();
    const asked: Array<Record<string, unknown>> = [];
    renderApp({
      mocks: [portalFooterMock, viewerMock(agentViewer), reportMock(asked)],
      route: '/staff/service-levels',
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Service levels' }),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Weeks and request types' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    // Newest week first; hours with one decimal.
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      '2026-11-23',
      'Technical assistance',
      'Technical question',
      '3',
      '3',
      '7.6',
      '10',
      '18.3',
      '0',
      '–',
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Breaches' })).toBeInTheDocument();
    expect(
      within(screen.getByText('Share breached').parentElement!).getByText('25 %'),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('figure', { name: 'Requests and breaches per week' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: 'Business hours to first response and resolution' }),
    ).toBeInTheDocument();

    const period = asked[0] as { from: string; to: string };
    expect(new Date(period.to).getTime() - new Date(period.from).getTime()).toBeGreaterThanOrEqual(
      12 * 7 * 86_400_000 - 3_600_000,
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Support portal' }),
      'CUSTOMER_SERVICE',
    );
    const csv = screen.getByRole('link', { name: 'Download CSV' });
    expect(csv.getAttribute('href')).toMatch(
      /^\/staff\/service-levels\.csv\?from=[^&]+&to=[^&]+&portal=CUSTOMER_SERVICE$/,
    );
    expect(asked.at(-1)).toMatchObject({ portalKey: 'CUSTOMER_SERVICE' });
  });

  it('says so when the report cannot be loaded', async () => {
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(agentViewer),
        {
          request: { query: ServiceLevelReportDocument, variables: () => true },
          result: graphqlError('Staff only.', { code: 'FORBIDDEN' }),
        },
      ],
      route: '/staff/service-levels',
    });
    expect(await screen.findByText('The service levels could not be loaded.')).toBeInTheDocument();
  });
});
