// JavaScript's \b only knows ASCII letters, so "mógłbyś" or "før" would never end a word.
// Lexicons are written with \b for readability; this rewrites them to Unicode-aware boundaries.
// A \b after a letter or a closing group marks a word end; anywhere else, a word start. One
// lookaround each is much cheaper than a full two-sided boundary at every position.
const WORD = '[\\p{L}\\p{N}_]';
const START = `(?<!${WORD})`;
const END = `(?!${WORD})`;

export function unicodeRegExp(re: RegExp): RegExp {
  const src = re.source;
  let out = '';
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\' && src[i + 1] === 'b') {
      let prev = out.length > 0 ? out[out.length - 1]! : '';
      // After a quantifier, look at what it repeats: whitespace or "." ("\s+\b", ".{0,25}\b",
      // ".*\b") leave us at a word start.
      if (prev === '*' || prev === '+' || prev === '?' || prev === '}') {
        let at = out.length - 1;
        if (prev === '}') at = out.lastIndexOf('{', at);
        const atom = out.slice(Math.max(0, at - 2), at);
        if (atom.endsWith('.') || atom === '\\s') prev = ' ';
      }
      out += /[\p{L}\p{N})\]}?*+]/u.test(prev) ? END : START;
      i++;
    } else if (src[i] === '\\') {
      out += src[i]! + (src[i + 1] ?? '');
      i++;
    } else {
      out += src[i];
    }
  }
  const flags = re.flags.includes('u') ? re.flags : re.flags + 'u';
  return new RegExp(out, flags);
}

export const B = START;
export const E = END;
