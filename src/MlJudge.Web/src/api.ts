// Thin typed client for the MlJudge HTTP API (docs/API.md). Errors are RFC 7807 problem details.

export interface ProblemSummary { id: string; title: string; titleZh: string; difficulty: string; tags: string[]; solved: boolean | null }
export interface Sample { name: string; args: Record<string, unknown>; expected: unknown }
export interface ProblemDetail {
  id: string; title: string; titleZh: string; difficulty: string; tags: string[]; statement: string; starterCode: string;
  signature: string; limits: { timeMs: number; memoryMb: number }; checker: string; samples: Sample[]; hiddenTestCount: number;
  entryPoint: { method: string; parameters: { name: string; type: string }[]; returns: string };
}
export interface Diagnostic { id: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }
export interface TestResult {
  // timeMs is null where the viewer may not see per-test times (students, in a submit: see docs/SECURITY.md).
  index: number; name: string; isSample: boolean; verdict: string; timeMs: number | null; message: string | null;
  input?: Record<string, unknown> | null; expected?: unknown; got?: unknown; stdout?: string | null;
}
export interface SubmissionDetail {
  id: number; problemId: string; username: string; kind: "run" | "submit"; status: string; verdict: string | null; source: string;
  createdAt: string; finishedAt: string | null; passed: number | null; total: number | null; timeMs: number | null; maxTimeMs: number | null;
  message: string | null; isolation: string | null; diagnostics: Diagnostic[]; tests: TestResult[];
  diagnosis?: import("./hub").Diagnosis | null;
}
export interface SubmissionSummary {
  id: number; problemId: string; username: string; kind: string; status: string; verdict: string | null; passed: number | null;
  total: number | null; timeMs: number | null; maxTimeMs: number | null; createdAt: string;
}
export interface Standing { rank: number; username: string; solved: number; penaltyMinutes: number; lastAcceptedAt: string | null }
export interface FastestSolution { rank: number; username: string; timeMs: number; submissionId: number; acceptedAt: string }
export interface User { username: string; role: "student" | "instructor" }
export interface ProblemError { problemId: string; file: string; field: string | null; message: string }

export class ApiError extends Error {
  constructor(public status: number, public title: string, public detail: string, public errors: Record<string, string[]> = {}) {
    super(detail || title);
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    credentials: "same-origin",
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    throw new ApiError(response.status, json?.title ?? response.statusText, json?.detail ?? "", json?.errors ?? {});
  }
  return json as T;
}

export const api = {
  me: () => request<User>("GET", "/api/auth/me"),
  register: (username: string, password: string) => request<User>("POST", "/api/auth/register", { username, password }),
  login: (username: string, password: string) => request<User & { token: string }>("POST", "/api/auth/login", { username, password }),
  logout: () => request<void>("POST", "/api/auth/logout"),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<User & { token: string }>("POST", "/api/auth/password", { currentPassword, newPassword }),
  problems: () => request<ProblemSummary[]>("GET", "/api/problems"),
  problem: (id: string) => request<ProblemDetail>("GET", `/api/problems/${encodeURIComponent(id)}`),
  fastest: (id: string) => request<FastestSolution[]>("GET", `/api/problems/${encodeURIComponent(id)}/leaderboard`),
  submit: (problemId: string, source: string) => request<{ id: number }>("POST", "/api/submissions", { problemId, source }),
  run: (problemId: string, source: string) => request<{ id: number }>("POST", "/api/runs", { problemId, source }),
  submission: (id: number) => request<SubmissionDetail>("GET", `/api/submissions/${id}`),
  submissions: (query: { problemId?: string; mine?: boolean }) => {
    const params = new URLSearchParams();
    if (query.problemId) params.set("problemId", query.problemId);
    if (query.mine) params.set("mine", "true");
    return request<SubmissionSummary[]>("GET", `/api/submissions?${params}`);
  },
  leaderboard: () => request<Standing[]>("GET", "/api/leaderboard"),
  reload: () => request<{ loaded: string[]; errors: ProblemError[] }>("POST", "/api/admin/problems/reload"),
  rejudge: (id: number) => request<{ id: number }>("POST", `/api/admin/submissions/${id}/rejudge`),
};

// Contests (docs/API.md, "Contests").
export type ScoringMode = "Icpc" | "Points";
export type LatePolicy = "None" | "Penalty";
export type ContestPhase = "Upcoming" | "Running" | "Late" | "Ended";
export interface ContestProblem { problemId: string; title: string; titleZh: string; position: number; points: number }
export interface ContestSummary {
  id: number; title: string; startsAt: string; endsAt: string; freezeAt: string | null; scoring: ScoringMode; phase: ContestPhase;
  requiresCode: boolean; joined: boolean; participants: number;
}
export interface ContestDetail {
  id: number; title: string; description: string; startsAt: string; endsAt: string; freezeAt: string | null; unfrozen: boolean; closed: boolean;
  scoring: ScoringMode; latePolicy: LatePolicy; lateFactor: number; lateUntil: string | null; phase: ContestPhase; requiresCode: boolean;
  joinCode: string | null; joined: boolean; serverTime: string; problems: ContestProblem[];
}
export interface ContestRequest {
  title: string; description: string; problems: { problemId: string; points: number }[]; startsAt: string; endsAt: string;
  freezeAt: string | null; scoring: ScoringMode; joinCode: string | null; latePolicy: LatePolicy; lateFactor: number | null; lateUntil: string | null;
}
export interface ScoreboardCell {
  problemId: string; solved: boolean; points: number; rejected: number; pending: number; minutes: number | null; firstSolve: boolean; at: string | null;
}
export interface ScoreboardRow { rank: number; username: string; points: number; solved: number; penalty: number; cells: ScoreboardCell[] }
export interface Scoreboard { contestId: number; scoring: ScoringMode; frozen: boolean; frozenFrom: string | null; problems: ContestProblem[]; rows: ScoreboardRow[] }
export interface ContestSubmission {
  id: number; username: string; problemId: string; status: string; verdict: string | null; hiddenPassed: number | null; hiddenTotal: number | null;
  late: boolean; createdAt: string;
}

export const contestsApi = {
  list: () => request<ContestSummary[]>("GET", "/api/contests"),
  get: (id: number) => request<ContestDetail>("GET", `/api/contests/${id}`),
  create: (body: ContestRequest) => request<{ id: number }>("POST", "/api/contests", body),
  replace: (id: number, body: ContestRequest) => request<void>("PUT", `/api/contests/${id}`, body),
  amend: (id: number, body: { endsAt?: string; close?: boolean }) => request<void>("PATCH", `/api/contests/${id}`, body),
  join: (id: number, code: string | null) => request<void>("POST", `/api/contests/${id}/join`, { code }),
  scoreboard: (id: number) => request<Scoreboard>("GET", `/api/contests/${id}/scoreboard`),
  submissions: (id: number) => request<ContestSubmission[]>("GET", `/api/contests/${id}/submissions`),
  unfreeze: (id: number) => request<void>("POST", `/api/contests/${id}/unfreeze`),
  rejudge: (id: number, problemId?: string) =>
    request<{ requeued: number }>("POST", `/api/contests/${id}/rejudge${problemId ? `?problemId=${encodeURIComponent(problemId)}` : ""}`),
  submit: (contestId: number, problemId: string, source: string) =>
    request<{ id: number; contestId: number | null; late: boolean }>("POST", "/api/submissions", { problemId, source, contestId }),
  exportUrl: (id: number) => `/api/contests/${id}/export.csv`,
};
