import { api, type User } from "./api";

// Who is logged in, shared by every page.
let current: User | null = null;
const listeners = new Set<(user: User | null) => void>();

export const session = {
  get user(): User | null { return current; },
  get isInstructor(): boolean { return current?.role === "instructor"; },
  async load(): Promise<void> {
    try { current = await api.me(); } catch { current = null; }
    listeners.forEach(l => l(current));
  },
  set(user: User | null): void {
    current = user;
    listeners.forEach(l => l(current));
  },
  /** Returns the unsubscribe: a page that listens must stop when it is left, or every visit adds a listener. */
  onChange(listener: (user: User | null) => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
