/** A call's monitoring codes as the call stores them: one trimmed KEY=VALUE a line, no blank lines (so the server's line numbers are those shown). */
export function pucLines(text: string): string {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join('\n');
}
