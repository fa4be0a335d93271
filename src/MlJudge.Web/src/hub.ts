import * as signalR from "@microsoft/signalr";
import type { Diagnostic, TestResult, Verdict } from "./api";

export interface VerdictEvent { verdict: Verdict; passed: number; total: number; timeMs: number | null; maxTimeMs: number | null; message: string | null; diagnostics: Diagnostic[]; diagnosis?: Diagnosis | null }
/** "This looks like a known mistake": the hint an instructor wrote for it, in English and Chinese. */
export interface Diagnosis { mistakeId: string; hintEn: string; hintZh: string }
export interface SubmissionListener {
  status?(status: string): void;
  test?(result: TestResult): void;
  verdict?(verdict: VerdictEvent): void;
}

// One connection for the whole app. The browser's auth cookie authenticates it; on reconnect every
// followed submission is subscribed again, and the server replays what was missed.
const connection = new signalR.HubConnectionBuilder()
  .withUrl("/hubs/judge")
  .withAutomaticReconnect([0, 1000, 2000, 5000, 10000])
  .build();

const listeners = new Map<number, Set<SubmissionListener>>();
const leaderboardListeners = new Set<() => void>();
let starting: Promise<void> | null = null;

connection.on("Status", (id: number, status: string) => listeners.get(id)?.forEach(l => l.status?.(status)));
connection.on("TestResult", (id: number, result: TestResult) => listeners.get(id)?.forEach(l => l.test?.(result)));
connection.on("Verdict", (id: number, verdict: VerdictEvent) => listeners.get(id)?.forEach(l => l.verdict?.(verdict)));
connection.on("LeaderboardChanged", () => leaderboardListeners.forEach(l => l()));
connection.onreconnected(async () => {
  for (const id of listeners.keys()) await connection.invoke("Subscribe", id);
  if (leaderboardListeners.size > 0) await connection.invoke("SubscribeLeaderboard");
});

async function ensureStarted(): Promise<void> {
  if (connection.state === signalR.HubConnectionState.Connected) return;
  starting ??= connection.start().finally(() => { starting = null; });
  await starting;
}

/** Follows a submission; returns a function that stops following it. */
export async function follow(id: number, listener: SubmissionListener): Promise<() => void> {
  if (!listeners.has(id)) listeners.set(id, new Set());
  listeners.get(id)!.add(listener);
  await ensureStarted();
  await connection.invoke("Subscribe", id);
  return () => {
    listeners.get(id)?.delete(listener);
    if (listeners.get(id)?.size === 0) {
      listeners.delete(id);
      if (connection.state === signalR.HubConnectionState.Connected) void connection.invoke("Unsubscribe", id);
    }
  };
}

export async function followLeaderboard(listener: () => void): Promise<() => void> {
  leaderboardListeners.add(listener);
  await ensureStarted();
  await connection.invoke("SubscribeLeaderboard");
  return () => leaderboardListeners.delete(listener);
}

/** After login or logout the connection must carry the new cookie. */
export async function restartHub(): Promise<void> {
  await connection.stop();
}

const contestListeners = new Map<number, Set<() => void>>();
connection.on("ContestChanged", (id: number) => contestListeners.get(id)?.forEach(l => l()));
// Sent to a new subscriber: the board as it is now. Listeners fetch their own view, so this is only a nudge too.
connection.on("ContestBoard", (id: number) => contestListeners.get(id)?.forEach(l => l()));
connection.onreconnected(async () => {
  for (const id of contestListeners.keys()) await connection.invoke("SubscribeContest", id);
});

/** Calls the listener whenever a contest's board may have changed (the caller fetches its own view of it). */
export async function followContest(id: number, listener: () => void): Promise<() => void> {
  if (!contestListeners.has(id)) contestListeners.set(id, new Set());
  contestListeners.get(id)!.add(listener);
  await ensureStarted();
  await connection.invoke("SubscribeContest", id);
  return () => {
    contestListeners.get(id)?.delete(listener);
    if (contestListeners.get(id)?.size === 0) {
      contestListeners.delete(id);
      if (connection.state === signalR.HubConnectionState.Connected) void connection.invoke("UnsubscribeContest", id);
    }
  };
}
