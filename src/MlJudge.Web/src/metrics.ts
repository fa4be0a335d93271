// Reads the server's Prometheus exposition (/metrics, instructors only) into samples, for the admin panel.
// Only what the panel shows is interpreted; a Prometheus server remains the place for history and alerts.

export interface Sample { name: string; labels: Record<string, string>; value: number }

export async function fetchMetrics(): Promise<Sample[]> {
  const response = await fetch("/metrics", { credentials: "same-origin", headers: { accept: "text/plain" } });
  if (!response.ok) throw new Error(`metrics: ${response.status}`);
  return parseMetrics(await response.text());
}

export function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!match || line.startsWith("#")) continue;
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[pair[1]] = pair[2];
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

export function sum(samples: Sample[], name: string, filter: (labels: Record<string, string>) => boolean = () => true): number {
  return samples.filter(s => s.name === name && filter(s.labels)).reduce((total, s) => total + s.value, 0);
}
