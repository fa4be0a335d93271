import * as monaco from "monaco-editor";
import EditorWorker from "monaco-editor/editor/editor.worker.js?worker";
import type { Diagnostic } from "../api";

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = { getWorker: () => new EditorWorker() };

const dark = window.matchMedia("(prefers-color-scheme: dark)");

/** The code editor: Monaco with C# highlighting, a draft kept per problem, and compiler diagnostics as markers. */
export class CodeEditor {
  readonly editor: monaco.editor.IStandaloneCodeEditor;

  constructor(host: HTMLElement, value: string, draftKey: string | null, readOnly = false) {
    const saved = draftKey ? localStorage.getItem(draftKey) : null;
    this.editor = monaco.editor.create(host, {
      value: saved ?? value,
      language: "csharp",
      theme: dark.matches ? "vs-dark" : "vs",
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      scrollBeyondLastLine: false,
      readOnly,
      tabSize: 4,
    });
    if (draftKey) this.editor.onDidChangeModelContent(() => localStorage.setItem(draftKey, this.editor.getValue()));
  }

  get value(): string { return this.editor.getValue(); }

  set value(text: string) { this.editor.setValue(text); }

  onShortcut(keys: number, action: () => void): void {
    this.editor.addCommand(keys, action);
  }

  setDiagnostics(diagnostics: Diagnostic[]): void {
    const model = this.editor.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(model, "mljudge", diagnostics.map(d => ({
      severity: monaco.MarkerSeverity.Error,
      message: `${d.id}: ${d.message}`,
      startLineNumber: d.line,
      startColumn: d.column,
      endLineNumber: Math.max(d.endLine, d.line),
      endColumn: d.endLine > d.line || d.endColumn > d.column ? d.endColumn : d.column + 1,
    })));
  }

  markerCount(): number {
    return monaco.editor.getModelMarkers({ owner: "mljudge" }).length;
  }

  dispose(): void { this.editor.dispose(); }

  static readonly keys = { submit: monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, run: monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter };
}
