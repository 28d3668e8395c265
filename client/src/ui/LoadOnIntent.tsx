import { Fragment, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * What the control's button listens to until its interactive part has loaded, and what it says
 * to assistive technology meanwhile: what the part's own target says (a pop-up, closed).
 */
export interface IntentHandlers {
  'aria-haspopup': 'menu' | 'dialog';
  'aria-expanded': false;
  onPointerEnter: () => void;
  onPointerDown: (event: { pointerType: string }) => void;
  onTouchStart: () => void;
  onFocus: () => void;
  onClick: () => void;
}

/** The parts loaded so far (a page met again shows its part at once), and those on the way. */
const loadedParts = new Map<() => Promise<unknown>, unknown>();
const pendingParts = new Map<() => Promise<unknown>, Promise<unknown>>();

/** The part's module, asked for once however many buttons want it (again after a failure). */
function loadOnce<T>(load: () => Promise<T>): Promise<T> {
  let pending = pendingParts.get(load) as Promise<T> | undefined;
  if (!pending) {
    pending = load().then((value) => {
      loadedParts.set(load, value);
      return value;
    });
    pendingParts.set(load, pending);
    // Not there (offline, a new release): the next intent asks again.
    pending.catch(() => pendingParts.delete(load));
  }
  return pending;
}

interface IntentState<T> {
  part: { value: T } | null;
  /** Clicked (or pressed with a mouse) before the part was there. */
  clicked: boolean;
  /** Had the keyboard's focus before the part was there. */
  focused: boolean;
  /** The part opens as it mounts. */
  opened: boolean;
}

/**
 * A button whose interactive part (a menu, a popover: Mantine's Popover with floating UI, focus
 * trap and portal, 25–30 KiB gzipped) is a chunk of its own, loaded when someone shows they are
 * about to use it: the pointer over the button, a touch, the keyboard's focus, or a click. The
 * page's first load carries only the button, which stays the same element until the part is
 * there. A click (or a mouse's press) before then opens the part as soon as it is
 * (`openedAtOnce`), and the keyboard's focus moves to the part's button when it replaces this one.
 */
export function LoadOnIntent<T>({
  load,
  popup,
  button,
  render,
}: {
  /** The part's module, imported (`() => import('./X').then((m) => m.X)`): the same function each time. */
  load: () => Promise<T>;
  /** What the part pops up, as its own target announces it (Menu: menu; Popover: dialog). */
  popup: 'menu' | 'dialog';
  /** The button alone, with the handlers that ask for the part. */
  button: (handlers: IntentHandlers) => ReactNode;
  /** The part, which renders the same button as its target. */
  render: (part: T, openedAtOnce: boolean) => ReactNode;
}) {
  const [state, setState] = useState<IntentState<T>>(() => ({
    part: loadedParts.has(load) ? { value: loadedParts.get(load) as T } : null,
    clicked: false,
    focused: false,
    opened: false,
  }));
  const frame = useRef<HTMLSpanElement>(null);
  const { part, clicked, focused, opened } = state;
  // The focus follows the button that replaced the one it was on (not when the part opened:
  // its dropdown takes the focus itself).
  useLayoutEffect(() => {
    if (!part || clicked || !focused) return;
    const active = document.activeElement;
    if (!active || active === document.body) frame.current?.querySelector('button')?.focus();
  }, [part, clicked, focused]);
  const want = () => {
    loadOnce(load).then(
      (value) => setState((s) => (s.part ? s : { ...s, part: { value }, opened: s.clicked })),
      () => undefined,
    );
  };
  // A mouse's press counts too: the part may arrive, and replace the button under the pointer,
  // before its release, and the browser then sends the click to neither button. A finger's does
  // not: the browser sends a tap's click to the button under it, the part's if it has arrived,
  // which would close again what the press had opened. The stand-in clicked after the part
  // arrived (its events already under way) opens the part, rendered again (`key`) as it reads
  // openedAtOnce only when it mounts.
  const open = () => {
    setState((s) => ({ ...s, clicked: true, opened: s.part ? true : s.opened }));
    want();
  };
  return (
    <span ref={frame} className="load-on-intent">
      {part ? (
        <Fragment key={String(opened)}>{render(part.value, opened)}</Fragment>
      ) : (
        button({
          'aria-haspopup': popup,
          'aria-expanded': false,
          onPointerEnter: want,
          onTouchStart: want,
          onPointerDown: (event) => {
            if (event.pointerType !== 'touch') open();
          },
          onFocus: () => {
            setState((s) => (s.focused ? s : { ...s, focused: true }));
            want();
          },
          onClick: open,
        })
      )}
    </span>
  );
}
