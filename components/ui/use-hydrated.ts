import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * False in the server's HTML and until the page's script has run, then true. A form that only works with its
 * script keeps its button off until then: a press before that would post the fields nowhere useful, or (for
 * a form without an action) put them in the address bar.
 */
export function useHydrated() {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
