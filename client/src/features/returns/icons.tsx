import { LineIcon } from '../../ui/icons';

/** Small inline icons (decorative: the text next to them says what they mean). */
interface IconProps {
  size?: number;
}

export function DownloadIcon({ size = 18 }: IconProps) {
  return (
    <LineIcon size={size}>
      <path d="M12 3v12" />
      <path d="m7 10 5 5 5-5" />
      <path d="M5 21h14" />
    </LineIcon>
  );
}

export function CheckIcon({ size = 18 }: IconProps) {
  return (
    <LineIcon size={size}>
      <path d="m5 12 5 5L20 7" />
    </LineIcon>
  );
}

export function CommentIcon({ size = 14 }: IconProps) {
  return (
    <LineIcon size={size}>
      <path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z" />
    </LineIcon>
  );
}

export function DotIcon({ size = 10 }: IconProps) {
  return (
    <svg aria-hidden="true" focusable="false" width={size} height={size} viewBox="0 0 10 10">
      <circle cx="5" cy="5" r="4" fill="currentColor" />
    </svg>
  );
}

export function ArrowLeftIcon({ size = 16 }: IconProps) {
  return (
    <LineIcon size={size}>
      <path d="M19 12H5M12 19l-7-7 7-7" />
    </LineIcon>
  );
}
