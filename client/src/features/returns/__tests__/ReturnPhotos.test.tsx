import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { adminViewer, agentViewer, portalFooterMock, viewerMock } from '../../../../test/mocks';
import { renderApp } from '../../../../test/render';
import {
  returnItem,
  returnPhoto,
  returnRequest,
  returnRequestMock,
  returnTicketsMock,
} from './fixtures';

const ITEM_ID = 'ri000000-0000-4000-8000-000000000001';
const UPLOAD_URL = `/returns/RMA-2026-000042/items/${ITEM_ID}/photos`;
const firstPhoto = returnPhoto();
const withPhotos = (...photos: ReturnType<typeof returnPhoto>[]) =>
  returnRequest({ items: [returnItem({ photos })] });

const realFetch = window.fetch;
afterEach(() => {
  window.fetch = realFetch;
});

/** jsdom has no fetch (nor Response): the server's answer to the upload, as the SPA reads it. */
function mockFetch(status: number, body: unknown) {
  const fetchMock = jest.fn(async (_url: string, _init: RequestInit) => ({
    ok: status >= 200 && status < 300,
    status,
    json: async () => body,
  }));
  window.fetch = fetchMock as unknown as typeof window.fetch;
  return fetchMock;
}

async function photosOfCamera() {
  return screen.findByRole('group', { name: 'Photos of IP camera 4K' });
}

describe('photos of returned products', () => {
  it('lists the photos and uploads a new one, then shows the return again with it', async () => {
    const user = userEvent.setup();
    const secondPhoto = returnPhoto({
      id: 'p0000000-0000-4000-8000-000000000002',
      fileName: 'serial-plate.png',
      contentType: 'image/png',
    });
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        returnRequestMock(withPhotos(firstPhoto)),
        returnTicketsMock(withPhotos(firstPhoto)),
        // The refetch after the upload.
        returnRequestMock(withPhotos(firstPhoto, secondPhoto)),
      ],
      route: '/returns/RMA-2026-000042',
    });

    const photos = await photosOfCamera();
    const link = within(photos).getByRole('link', { name: 'scratched-housing.jpg' });
    expect(link).toHaveAttribute('href', firstPhoto.url);
    expect(link).toHaveAttribute('target', '_blank');
    expect(within(link).getByRole('img', { name: 'scratched-housing.jpg' })).toHaveAttribute(
      'src',
      firstPhoto.url,
    );

    const fetchMock = mockFetch(201, { id: secondPhoto.id });
    const file = new File(['png bytes'], 'serial-plate.png', { type: 'image/png' });
    expect(within(photos).getByRole('button', { name: '+ Add photo' })).toBeInTheDocument();
    const input = photos.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input).toHaveAttribute('accept', 'image/jpeg,image/png,image/webp');
    await user.upload(input, file);

    expect(await within(photos).findByRole('link', { name: 'serial-plate.png' })).toHaveAttribute(
      'href',
      secondPhoto.url,
    );
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(UPLOAD_URL);
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'X-Portal-Upload': '1' });
    expect((init.body as FormData).get('file')).toBe(file);
    expect(within(photos).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows why the server refused a photo, under the button', async () => {
    const user = userEvent.setup();
    renderApp({
      mocks: [
        portalFooterMock,
        viewerMock(adminViewer),
        returnRequestMock(withPhotos()),
        returnTicketsMock(withPhotos()),
      ],
      route: '/returns/RMA-2026-000042',
    });
    const photos = await photosOfCamera();
    expect(within(photos).getByText('No photos yet')).toBeInTheDocument();

    mockFetch(400, {
      error: {
        code: 'BAD_USER_INPUT',
        field: 'file',
        reason: 'COUNT',
        message: 'At most 10 files here.',
      },
    });
    await user.upload(
      photos.querySelector<HTMLInputElement>('input[type="file"]')!,
      new File(['jpeg bytes'], 'eleventh.jpg', { type: 'image/jpeg' }),
    );

    expect(await within(photos).findByRole('alert')).toHaveTextContent('At most 10 files here.');
    expect(within(photos).queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows the photos to staff, without adding any', async () => {
    renderApp({
      mocks: [portalFooterMock, viewerMock(agentViewer), returnRequestMock(withPhotos(firstPhoto))],
      route: '/staff/returns/RMA-2026-000042',
    });
    const photos = await photosOfCamera();
    expect(within(photos).getByRole('link', { name: 'scratched-housing.jpg' })).toHaveAttribute(
      'href',
      firstPhoto.url,
    );
    expect(within(photos).queryByRole('button')).not.toBeInTheDocument();
    expect(photos.querySelector('input[type="file"]')).toBeNull();
  });
});
