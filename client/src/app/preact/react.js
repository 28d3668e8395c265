// The built portal runs on Preact (docs/decisions/0012-preact-in-the-build.md): `react` resolves
// here in the client build and in the component tests. preact/compat is React's API; React
// 19.2's <Activity> is added, as Mantine imports it (Tabs and Tree with keepMounted) and
// preact/compat does not have it. JavaScript, as preact/compat's types cannot be re-exported.
import { createElement, Fragment } from 'preact';

export * from 'preact/compat';
export { default } from 'preact/compat';

/**
 * <Activity mode="hidden"> keeps its children mounted and out of sight, as React's does.
 * @param {{ mode?: 'visible' | 'hidden', children?: import('preact').ComponentChildren }} props
 */
export function Activity({ mode, children }) {
  return mode === 'hidden'
    ? createElement('div', { style: { display: 'none' } }, children)
    : createElement(Fragment, null, children);
}
