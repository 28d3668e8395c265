import { Button, Menu } from '@mantine/core';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { LoadOnIntent, type IntentHandlers } from '../LoadOnIntent';

/** A menu as UserMenuDropdown renders one: the same button as its target. */
function Dropdown({
  target,
  defaultOpened,
}: {
  target: React.ReactElement;
  defaultOpened: boolean;
}) {
  return (
    <Menu defaultOpened={defaultOpened}>
      <Menu.Target>{target}</Menu.Target>
      <Menu.Dropdown>
        <Menu.Item>Sign out</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** A module import the test settles by hand. */
function deferredLoad() {
  let settle: { resolve: (part: typeof Dropdown) => void; reject: (e: Error) => void } | null =
    null;
  const load = jest.fn(
    () =>
      new Promise<typeof Dropdown>((resolve, reject) => {
        settle = { resolve, reject };
      }),
  );
  return {
    load,
    resolve: () => act(() => settle!.resolve(Dropdown)),
    reject: () => act(() => settle!.reject(new Error('chunk not found'))),
  };
}

function Harness({ load }: { load: () => Promise<typeof Dropdown> }) {
  const button = (handlers?: IntentHandlers) => <Button {...handlers}>Anna</Button>;
  return (
    <>
      <a href="#before">Before</a>
      <LoadOnIntent
        load={load}
        popup="menu"
        button={button}
        render={(Part, openedAtOnce) => <Part target={button()} defaultOpened={openedAtOnce} />}
      />
    </>
  );
}

describe('LoadOnIntent', () => {
  it('loads the part only when someone reaches for the button, once', async () => {
    const user = userEvent.setup();
    const { load, resolve } = deferredLoad();
    renderWithProviders(<Harness load={load} />);
    // Until the part is there, the button says what the part's own target will: a closed menu.
    const standIn = screen.getByRole('button', { name: 'Anna' });
    expect(standIn).toHaveAttribute('aria-haspopup', 'menu');
    expect(standIn).toHaveAttribute('aria-expanded', 'false');
    expect(load).not.toHaveBeenCalled();

    await user.hover(screen.getByRole('button', { name: 'Anna' }));
    await user.unhover(screen.getByRole('button', { name: 'Anna' }));
    await user.hover(screen.getByRole('button', { name: 'Anna' }));
    expect(load).toHaveBeenCalledTimes(1);
    await resolve();

    // Only hovered: the menu is there, closed, and opens on a click as any menu does.
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    const target = screen.getByRole('button', { name: 'Anna' });
    expect(target).toHaveAttribute('aria-haspopup', 'menu');
    expect(target).toHaveAttribute('aria-expanded', 'false');
    await user.click(screen.getByRole('button', { name: 'Anna' }));
    expect(await screen.findByRole('menuitem', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('opens the part as soon as it arrives after a click on the stand-in', async () => {
    const user = userEvent.setup();
    const { load, resolve } = deferredLoad();
    renderWithProviders(<Harness load={load} />);
    await user.click(screen.getByRole('button', { name: 'Anna' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    await resolve();
    expect(await screen.findByRole('menuitem', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('keeps the keyboard on the button when the part replaces it', async () => {
    const user = userEvent.setup();
    const { load, resolve } = deferredLoad();
    renderWithProviders(<Harness load={load} />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Anna' })).toHaveFocus();
    expect(load).toHaveBeenCalledTimes(1);

    await resolve();
    expect(screen.getByRole('button', { name: 'Anna' })).toHaveFocus();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('menuitem', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('asks again after the part failed to load', async () => {
    const user = userEvent.setup();
    const first = deferredLoad();
    const second = deferredLoad();
    const load = jest.fn(() => (first.load.mock.calls.length ? second.load() : first.load()));
    renderWithProviders(<Harness load={load} />);
    await user.hover(screen.getByRole('button', { name: 'Anna' }));
    await first.reject();
    expect(screen.getByRole('button', { name: 'Anna' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Anna' }));
    expect(load).toHaveBeenCalledTimes(2);
    await second.resolve();
    expect(await screen.findByRole('menuitem', { name: 'Sign out' })).toBeInTheDocument();
  });
});
