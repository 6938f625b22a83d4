/**
 * Waiting on state in component tests, never on the clock: lets pending
 * promise jobs run (and Preact re-render) until a condition holds, and fails
 * saying what it waited for if it never does.
 */
import { act } from 'preact/test-utils';

/** Runs pending work, one promise job at a time, until `done()` holds (at most `rounds` rounds). */
export async function settle(done: () => boolean, what: string, rounds = 200): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    if (done()) return;
    await act(async () => {
      await Promise.resolve();
    });
  }
  if (!done()) throw new Error(`Still waiting for ${what} after ${rounds} rounds of pending work.`);
}
