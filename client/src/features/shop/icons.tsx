import { LineIcon } from '../../ui/icons';

/** Small inline icons of the shop (decorative: the text next to them says the same). */

export function CartIcon() {
  return (
    <LineIcon size={18}>
      <circle cx="9" cy="20" r="1.5" />
      <circle cx="18" cy="20" r="1.5" />
      <path d="M2 3h3l2.6 12.4a1.5 1.5 0 0 0 1.5 1.1h8.8a1.5 1.5 0 0 0 1.5-1.1L21 7H6.2" />
    </LineIcon>
  );
}

export function MinusIcon() {
  return (
    <LineIcon size={14}>
      <path d="M5 12h14" />
    </LineIcon>
  );
}

export function WarningIcon() {
  return (
    <LineIcon size={16}>
      <path d="M12 3 2 21h20L12 3Z" />
      <path d="M12 10v5M12 18h.01" />
    </LineIcon>
  );
}

export function DocumentIcon() {
  return (
    <LineIcon size={16}>
      <path d="M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8l-5-5Z" />
      <path d="M14 3v5h5M9 13h6M9 17h6" />
    </LineIcon>
  );
}
