import userEvent from '@testing-library/user-event';

/**
 * A user whose keystrokes come with no time between them, however loaded the machine. The test's
 * timers run on jest's clock from here to the end of the test (setup.ts puts the real one back);
 * only the user's own delays and findBy/waitFor move it on. Without it, a two-core CI machine
 * running four suites paused longer than the search's delay between two letters, and a half-typed
 * number was searched. Call it before rendering, so every timer of the test runs on one clock.
 */
export function userOnHeldClock() {
  jest.useFakeTimers();
  return userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
}
