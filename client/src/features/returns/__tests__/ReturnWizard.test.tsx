import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import {
  adminViewer,
  company,
  graphqlError,
  portalFooterMock,
  viewerMock,
} from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import {
  CompanyAddressesDocument,
  CheckInvoiceDocument,
  SubmitReturnRequestDocument,
  type SubmitReturnRequestMutationVariables,
} from '../../../gql/graphql';
import { WIZARD_STORAGE_KEY } from '../wizard/wizardState';
import { checkInvoiceMock, invoice, returnItem, returnRequest } from './fixtures';

const CAMERA = invoice.lines[0]!;

const BILLING = {
  __typename: 'CompanyAddress' as const,
  id: 'a0000000-0000-4000-8000-000000000001',
  kind: 'BILLING' as const,
  attention: null as string | null,
  street: 'ul. Przemysłowa 12',
  postalCode: '00-450',
  city: 'Warszawa',
  country: 'PL',
};
const SHIP_TO = {
  ...BILLING,
  id: 'a0000000-0000-4000-8000-000000000002',
  kind: 'SHIPPING' as const,
  street: 'ul. Logistyczna 7',
  postalCode: '05-090',
  city: 'Raszyn',
};

function addressesMock(companyAddresses: Array<typeof BILLING | typeof SHIP_TO>) {
  return {
    request: { query: CompanyAddressesDocument },
    result: { data: { companyAddresses } },
  };
}

function start(mocks: MockLink.MockedResponse[] = [], route = '/returns/new') {
  return renderApp({ mocks: [portalFooterMock, viewerMock(adminViewer), ...mocks], route });
}

async function chooseKind(user: UserEvent, kind: RegExp = /Return of goods/) {
  await screen.findByRole('heading', { level: 1, name: 'New return or service request' });
  await user.click(screen.getByRole('radio', { name: kind }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { level: 2, name: 'Add a product' });
}

async function checkInvoice(user: UserEvent, number = invoice.number) {
  const field = screen.getByRole('textbox', { name: 'Invoice number' });
  await user.clear(field);
  await user.type(field, number);
  await user.click(screen.getByRole('button', { name: 'Check' }));
}

/** Adds the camera: quantity, reason, and every condition but the ones listed. */
async function addCamera(
  user: UserEvent,
  { quantity = '2', unmet = [] as string[], fault = '' } = {},
) {
  await checkInvoice(user);
  await screen.findByRole('radio', { name: CAMERA.name });
  const qty = screen.getByRole('textbox', { name: 'Quantity' });
  await user.clear(qty);
  await user.type(qty, quantity);
  if (fault) {
    // A service request: no reason and no conditions; the fault and the date of purchase.
    await user.type(screen.getByRole('textbox', { name: 'Describe the fault' }), fault);
    await user.type(screen.getByLabelText('Date of purchase'), '2026-01-15');
  } else {
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Reason' }),
      'Wrong product delivered',
    );
    await user.click(screen.getByRole('checkbox', { name: 'It meets all seven conditions' }));
    for (const label of unmet) await user.click(screen.getByRole('checkbox', { name: label }));
  }
  await user.click(screen.getByRole('button', { name: 'Add' }));
  await screen.findByRole('heading', { level: 2, name: 'Products in this return' });
}

const stepNames = () =>
  within(screen.getByLabelText('Steps of the return'))
    .getAllByRole('button')
    // A finished step shows a tick instead of its number.
    .map((b) => b.textContent?.replace(/^\d+/, ''));

beforeEach(() => window.sessionStorage.clear());

describe('the return wizard', () => {
  it('says documents appear once the tax ID is confirmed, also when the invoice check says so', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock({ ...adminViewer, company: { ...company, taxIdConfirmed: false } }),
        {
          request: { query: CheckInvoiceDocument, variables: { number: 'ERP/2026/0001' } },
          result: graphqlError('Tax ID not confirmed.', { code: 'TAX_ID_NOT_CONFIRMED' }),
        },
      ],
      route: '/returns/new',
    });
    await chooseKind(user);
    const note = "Your company's documents appear once we confirm your tax ID.";
    expect(screen.getByText(note)).toBeInTheDocument();

    await checkInvoice(user, 'ERP/2026/0001');
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Invoice number' })).toHaveAccessibleDescription(
        note,
      ),
    );
  });

  it('starts by asking for a return or a service request', async () => {
    const user = userEvent.setup();
    start([checkInvoiceMock()]);
    await screen.findByRole('heading', { level: 2, name: 'What do you want to do?' });
    expect(stepNames()).toEqual(['Type', 'Add a product', 'Review products', 'Summary']);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Choose a return or a service request.')).toBeInTheDocument();

    await chooseKind(user, /Service request/);
    await checkInvoice(user);
    // A service request asks what is wrong with each product.
    expect(await screen.findByRole('textbox', { name: 'Describe the fault' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('textbox', { name: 'Describe the fault' })).toHaveAccessibleDescription(
      expect.stringContaining('Describe the fault of this product.'),
    );
  });

  it('checks the invoice: its lines with what can still be returned, or an inline error', async () => {
    const user = userEvent.setup();
    start([
      {
        request: { query: CheckInvoiceDocument, variables: { number: 'ERP/2025/0001' } },
        result: graphqlError('Invoice not found.', { code: 'NOT_FOUND' }),
      },
      checkInvoiceMock(),
    ]);
    await chooseKind(user);

    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(screen.getByRole('textbox', { name: 'Invoice number' })).toHaveAccessibleDescription(
      'Enter the invoice number.',
    );

    await checkInvoice(user, 'ERP/2025/0001');
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Invoice number' })).toHaveAccessibleDescription(
        'We found no invoice ERP/2025/0001 for your company. Check the number on the invoice.',
      ),
    );
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();

    await checkInvoice(user);
    const camera = await screen.findByRole('radio', { name: 'IP camera 4K' });
    expect(camera).toHaveAccessibleDescription(
      'Line 1 · CAM-4K-01 · invoiced: 10 · can still return: 3',
    );
    const psu = screen.getByRole('radio', { name: 'Power supply 12 V' });
    expect(psu).toHaveAccessibleDescription(expect.stringContaining('can still return: 0'));
    expect(psu).toBeDisabled();
    // The only line left to return is chosen already.
    expect(camera).toBeChecked();
    expect(
      screen.getByRole('radiogroup', {
        name: 'Products on invoice ERP/2026/0815 of Feb 10, 2026',
      }),
    ).toBeInTheDocument();
  });

  it('adds a product: the quantity is bounded by what can be returned, each condition is confirmed', async () => {
    const user = userEvent.setup();
    start([checkInvoiceMock()]);
    await chooseKind(user);
    await checkInvoice(user);
    await screen.findByRole('radio', { name: CAMERA.name });

    const qty = screen.getByRole('textbox', { name: 'Quantity' });
    expect(qty).toHaveAccessibleDescription('From 1 to 3');
    await user.clear(qty);
    await user.type(qty, '5');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(qty).toHaveAccessibleDescription(
      expect.stringContaining('Enter a quantity from 1 to 3.'),
    );
    expect(screen.getByRole('combobox', { name: 'Reason' })).toHaveAccessibleDescription(
      'Choose a reason.',
    );
    // Still on the same step.
    expect(screen.getByRole('heading', { level: 2, name: 'Add a product' })).toBeInTheDocument();

    // Seven conditions, each with its explanation; "all seven" ticks them at once.
    const disconnected = screen.getByRole('checkbox', { name: 'Disconnected' });
    expect(disconnected).toHaveAccessibleDescription(
      'It is unplugged and detached from any installation.',
    );
    expect(screen.getByRole('checkbox', { name: 'Complete' })).toHaveAccessibleDescription(
      'All parts and accessories are included.',
    );
    const all = screen.getByRole('checkbox', { name: 'It meets all seven conditions' });
    await user.click(all);
    for (const name of [
      'Complete',
      'No signs of use',
      'Undamaged',
      'In the original packaging',
      'Properly prepared for shipping',
      'In merchantable condition',
      'Disconnected',
    ]) {
      expect(screen.getByRole('checkbox', { name })).toBeChecked();
    }
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Undamaged' }));
    expect(all).not.toBeChecked();
    expect(screen.getByRole('note')).toHaveTextContent(
      'A product that does not meet every condition can still be sent.',
    );

    await user.clear(qty);
    await user.type(qty, '3');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Reason' }),
      'Wrong product delivered',
    );
    await user.type(screen.getByRole('textbox', { name: /Serial number/ }), 'SN-0042');
    await user.click(screen.getByRole('button', { name: 'Add' }));

    await screen.findByRole('heading', { level: 2, name: 'Products in this return' });
    const card = screen.getByRole('article', { name: '1. IP camera 4K' });
    expect(card).toHaveTextContent('CAM-4K-01 · invoice ERP/2026/0815, line 1');
    expect(card).toHaveTextContent('Quantity: 3 · Reason: Wrong product delivered');
    expect(card).toHaveTextContent('Serial number: SN-0042');
    expect(card).toHaveTextContent('Does not meet: Undamaged');

    // All 3 are in this return now: the line has nothing left for another product.
    await user.click(screen.getByRole('button', { name: 'Add another product' }));
    expect(await screen.findByRole('radio', { name: CAMERA.name })).toBeDisabled();
    expect(screen.getByRole('radio', { name: CAMERA.name })).toHaveAccessibleDescription(
      expect.stringContaining('can still return: 0 · already in this return: 3'),
    );
  });

  it('asks for a return address only when a product does not meet every condition, and requires it', async () => {
    const user = userEvent.setup();
    start([checkInvoiceMock(), checkInvoiceMock(), addressesMock([BILLING, SHIP_TO])]);
    await chooseKind(user);
    await addCamera(user, { quantity: '1' });
    expect(stepNames()).toEqual(['Type', 'Add a product', 'Review products', 'Summary']);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    // Every condition met: straight to the summary.
    await screen.findByRole('heading', { level: 2, name: 'Check and send the return' });
    expect(screen.queryByText('Return address')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Change the products' }));
    await user.click(await screen.findByRole('button', { name: 'Add another product' }));
    await addCamera(user, { quantity: '1', unmet: ['In the original packaging'] });
    expect(stepNames()).toEqual([
      'Type',
      'Add a product',
      'Review products',
      'Return address',
      'Summary',
    ]);
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await screen.findByRole('heading', { level: 2, name: 'Address to ship goods back to' });
    // The company's ship-to address is offered first; another one can be typed in.
    expect(await screen.findByRole('radio', { name: /ul\. Logistyczna 7/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /Another address/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Check the address');
    const street = screen.getByRole('textbox', { name: 'Street and number' });
    expect(street).toHaveAccessibleDescription(
      expect.stringContaining('Enter the street and number.'),
    );
    // Pasted, not typed, to keep the test quick.
    await user.click(street);
    await user.paste('ul. Magazynowa 1');
    await user.click(screen.getByRole('textbox', { name: 'Postal code' }));
    await user.paste('05-800');
    await user.click(screen.getByRole('textbox', { name: 'City' }));
    await user.paste('Pruszków');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await screen.findByRole('heading', { level: 2, name: 'Check and send the return' });
    expect(screen.getByText(/ul\. Magazynowa 1/)).toBeInTheDocument();
    expect(screen.getByText('05-800 Pruszków')).toBeInTheDocument();
  });

  it('asks a service request no reason and no conditions, but a date of purchase or a proof', async () => {
    const user = userEvent.setup();
    start([checkInvoiceMock()]);
    await chooseKind(user, /Service request/);
    await checkInvoice(user);
    await screen.findByRole('radio', { name: CAMERA.name });
    expect(screen.queryByRole('combobox', { name: 'Reason' })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Return conditions' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Accessories sent along' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Warranty proof' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Describe the fault' }), 'No picture');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByLabelText('Date of purchase')).toHaveAccessibleDescription(
      expect.stringContaining('Give the date of purchase or attach a warranty proof.'),
    );
    await user.type(screen.getByLabelText('Date of purchase'), '2026-01-15');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    const card = await screen.findByRole('article', { name: '1. IP camera 4K' });
    expect(card).toHaveTextContent('Purchased on Jan 15, 2026');
    expect(card).not.toHaveTextContent('Return conditions');
  });

  it('needs a photo of a defective product, uploaded inside the wizard', async () => {
    const user = userEvent.setup();
    const upload = jest.fn(async () => ({
      ok: true,
      status: 201,
      json: async () => ({
        id: 'd0000000-0000-4000-8000-000000000001',
        fileName: 'crack.png',
        url: '/attachments/d1',
      }),
    }));
    const original = globalThis.fetch;
    globalThis.fetch = upload as unknown as typeof fetch;
    try {
      start([checkInvoiceMock()]);
      await chooseKind(user);
      await checkInvoice(user);
      await screen.findByRole('radio', { name: CAMERA.name });
      await user.selectOptions(screen.getByRole('combobox', { name: 'Reason' }), 'Defective');
      const photos = screen.getByRole('group', { name: 'Photos of the product' });
      expect(photos).toHaveAccessibleDescription(
        'Add at least one photo: it is needed for a defective or damaged product.',
      );
      await user.click(screen.getByRole('checkbox', { name: 'It meets all seven conditions' }));
      await user.click(screen.getByRole('button', { name: 'Add' }));
      expect(within(photos).getByRole('alert')).toHaveTextContent('Add at least one photo');
      const input = photos.querySelector('input[type="file"]') as HTMLInputElement;
      await user.upload(input, new File(['png'], 'crack.png', { type: 'image/png' }));
      expect(await within(photos).findByRole('link', { name: 'crack.png' })).toBeInTheDocument();
      expect(upload).toHaveBeenCalledWith('/returns/drafts/files', expect.anything());
      await user.click(screen.getByRole('button', { name: 'Add' }));
      const card = await screen.findByRole('article', { name: '1. IP camera 4K' });
      expect(card).toHaveTextContent('Photos: crack.png');
    } finally {
      globalThis.fetch = original;
    }
  });

  it('always asks a service request for the address the repaired products go back to', async () => {
    const user = userEvent.setup();
    start([checkInvoiceMock(), addressesMock([BILLING])]);
    await chooseKind(user, /Service request/);
    // Every condition met: a service request still needs the ship-back address.
    await addCamera(user, { quantity: '1', fault: 'No picture' });
    expect(stepNames()).toEqual([
      'Type',
      'Add a product',
      'Review products',
      'Return address',
      'Summary',
    ]);
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await screen.findByRole('heading', { level: 2, name: 'Address to ship goods back to' });
    expect(
      screen.getByText('The repaired products are shipped back to this address:'),
    ).toBeInTheDocument();
    // The only saved address, the billing one, is chosen.
    expect(await screen.findByRole('radio', { name: /Billing address/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await screen.findByRole('heading', { level: 2, name: 'Check and send the service request' });
    expect(screen.getByText(/ul\. Przemysłowa 12/)).toBeInTheDocument();
  });

  it('sends after "Yes, send it" with one idempotency key per run, and shows the RMA and the label', async () => {
    const user = userEvent.setup();
    const sent: SubmitReturnRequestMutationVariables[] = [];
    const created = returnRequest({ rmaNumber: 'RMA-2026-000042' });
    start([
      checkInvoiceMock(),
      {
        request: { query: SubmitReturnRequestDocument, variables: () => true },
        result: (variables: SubmitReturnRequestMutationVariables) => {
          sent.push(variables);
          return graphqlError('Unexpected error.', {
            code: 'INTERNAL_SERVER_ERROR',
            requestId: 'req-1',
          });
        },
      },
      {
        request: { query: SubmitReturnRequestDocument, variables: () => true },
        result: (variables: SubmitReturnRequestMutationVariables) => {
          sent.push(variables);
          return { data: { submitReturnRequest: created } };
        },
      },
    ]);
    await chooseKind(user);
    await addCamera(user, { quantity: '2' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 2, name: 'Check and send the return' });
    expect(screen.getByRole('heading', { name: 'Products: 1 (units: 2)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Send return' }));
    let dialog = await screen.findByRole('dialog', { name: 'Send this return?' });
    await user.click(within(dialog).getByRole('button', { name: 'Yes, send it' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('quote request ID req-1');

    // Sent again: the same key, so the server answers with the same RMA if the first arrived.
    await user.click(screen.getByRole('button', { name: 'Send return' }));
    dialog = await screen.findByRole('dialog', { name: 'Send this return?' });
    await user.click(within(dialog).getByRole('button', { name: 'Yes, send it' }));

    await screen.findByRole('heading', { level: 1, name: 'Your return is registered' });
    expect(sent).toHaveLength(2);
    expect(sent[0]!.input).toEqual({
      kind: 'RETURN',
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      items: [
        {
          invoiceLineId: CAMERA.id,
          quantity: 2,
          reason: 'WRONG_ITEM',
          conditions: {
            complete: true,
            noSignsOfUse: true,
            undamaged: true,
            originalPackaging: true,
            properlyPacked: true,
            merchantable: true,
            disconnected: true,
          },
          serialNumber: null,
          photoIds: [],
        },
      ],
    });
    expect(sent[1]!.input.idempotencyKey).toBe(sent[0]!.input.idempotencyKey);

    expect(screen.getByText('RMA-2026-000042')).toBeInTheDocument();
    const label = screen.getByRole('link', { name: 'Download the label (PDF)' });
    expect(label).toHaveAttribute('href', '/returns/RMA-2026-000042/label.pdf');
    expect(label).toHaveAttribute('target', '_blank');
    const next = screen.getByRole('list', { name: 'What to do next' });
    expect(
      within(next)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Print the label.',
      'Stick it on the outside of the parcel.',
      'Send the parcel to the address on the label.',
      'Follow the progress here, under Returns. You also get an email at every step.',
    ]);
    expect(screen.getByRole('link', { name: 'Follow this return' })).toHaveAttribute(
      'href',
      '/returns/RMA-2026-000042',
    );
    // The run is over: its entries and key are forgotten.
    expect(window.sessionStorage.getItem(WIZARD_STORAGE_KEY)).toBeNull();
  });

  it('shows QUANTITY_EXCEEDS_RETURNABLE at the product, with a way to change it', async () => {
    const user = userEvent.setup();
    start([
      checkInvoiceMock(),
      {
        request: { query: SubmitReturnRequestDocument, variables: () => true },
        result: graphqlError('At most 1 of CAM-4K-01 can still be returned from this invoice.', {
          code: 'QUANTITY_EXCEEDS_RETURNABLE',
          sku: 'CAM-4K-01',
          returnable: 1,
        }),
      },
    ]);
    await chooseKind(user);
    await addCamera(user, { quantity: '3' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Send return' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send this return?' });
    await user.click(within(dialog).getByRole('button', { name: 'Yes, send it' }));

    const card = await screen.findByRole('article', { name: '1. IP camera 4K' });
    expect(
      await within(card).findByText(
        'Only 1 of CAM-4K-01 can still be returned from this invoice. Change the quantity.',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(
      'Some products need a change: see the messages below.',
    );
    await user.click(within(card).getByRole('button', { name: 'Change IP camera 4K' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Change the product' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Quantity' })).toHaveValue('3');
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeInTheDocument();
  });

  it("shows the server's PHOTOS_REQUIRED at the product it concerns", async () => {
    const user = userEvent.setup();
    start([
      checkInvoiceMock(),
      {
        request: { query: SubmitReturnRequestDocument, variables: () => true },
        result: graphqlError('Add at least one photo of each defective or damaged product.', {
          code: 'PHOTOS_REQUIRED',
          field: 'items.0.photoIds',
          reason: 'DEFECTIVE',
        }),
      },
    ]);
    await chooseKind(user);
    await addCamera(user, { quantity: '1' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Send return' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send this return?' });
    await user.click(within(dialog).getByRole('button', { name: 'Yes, send it' }));

    const card = await screen.findByRole('article', { name: '1. IP camera 4K' });
    expect(
      await within(card).findByText(
        'Add at least one photo: it is needed for a defective or damaged product.',
      ),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(
      'Some products need a change: see the messages below.',
    );
  });

  it('survives a reload: the products, the step and the idempotency key are kept', async () => {
    const user = userEvent.setup();
    const first = start([checkInvoiceMock()], '/returns/new');
    await chooseKind(user);
    await addCamera(user, { quantity: '2', unmet: ['Disconnected'] });
    const stored = JSON.parse(window.sessionStorage.getItem(WIZARD_STORAGE_KEY)!) as {
      idempotencyKey: string;
    };
    first.unmount();

    // The page is loaded again at the same address.
    start([], '/returns/new?step=products');
    await screen.findByRole('heading', { level: 2, name: 'Products in this return' });
    expect(screen.getByRole('status')).toHaveTextContent('We kept what you entered earlier');
    const card = screen.getByRole('article', { name: '1. IP camera 4K' });
    expect(card).toHaveTextContent('Quantity: 2 · Reason: Wrong product delivered');
    expect(card).toHaveTextContent('Does not meet: Disconnected');
    expect(
      (JSON.parse(window.sessionStorage.getItem(WIZARD_STORAGE_KEY)!) as { idempotencyKey: string })
        .idempotencyKey,
    ).toBe(stored.idempotencyKey);

    // The notice is said once, where the person resumes: moving on (or back) does not repeat it.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { level: 2, name: 'Address to ship goods back to' });
    expect(screen.queryByText(/We kept what you entered earlier/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await screen.findByRole('heading', { level: 2, name: 'Products in this return' });
    expect(screen.queryByText(/We kept what you entered earlier/)).not.toBeInTheDocument();
  });

  it('lets the person close the "we kept what you entered" notice', async () => {
    const user = userEvent.setup();
    const first = start([checkInvoiceMock()], '/returns/new');
    await chooseKind(user);
    await addCamera(user, { quantity: '1' });
    first.unmount();

    start([], '/returns/new?step=products');
    const notice = (await screen.findByText(/We kept what you entered earlier/)).closest(
      '[role="status"]',
    ) as HTMLElement;
    await user.click(within(notice).getByRole('button', { name: 'Close' }));
    expect(screen.queryByText(/We kept what you entered earlier/)).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Products in this return' }),
    ).toBeVisible();
  });

  it('does not jump ahead: a link to the summary without products starts at the beginning', async () => {
    start([], '/returns/new?step=summary');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'What do you want to do?' }),
    ).toBeInTheDocument();
  });

  it('lets the person start over', async () => {
    const user = userEvent.setup();
    window.sessionStorage.setItem(
      WIZARD_STORAGE_KEY,
      JSON.stringify({
        version: 2,
        owner: adminViewer.representative.id,
        idempotencyKey: 'k-1',
        kind: 'SERVICE',
        items: [
          {
            uid: 'u1',
            invoice: {
              id: invoice.id,
              number: invoice.number,
              issuedAt: invoice.issuedAt,
              lines: [],
            },
            line: { ...CAMERA },
            quantity: 1,
            reason: '',
            serialNumber: '',
            faultDescription: 'No picture',
            conditions: { ...returnItem().conditions },
            photos: [],
            purchaseDate: '2026-01-15',
            warrantyProof: null,
            accessories: '',
          },
        ],
        draft: {
          editing: null,
          invoiceNumber: '',
          invoice: null,
          lineId: null,
          quantity: '',
          reason: '',
          serialNumber: '',
          faultDescription: '',
          conditions: {},
        },
        address: null,
      }),
    );
    start([], '/returns/new');
    await screen.findByRole('heading', { level: 2, name: 'Products in this return' });
    expect(screen.getByRole('article', { name: '1. IP camera 4K' })).toHaveTextContent(
      'Fault: No picture',
    );
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start over?' });
    await user.click(within(dialog).getByRole('button', { name: 'Start over' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'What do you want to do?' }),
    ).toBeInTheDocument();
    expect(window.sessionStorage.getItem(WIZARD_STORAGE_KEY)).toBeNull();
  });
});
