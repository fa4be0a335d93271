import { messages, type Language, type MessageKey } from "./messages";

// The interface's language: English or Chinese, chosen per browser (localStorage) and defaulting from the
// browser's own language. Pages read it while they render; a switch re-renders the current page (main.ts).
export type { Language, MessageKey };

const storageKey = "mljudge:language";
const listeners = new Set<() => void>();
let current: Language = initial();
document.documentElement.lang = htmlLang(current);

function initial(): Language {
  const saved = localStorage.getItem(storageKey);
  if (saved === "en" || saved === "zh") return saved;
  return (navigator.languages?.[0] ?? navigator.language ?? "").toLowerCase().startsWith("zh") ? "zh" : "en";
}

function htmlLang(language: Language): string {
  return language === "zh" ? "zh-CN" : "en";
}

export function language(): Language {
  return current;
}

export function setLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  if (language === current) return;
  current = language;
  document.documentElement.lang = htmlLang(language);
  listeners.forEach(l => l());
}

/** Returns the unsubscribe. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The message in the current language; `{name}` placeholders are filled from `values`. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  return messages[key][current].replace(/\{(\w+)\}/g, (whole, name: string) => name in values ? String(values[name]) : whole);
}

/** For keys built from data (a section, a difficulty): the message when there is one, else the fallback. */
export function tOr(key: string, fallback: string): string {
  return Object.hasOwn(messages, key) ? t(key as MessageKey) : fallback;
}

/** Content that comes in both languages (titles, statements, hints): the current one, English when Chinese is missing. */
export function pick(en: string, zh: string | null | undefined): string {
  return current === "zh" && zh ? zh : en;
}

/** The locale for dates and times: the browser's own when it speaks the chosen language (keeps en-GB dates), else the language's. */
export function locale(): string {
  const browser = navigator.language ?? "";
  return browser.toLowerCase().startsWith(current) ? browser : htmlLang(current);
}
