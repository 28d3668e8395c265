// A type import, no code; it also tells the build to include SegmentedControl's stylesheet,
// which these classes need (client/vite.mantine-styles.mts reads the names our sources import).
import type { SegmentedControl } from '@mantine/core';
import { useId, type CSSProperties } from 'react';

/**
 * Mantine's own SegmentedControl classes (`SegmentedControl.classes` in @mantine/core 9).
 * `SegmentedChoice.test.tsx` holds these names to Mantine's, so an upgrade that renames them
 * fails the tests, not the page.
 */
export const SEGMENTED_CLASSES = {
  root: 'm_cf365364',
  label: 'm_1738fcb2',
  input: 'm_1714d588',
  control: 'm_69686b9b',
  innerLabel: 'm_78882f40',
} as const satisfies Partial<(typeof SegmentedControl)['classes']>;

export interface SegmentedChoiceProps<V extends string> {
  value: V;
  onChange: (value: V) => void;
  data: ReadonlyArray<{ value: V; label: string }>;
  /** The id of the element that names the choice. */
  'aria-labelledby': string;
}

/**
 * One of a few options side by side (a radio group): what Mantine's SegmentedControl draws,
 * with its classes and markup, without the sliding indicator. Mantine's styles draw the chosen
 * option's frame themselves until that indicator has measured it; here they always do. The
 * request lists' filters use it: SegmentedControl brings FloatingIndicator and its measuring
 * code (and a chunk holding Textarea) onto the list's first load, 4.5 KiB gzipped.
 */
export function SegmentedChoice<V extends string>({
  value,
  onChange,
  data,
  'aria-labelledby': labelledBy,
}: SegmentedChoiceProps<V>) {
  const name = useId();
  return (
    <div
      className={SEGMENTED_CLASSES.root}
      role="radiogroup"
      aria-labelledby={labelledBy}
      data-with-items-borders="true"
      style={{ '--sc-shadow': 'var(--mantine-shadow-xs)' } as CSSProperties}
    >
      {data.map((item) => {
        const id = `${name}-${item.value}`;
        const active = item.value === value ? 'true' : undefined;
        return (
          <div key={item.value} className={SEGMENTED_CLASSES.control} data-active={active}>
            <input
              className={SEGMENTED_CLASSES.input}
              type="radio"
              name={name}
              value={item.value}
              id={id}
              checked={item.value === value}
              onChange={() => onChange(item.value)}
              data-focus-ring="auto"
            />
            <label className={SEGMENTED_CLASSES.label} htmlFor={id} data-active={active}>
              <span className={SEGMENTED_CLASSES.innerLabel}>{item.label}</span>
            </label>
          </div>
        );
      })}
    </div>
  );
}
