// go-yaml (libyaml) lets a multi-line quoted scalar continue at or left of its key's indentation; YAML 1.2
// parsers refuse it ("deficient indentation"). Before the lenient reader retries such text, continuation
// lines are indented one column past the key, and the insertions are recorded so offsets map back exactly.
// Folding trims a continuation line's leading white space, so the value is unchanged.

export interface Reindented {
  text: string;
  /** Maps an offset in `text` back to the original text. */
  original: (offset: number) => number;
}

/** Where an unterminated quoted scalar starts on a `key: "…` or `- "…` line, with the quote character. */
function openQuote(line: string): { quote: string; indent: number } | undefined {
  const match = /^(\s*)(?:-\s+)?(?:[^\s#'"][^#'"]*?:\s+|-\s+)?(['"])/.exec(line);
  if (!match || match[2] === undefined) return undefined;
  const quote = match[2];
  const rest = line.slice(match[0].length);
  return closes(rest, quote) === -1 ? { quote, indent: (match[1] ?? '').length } : undefined;
}

/** Index after the closing quote in `text`, or -1 when the scalar goes on. */
function closes(text: string, quote: string): number {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote === '"' && ch === '\\') {
      i++;
      continue;
    }
    if (ch !== quote) continue;
    if (quote === "'" && text[i + 1] === "'") {
      i++;
      continue;
    }
    return i + 1;
  }
  return -1;
}

/** Re-indents continuation lines of quoted scalars that sit at or left of their key. */
export function reindentQuotedContinuations(text: string): Reindented {
  const lines = text.split('\n');
  const insertions: { at: number; count: number }[] = [];
  let offset = 0;
  let open: { quote: string; indent: number } | undefined;
  let shift = 0;
  const out: string[] = [];
  for (const line of lines) {
    let current = line;
    if (open) {
      const indent = /^\s*/.exec(line)?.[0].length ?? 0;
      if (indent <= open.indent && line.trim() !== '') {
        const count = open.indent + 1 - indent;
        insertions.push({ at: offset + shift, count });
        current = ' '.repeat(count) + line;
        shift += count;
      }
      if (closes(line, open.quote) !== -1) open = undefined;
    } else {
      open = openQuote(line);
    }
    out.push(current);
    offset += line.length + 1;
  }
  return {
    text: out.join('\n'),
    original: (at) => {
      let back = 0;
      for (const insertion of insertions) {
        if (insertion.at + insertion.count <= at) back += insertion.count;
        else if (insertion.at <= at) back += at - insertion.at;
      }
      return at - back;
    },
  };
}
