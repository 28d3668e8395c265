/**
 * "The session ended while the user thought they were signed in": raised by the Apollo error
 * link (outside React), handled by <SessionEffects> inside the router, which can navigate.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onSessionEnded(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function emitSessionEnded(): void {
  for (const listener of [...listeners]) listener();
}
