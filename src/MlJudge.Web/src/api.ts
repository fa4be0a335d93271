// Thin typed client for the MlJudge HTTP API (docs/API.md). Errors are RFC 7807 problem details.

// The shapes come from docs/openapi.json, which the server's endpoints generate (see ContractTests):
// `npm run api-types` regenerates api.generated.ts after an endpoint or record changes. Only names are chosen here.
import type { components } from "./api.generated";

type Schemas = components["schemas"];

export type ProblemSummary = Schemas["ProblemSummary"];
export type Sample = Schemas["SampleDto"];
export type ProblemDetail = Schemas["ProblemDetail"];
export type Verdict = NonNullable<Schemas["Verdict"]>;
export type SubmissionStatus = Schemas["SubmissionStatus"];
// ASP.NET Core lists null among the Verdict enum's values because some fields are nullable; a test always has one.
export type TestResult = Omit<Schemas["TestResultDto"], "verdict"> & { verdict: Verdict };
/** Compiler diagnostics travel as stored JSON (the engine's CompileDiagnostic), so the document cannot describe them. */
export interface Diagnostic { id: string; severity: string; line: number; column: number; endLine: number; endColumn: number; message: string }
export type SubmissionDetail = Omit<Schemas["SubmissionDetail"], "diagnostics" | "diagnosis"> & { diagnostics: Diagnostic[]; diagnosis?: import("./hub").Diagnosis | null };
export type SubmissionSummary = Schemas["SubmissionSummary"];
export type Standing = Schemas["Standing"];
export type FastestSolution = Schemas["FastestSolution"];
export type User = Schemas["UserResponse"];
export type LoginResponse = Schemas["LoginResponse"];
export type ProblemError = Schemas["ProblemError"];
export type ReloadResponse = Schemas["ReloadResponse"];
export type SubmissionCreated = Schemas["SubmissionCreated"];
export type ProblemSolutions = Schemas["ProblemSolutions"];

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
  login: (username: string, password: string) => request<LoginResponse>("POST", "/api/auth/login", { username, password }),
  logout: () => request<void>("POST", "/api/auth/logout"),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<User & { token: string }>("POST", "/api/auth/password", { currentPassword, newPassword }),
  problems: () => request<ProblemSummary[]>("GET", "/api/problems"),
  problem: (id: string) => request<ProblemDetail>("GET", `/api/problems/${encodeURIComponent(id)}`),
  fastest: (id: string) => request<FastestSolution[]>("GET", `/api/problems/${encodeURIComponent(id)}/leaderboard`),
  submit: (problemId: string, source: string) => request<SubmissionCreated>("POST", "/api/submissions", { problemId, source }),
  run: (problemId: string, source: string) => request<SubmissionCreated>("POST", "/api/runs", { problemId, source }),
  customRun: (problemId: string, source: string, args: unknown) =>
    request<SubmissionCreated>("POST", `/api/problems/${encodeURIComponent(problemId)}/custom-runs`, { source, args }),
  solutions: (problemId: string) => request<ProblemSolutions>("GET", `/api/problems/${encodeURIComponent(problemId)}/solutions`),
  submission: (id: number) => request<SubmissionDetail>("GET", `/api/submissions/${id}`),
  submissions: (query: { problemId?: string; mine?: boolean }) => {
    const params = new URLSearchParams();
    if (query.problemId) params.set("problemId", query.problemId);
    if (query.mine) params.set("mine", "true");
    return request<SubmissionSummary[]>("GET", `/api/submissions?${params}`);
  },
  leaderboard: () => request<Standing[]>("GET", "/api/leaderboard"),
  reload: () => request<ReloadResponse>("POST", "/api/admin/problems/reload"),
  rejudge: (id: number) => request<SubmissionCreated>("POST", `/api/admin/submissions/${id}/rejudge`),
};

// Contests (docs/API.md, "Contests"): the types come from the OpenAPI document like the rest.
export type ScoringMode = Schemas["ScoringMode"];
export type LatePolicy = NonNullable<Schemas["LatePolicy"]>;
export type ContestPhase = Schemas["ContestPhase"];
export type ContestProblem = Schemas["ContestProblemDto"];
export type ContestSummary = Schemas["ContestSummary"];
export type ContestDetail = Omit<Schemas["ContestDetail"], "latePolicy"> & { latePolicy: LatePolicy };
export type ContestRequest = Schemas["ContestRequest"];
export type ScoreboardCell = Schemas["ScoreboardCell"];
export type ScoreboardRow = Schemas["ScoreboardRow"];
export type Scoreboard = Schemas["ScoreboardDto"];
export type ContestSubmission = Schemas["ContestSubmission"];
export type ContestCreated = Schemas["ContestCreated"];
export type ContestAmendment = Schemas["ContestAmendment"];

export const contestsApi = {
  list: () => request<ContestSummary[]>("GET", "/api/contests"),
  get: (id: number) => request<ContestDetail>("GET", `/api/contests/${id}`),
  create: (body: ContestRequest) => request<ContestCreated>("POST", "/api/contests", body),
  replace: (id: number, body: ContestRequest) => request<void>("PUT", `/api/contests/${id}`, body),
  amend: (id: number, body: Partial<ContestAmendment>) => request<void>("PATCH", `/api/contests/${id}`, body),
  join: (id: number, code: string | null) => request<void>("POST", `/api/contests/${id}/join`, { code }),
  scoreboard: (id: number) => request<Scoreboard>("GET", `/api/contests/${id}/scoreboard`),
  submissions: (id: number) => request<ContestSubmission[]>("GET", `/api/contests/${id}/submissions`),
  unfreeze: (id: number) => request<void>("POST", `/api/contests/${id}/unfreeze`),
  rejudge: (id: number, problemId?: string) =>
    request<Schemas["RejudgeResponse"]>("POST", `/api/contests/${id}/rejudge${problemId ? `?problemId=${encodeURIComponent(problemId)}` : ""}`),
  submit: (contestId: number, problemId: string, source: string) =>
    request<SubmissionCreated>("POST", "/api/submissions", { problemId, source, contestId }),
  exportUrl: (id: number) => `/api/contests/${id}/export.csv`,
};
