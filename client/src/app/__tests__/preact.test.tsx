import { render, screen } from '@testing-library/react';
import { Component as PreactComponent } from 'preact';
import * as preactCompat from 'preact/compat';
// `react` is Preact's React API here, as in the build (jest.config.ts, vite.config.mts).
import * as React from 'react';

type ActivityProps = { mode?: 'visible' | 'hidden'; children?: React.ReactNode };
const { Activity } = React as unknown as { Activity: (props: ActivityProps) => React.ReactNode };

describe('the React API the portal is built on', () => {
  it('is Preact, not React', () => {
    expect(React.Component).toBe(PreactComponent);
    expect(React.createElement).toBe(preactCompat.createElement);
  });

  it('keeps a hidden <Activity> mounted and out of sight, and shows a visible one', () => {
    const { rerender } = render(
      <Activity mode="hidden">
        <p>Kept for later</p>
      </Activity>,
    );
    expect(screen.getByText('Kept for later')).not.toBeVisible();
    rerender(
      <Activity mode="visible">
        <p>Kept for later</p>
      </Activity>,
    );
    expect(screen.getByText('Kept for later')).toBeVisible();
  });
});
