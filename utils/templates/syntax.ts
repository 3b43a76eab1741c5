// The template language: `{var}`, `{var|fallback}`, `[[optional piece]]`, `[[first||second]]`, escapes.
// One linear pass; hostile input (huge strings, deep brackets, lone braces) gives errors, never throws.

export const TEMPLATE_VARIABLES = [
  'firstName',
  'senderName',
  'myName',
  'subject',
  'dueDate',
  'requestSummary',
  'deadlineAsk',
  'attachmentNote',
  'toSend',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

export function isTemplateVariable(name: string): name is TemplateVariable {
  return (TEMPLATE_VARIABLES as readonly string[]).includes(name);
}

export type TextPart = { type: 'text'; value: string };
export type VarPart = { type: 'var'; name: string; known: boolean; fallback?: string; index: number };
export type InlinePart = TextPart | VarPart;
/** Alternatives: the first whose variables all have values is used; none → the piece is dropped. */
export type SectionPart = { type: 'section'; alternatives: InlinePart[][]; index: number };
export type TemplatePart = InlinePart | SectionPart;

export type TemplateErrorCode =
  | 'unknown-variable'
  | 'bad-variable'
  | 'unclosed-variable'
  | 'nested-section'
  | 'unclosed-section'
  | 'unopened-section'
  | 'too-many-errors';

export interface TemplateError {
  code: TemplateErrorCode;
  /** Offset into the body (UTF-16 code units). */
  index: number;
  /** The variable name, for variable errors. */
  name?: string;
  message: string;
}

export interface ParsedTemplate {
  parts: TemplatePart[];
  /** Variables used, each once, in order of first use (unknown ones included). */
  variables: string[];
  errors: TemplateError[];
}

const MAX_ERRORS = 100;
const MAX_NAME = 40;
const MAX_FALLBACK = 200;

function isNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

export function parseTemplate(body: string): ParsedTemplate {
  const src = typeof body === 'string' ? body : '';
  const parts: TemplatePart[] = [];
  const variables: string[] = [];
  const seen = new Set<string>();
  const errors: TemplateError[] = [];
  const addError = (e: TemplateError): void => {
    if (errors.length < MAX_ERRORS) errors.push(e);
    else if (errors.length === MAX_ERRORS)
      errors.push({ code: 'too-many-errors', index: e.index, message: 'Too many errors; the rest are not listed' });
  };

  // Where inline parts go: the top level, or the current alternative of an open section.
  let section: SectionPart | null = null;
  let target: InlinePart[] | TemplatePart[] = parts;
  let text = '';
  const flush = (): void => {
    if (text) {
      target.push({ type: 'text', value: text });
      text = '';
    }
  };

  const n = src.length;
  let i = 0;
  while (i < n) {
    const c = src[i] as string;
    const next = src[i + 1];
    if (c === '\\' && next !== undefined && '{}[]|\\'.includes(next)) {
      text += next;
      i += 2;
      continue;
    }
    if (c === '{' && next === '{') {
      text += '{';
      i += 2;
      continue;
    }
    if (c === '}' && next === '}') {
      text += '}';
      i += 2;
      continue;
    }
    if (c === '{') {
      // Name: a bounded run of name characters, then '}' or '|fallback}'.
      let j = i + 1;
      while (j < n && j - i - 1 < MAX_NAME && isNameChar(src.charCodeAt(j))) j++;
      const name = src.slice(i + 1, j);
      let fallback: string | undefined;
      let end = -1;
      if (name && src[j] === '}') end = j;
      else if (name && src[j] === '|') {
        let k = j + 1;
        while (k < n && k - j - 1 <= MAX_FALLBACK && src[k] !== '}' && src[k] !== '{' && src[k] !== '\n') k++;
        if (src[k] === '}') {
          fallback = src.slice(j + 1, k);
          end = k;
        }
      }
      if (end < 0) {
        addError({
          code: name ? 'unclosed-variable' : 'bad-variable',
          index: i,
          ...(name ? { name } : {}),
          message: name
            ? `Variable {${name} at ${i} is not closed with }`
            : `Lone { at ${i}: write {{ for a literal brace`,
        });
        text += '{';
        i += 1;
        continue;
      }
      const known = isTemplateVariable(name);
      if (!known) addError({ code: 'unknown-variable', index: i, name, message: `Unknown variable {${name}} at ${i}` });
      if (!seen.has(name)) {
        seen.add(name);
        variables.push(name);
      }
      flush();
      const part: VarPart = { type: 'var', name, known, index: i };
      if (fallback !== undefined) part.fallback = fallback;
      target.push(part);
      i = end + 1;
      continue;
    }
    if (c === '[' && next === '[') {
      if (section) {
        addError({
          code: 'nested-section',
          index: i,
          message: `[[ at ${i} inside another [[ … ]]: sections do not nest`,
        });
        text += '[[';
      } else {
        flush();
        section = { type: 'section', alternatives: [[]], index: i };
        target = section.alternatives[0] as InlinePart[];
      }
      i += 2;
      continue;
    }
    if (c === ']' && next === ']') {
      if (!section) {
        addError({ code: 'unopened-section', index: i, message: `]] at ${i} without a matching [[` });
        text += ']]';
      } else {
        flush();
        parts.push(section);
        section = null;
        target = parts;
      }
      i += 2;
      continue;
    }
    if (c === '|' && next === '|' && section) {
      flush();
      const alt: InlinePart[] = [];
      section.alternatives.push(alt);
      target = alt;
      i += 2;
      continue;
    }
    text += c;
    i += 1;
  }
  flush();
  if (section) {
    addError({
      code: 'unclosed-section',
      index: section.index,
      message: `[[ at ${section.index} is never closed with ]]`,
    });
    parts.push(section);
  }
  return { parts, variables, errors };
}
