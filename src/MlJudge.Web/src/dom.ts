// Small DOM helpers: build elements without innerHTML for anything that carries user or server text.

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K, attributes: Record<string, string | boolean | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (key === "class") node.className = String(value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

export function clear(node: Element): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export function verdictClass(verdict: string | null | undefined): string {
  if (!verdict) return "pending";
  return verdict === "Accepted" ? "ok" : verdict === "CompilationError" ? "ce" : "bad";
}

export function verdictLabel(verdict: string | null | undefined): string {
  return verdict ? verdict.replace(/([a-z])([A-Z])/g, "$1 $2") : "Pending";
}

export function formatTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "–";
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`;
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleString() : "–";
}

export function json(value: unknown): string {
  return JSON.stringify(value);
}
