/**
 * Compares output a Markdown block shows with the output a command printed: exactly
 * (`check: output`) or as an ordered excerpt (`check: excerpt`). Elapsed times such as
 * `[  1.3 s]` differ from run to run and are masked on both sides.
 */

/** Masks what differs between two runs of the same command. */
export function maskVolatile(text: string): string {
  return text.replace(/\[\s*\d+(?:\.\d+)? s\]/g, "[ ‹elapsed› ]").replace(/\r/g, "");
}

/**
 * Why `shown` is not `printed`, or undefined when it is. `lineOffset` is the line number of the
 * block's first line in its file: the message starts with the number of the line that is wrong.
 */
export function outputMismatch(
  mode: "output" | "excerpt",
  shown: string,
  printed: string,
  lineOffset: number,
): string | undefined {
  const shownLines = maskVolatile(shown).replace(/\n$/, "").split("\n");
  const printedLines = maskVolatile(printed).replace(/\n$/, "").split("\n");
  if (mode === "output") {
    for (let i = 0; i < Math.max(shownLines.length, printedLines.length); i++) {
      if (shownLines[i] !== printedLines[i]) {
        return (
          `${lineOffset + i}: shown ${JSON.stringify(shownLines[i] ?? "(end of block)")}, ` +
          `printed ${JSON.stringify(printedLines[i] ?? "(end of output)")}\n--- printed ---\n${printed}`
        );
      }
    }
    return undefined;
  }
  let at = 0;
  for (let i = 0; i < shownLines.length; i++) {
    const line = shownLines[i]!;
    if (line.trim() === "") continue;
    const found = printedLines.indexOf(line, at);
    if (found < 0) {
      return (
        `${lineOffset + i}: ${JSON.stringify(line)} is not in the output` +
        `${at > 0 ? " after the lines matched before it" : ""}\n--- printed ---\n${printed}`
      );
    }
    at = found + 1;
  }
  return undefined;
}
