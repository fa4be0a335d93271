import { locale, t } from "./i18n";
import { statusKeys, verdictKeys } from "./messages";

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

/** A verdict in the interface's language; a name this build does not know is spaced out as it comes. */
export function verdictLabel(verdict: string | null | undefined): string {
  const name = verdict || "Pending";
  return Object.hasOwn(verdictKeys, name) ? t(verdictKeys[name as keyof typeof verdictKeys]) : name.replace(/([a-z])([A-Z])/g, "$1 $2");
}

export function statusLabel(status: string): string {
  return Object.hasOwn(statusKeys, status) ? t(statusKeys[status as keyof typeof statusKeys]) : status;
}

export function formatTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return "–";
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`;
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleString(locale()) : "–";
}

export function json(value: unknown): string {
  return JSON.stringify(value);
}
