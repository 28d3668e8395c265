/** Small inline icons of the shop (decorative: the text next to them says the same). */
const base = {
  'aria-hidden': true,
  focusable: false,
  width: 18,
  height: 18,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export function CartIcon() {
  return (
    <svg {...base}>
      <circle cx="9" cy="20" r="1.5" />
      <circle cx="18" cy="20" r="1.5" />
      <path d="M2 3h3l2.6 12.4a1.5 1.5 0 0 0 1.5 1.1h8.8a1.5 1.5 0 0 0 1.5-1.1L21 7H6.2" />
    </svg>
  );
}

export function MinusIcon() {
  return (
    <svg {...base} width={14} height={14}>
      <path d="M5 12h14" />
    </svg>
  );
}

export function PlusIcon() {
  return (
    <svg {...base} width={14} height={14}>
      <path d="M12 5v14M5 12h14" />
    </svg>
  );
}

export function WarningIcon() {
  return (
    <svg {...base} width={16} height={16}>
      <path d="M12 3 2 21h20L12 3Z" />
      <path d="M12 10v5M12 18h.01" />
    </svg>
  );
}

export function DocumentIcon() {
  return (
    <svg {...base} width={16} height={16}>
      <path d="M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8l-5-5Z" />
      <path d="M14 3v5h5M9 13h6M9 17h6" />
    </svg>
  );
}
