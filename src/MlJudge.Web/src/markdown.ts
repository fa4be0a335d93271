import MarkdownIt from "markdown-it";
import katex from "katex";
import "katex/dist/katex.min.css";

// Statements are Markdown with $inline$ and $$display$$ math, rendered with KaTeX.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

function renderMath(tex: string, displayMode: boolean): string {
  try {
    return katex.renderToString(tex, { displayMode, throwOnError: false, output: "html" });
  } catch {
    return `<code>${md.utils.escapeHtml(tex)}</code>`;
  }
}

md.block.ruler.before("fence", "math_block", (state, startLine, endLine, silent) => {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const firstLine = state.src.slice(start, state.eMarks[startLine]).trim();
  if (!firstLine.startsWith("$$")) return false;
  if (silent) return true;
  let content = firstLine.slice(2);
  let line = startLine;
  if (content.trimEnd().endsWith("$$") && content.trim().length >= 2) {
    content = content.trimEnd().slice(0, -2);
  } else {
    const lines: string[] = [content];
    for (line = startLine + 1; line < endLine; line++) {
      const text = state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
      if (text.trimEnd().endsWith("$$")) { lines.push(text.trimEnd().slice(0, -2)); break; }
      lines.push(text);
    }
    content = lines.join("\n");
  }
  const token = state.push("math_block", "div", 0);
  token.content = content;
  token.map = [startLine, line + 1];
  state.line = line + 1;
  return true;
// A "$$" line may follow text directly (inside a list item or a paragraph): it ends that paragraph instead
// of being read as inline text whose dollars pair up with the wrong neighbours.
}, { alt: ["paragraph", "reference", "blockquote", "list"] });

// $$...$$ within a line of text is display math too.
md.inline.ruler.after("escape", "math_display_inline", (state, silent) => {
  if (!state.src.startsWith("$$", state.pos)) return false;
  const end = state.src.indexOf("$$", state.pos + 2);
  if (end < 0 || end === state.pos + 2) return false;
  if (!silent) {
    const token = state.push("math_display_inline", "span", 0);
    token.content = state.src.slice(state.pos + 2, end);
  }
  state.pos = end + 2;
  return true;
});

md.inline.ruler.after("escape", "math_inline", (state, silent) => {
  if (state.src[state.pos] !== "$" || state.src[state.pos + 1] === "$") return false;
  const end = state.src.indexOf("$", state.pos + 1);
  if (end < 0 || end === state.pos + 1) return false;
  if (!silent) {
    const token = state.push("math_inline", "span", 0);
    token.content = state.src.slice(state.pos + 1, end);
  }
  state.pos = end + 1;
  return true;
});

md.renderer.rules.math_block = (tokens, i) => `<div class="math-display">${renderMath(tokens[i].content, true)}</div>`;
md.renderer.rules.math_inline = (tokens, i) => renderMath(tokens[i].content, false);
md.renderer.rules.math_display_inline = (tokens, i) => `<span class="math-display">${renderMath(tokens[i].content, true)}</span>`;

export function renderMarkdown(text: string): string {
  return md.render(text);
}
