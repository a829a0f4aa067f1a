/**
 * `edits` on findings (check contract): the fix as a change of the text that a user interface
 * applies in one click. Applying the edits of every finding gives a draft whose re-check no
 * longer has those findings (a property test keeps that true).
 *
 * - Disclosure (B1, C3) and disclaimer (C4) in the school's own wording, inserted where they
 *   read naturally: after the last sentence of the message, before a trailing signature
 *   ("Groetjes, juf Anna") or a closing row of hashtags. After a sentence that ends in
 *   punctuation (or an emoji) the sentence follows on the same line; after words without it, on
 *   a line of its own, so the draft's own punctuation is left as it is. Insertions at the same
 *   place compose in either order.
 * - Removal of a phone number, e-mail address, street address, postcode, BSN or IBAN: the
 *   details go, and so do the words that only introduced them ("Bel:", "tel.", "mail me op",
 *   "of bel", "woont aan de", a postcode's town), leaving readable text: no double spaces, no
 *   space before punctuation, no orphaned colon or comma, a capital at a sentence start.
 */
import type { SchoolProfile } from '../protocol/school.js';
import type { Finding, TextEdit } from './types.js';
import { mapPacked } from './reading/word-sets.js';

const REMOVABLE = new Set(['phone', 'email', 'address', 'postcode', 'bsn', 'iban']);
const TERMINAL = /[.!?…)\]"'»”’]$|\p{Extended_Pictographic}\uFE0F?$/u;
const GREETING = /^(met\s+)?(vriendelijke\s+|hartelijke\s+|sportieve\s+|lieve\s+)?(groet(en|jes)?|gr\.?|groetjes|liefs|mvg|m\.v\.g\.?|dank(je)?\s*wel|bedankt|namens)\b|^[-–—~]\s*\S/i;
const NAMEY_WORD = /^(\p{Lu}[\p{L}'’.-]*|juf|juffrouw|meester|van|de|der|den|het|ter|ten|groep|klas|en|\d{1,2}[a-z]?)[,]?$/u;

/** Where a closing sentence goes: before a trailing signature or row of hashtags. */
export function closingPoint(text: string): number {
  let end = text.trimEnd().length;
  // a closing row of hashtags and handles: "… #sportdag #desterren" (read word by word from the end)
  for (;;) {
    let space = end - 1;
    while (space >= 0 && !/\s/.test(text[space]!)) space--;
    if (space <= 0 || !/^[#@][\p{L}\p{N}_]+$/u.test(text.slice(space + 1, end))) break;
    const before = text.slice(0, space).trimEnd().length;
    if (before === 0) break;
    end = before;
  }
  // signature lines at the end: a greeting, or a short line that is only a name
  for (let guard = 0; guard < 3; guard++) {
    const body = text.slice(0, end);
    const nl = body.lastIndexOf('\n');
    if (nl < 0) break;
    const line = body.slice(nl + 1).trim();
    const words = line.split(/\s+/).filter(Boolean);
    const greeting = GREETING.test(line) && line.length <= 60;
    const namey = words.length > 0 && words.length <= 5 && !/[.!?:]$/.test(line) && words.every((w) => NAMEY_WORD.test(w)) && words.some((w) => /^\p{Lu}/u.test(w));
    if (!greeting && !namey) break;
    const before = body.slice(0, nl).trimEnd();
    if (before.trim() === '') break;
    end = before.length;
  }
  return end;
}

/** Insert a closing sentence at the natural place (or at `at`). */
export function closingEdit(text: string, sentence: string, at = closingPoint(text)): TextEdit {
  const body = text.slice(0, at);
  if (body.trim() === '') return { span: [0, 0], text: text.trim().length ? `${sentence}\n` : sentence };
  const sep = TERMINAL.test(body) ? ' ' : '\n';
  return { span: [at, at], text: sep + sentence };
}

const LABEL = /(?:^|[\s(])((?:e-?mail|mail|tel(?:efoon)?(?:nummer)?|mob(?:iel)?|gsm|nummer|nr|adres|bsn|burgerservicenummer|iban|rekeningnummer|whats?app|bel|app|sms)\.?)\s*:?\s*$/i;
const CONNECTOR = /(?:^|\s)((?:op|via|naar|is|aan|bij|in|te|wonend\s+aan)(?:\s+(?:de|het|nummer))?)\s*$/i;
const COORD = /(?:^|\s)(of|en)\s*$/i;

/** Start offset of a regex match's first group within `left`. */
const groupStart = (m: RegExpExecArray): number => m.index + m[0].indexOf(m[1]!);

/** How far around a detail the words that introduce it are looked for (keeps removal linear). */
const WINDOW = 120;

/** The edit that removes the contact detail at [s, e) and the words that only introduced it. */
export function removalEdit(text: string, s: number, e: number, kind: string): TextEdit {
  const base = Math.max(0, s - WINDOW);
  const local = removalIn(text.slice(base, Math.min(text.length, e + WINDOW)), s - base, e - base, kind);
  return { span: [local.span[0] + base, local.span[1] + base], text: local.text };
}

/** `removalEdit` within a window of the text around the detail. */
function removalIn(text: string, s: number, e: number, kind: string): TextEdit {
  let a = s;
  let b = e;
  // a postcode's town: "7311 AB Apeldoorn"
  if (kind === 'postcode') {
    const town = /^[ \t]+\p{Lu}[\p{L}'-]+(?:[ \t]+(?:aan[ \t]+(?:de|den)[ \t]+)?\p{Lu}[\p{L}'-]+)?/u.exec(text.slice(b));
    if (town) b += town[0].length;
  }
  // "(06-12345678" read with its opening parenthesis: the closing one goes with it
  if (text[a] === '(' && !text.slice(a, b).includes(')')) {
    const close = /^[ \t]*\)/.exec(text.slice(b));
    if (close) b += close[0].length;
  }
  const left0 = text.slice(0, a);
  const label = LABEL.exec(left0);
  if (label) {
    // "Bel: 06…", "tel. 06…", "mail: …", "… of via mail: …", "… of bel 06…"
    a = groupStart(label);
    const conn = CONNECTOR.exec(text.slice(0, a));
    if (conn) a = groupStart(conn);
    const coord = COORD.exec(text.slice(0, a));
    if (coord) a = groupStart(coord);
  } else if (/:[ \t]*$/.test(left0)) {
    // "voor de carpool: 06…": the colon goes, the words before it stay
    a = left0.replace(/[ \t]*:[ \t]*$/, '').length;
  } else {
    const conn = CONNECTOR.exec(left0);
    if (conn) a = groupStart(conn);
  }
  let leftT = text.slice(0, a).replace(/[ \t]+$/, '');
  let rightT = text.slice(b).replace(/^[ \t]+/, '');
  // "(06-12345678)" goes as a whole
  if (leftT.endsWith('(') && rightT.startsWith(')')) {
    a = leftT.length - 1;
    b = text.length - rightT.length + 1;
    leftT = text.slice(0, a).replace(/[ \t]+$/, '');
    rightT = text.slice(b).replace(/^[ \t]+/, '');
  }
  const leftWs = leftT.length;
  const rightWs = text.length - rightT.length;
  // by default the space before the detail goes and the space after it stays as the joint
  let A = leftWs;
  let B = b;
  const sentenceStart = leftT === '' || /[\n.!?]$/.test(leftT);
  if (sentenceStart && /^[.,;:!?]/.test(rightT)) {
    // the whole sentence or clause was the detail: its closing mark goes too
    B = rightWs + (/^[.!?]+/.exec(rightT) ?? /^[,;:]/.exec(rightT))![0].length;
    if (leftT !== '' && !/\n$/.test(leftT)) {
      // keep one space after the previous sentence: "Carpool! Bel: 06…. Daarna …" → "Carpool! Daarna …"
      B += /^[ \t]*/.exec(text.slice(B))![0].length;
      A = leftWs;
      const rest = text.slice(B);
      if (rest !== '' && !/^\n/.test(rest)) return capitalised(text, A, B, ' ');
    } else {
      while (text[B] === ' ' || text[B] === '\t') B++;
    }
  } else if (leftT === '' || /\n$/.test(leftT)) {
    B = rightWs;
    // a line that was only the detail goes with the line break after it (the last line: before it)
    if (/^\n/.test(rightT)) B += 1;
    else if (rightT === '' && leftT !== '') A -= 1;
  } else if (rightT === '' || /^\n/.test(rightT)) {
    B = rightWs;
    if (/[,;:]$/.test(leftT)) A -= 1;
  } else if (/^[.,;:!?)\]]/.test(rightT)) {
    B = rightWs;
    if (/[,;:]$/.test(leftT)) A -= 1;
  }
  return capitalised(text, A, B, '');
}

/** Delete [A, B) putting `joint` in its place, and give a sentence that now starts lower case its capital. */
function capitalised(text: string, A: number, B: number, joint: string): TextEdit {
  let replacement = joint;
  const before = text.slice(0, A);
  const atStart = before.trim() === '' || /[.!?]\s*$/.test(before) || /\n$/.test(before);
  const ws = joint === '' ? /^[ \t]*/.exec(text.slice(B))![0] : '';
  if (atStart && /^\p{Ll}/u.test(text.slice(B + ws.length))) {
    replacement = (joint || (before.trim() === '' || /\n$/.test(before) ? '' : ws || ' ')) + text[B + ws.length]!.toUpperCase();
    B += ws.length + 1;
  }
  return { span: [A, B], text: replacement };
}

/**
 * Add `edits` to the findings whose fix is a change of text. Removals never overlap each other
 * or the closing insertions, so every subset of the edits can be applied together.
 */
export function addEdits(text: string, findings: Finding[], school: SchoolProfile): Finding[] {
  const removals: { f: Finding; edit: TextEdit }[] = [];
  for (const f of findings) {
    if (f.rule === 'A2' && f.span && f.kind && REMOVABLE.has(f.kind)) removals.push({ f, edit: removalEdit(text, f.span[0], f.span[1], f.kind) });
  }
  removals.sort((x, y) => x.edit.span[0] - y.edit.span[0]);
  let end = 0;
  const kept = new Map<Finding, TextEdit>();
  let last: { f: Finding; edit: TextEdit } | undefined;
  for (const r of removals) {
    let edit = r.edit;
    // two whole lines removed, the second the last one: both claim the line break between them,
    // so the first takes the break before it instead ("A\nB\nC" without B and C is "A")
    if (last && edit.span[0] === end - 1 && text[end - 1] === '\n' && last.edit.text === '' && text[last.edit.span[0] - 1] === '\n') {
      last.edit = { span: [last.edit.span[0] - 1, end - 1], text: '' };
      kept.set(last.f, last.edit);
      end -= 1;
    }
    if (edit.span[0] < end) {
      // overlaps the removal before it (both take the space between them): start where it ends,
      // and let the space before (kept alone, or the previous edit's own) be the joint
      if (r.f.span![0] < end || text.slice(edit.span[0], end).trim() !== '') continue;
      let stop = edit.span[1];
      const replacement = edit.text.replace(/^[ \t]+/, '');
      if (replacement === '') while (text[stop] === ' ' || text[stop] === '\t') stop++;
      edit = { span: [end, stop], text: replacement };
    }
    kept.set(r.f, edit);
    last = { f: r.f, edit };
    end = Math.max(end, edit.span[1]);
  }
  // the closing sentences go after the last sentence; never inside a removal
  let closing = closingPoint(text);
  for (const edit of kept.values()) if (edit.span[0] < closing && edit.span[1] > closing) closing = edit.span[1];
  const close = (sentence: string): TextEdit => closingEdit(text, sentence, closing);
  return mapPacked(findings, (f) => {
    const removal = kept.get(f);
    if (removal) return { ...f, edits: [removal] };
    if ((f.rule === 'B1' || f.rule === 'C3') && f.kind === 'disclosure') return { ...f, edits: [close(school.disclosure.nl)] };
    if (f.rule === 'C4' && f.kind === 'disclaimer') return { ...f, edits: [close(school.disclaimer.nl)] };
    if (f.rule === 'C4' && f.kind === 'disclaimer_partial') return { ...f, edits: [close(THIRD_PARTIES_NL)] };
    return f;
  });
}

export const THIRD_PARTIES_NL = 'Ik ben niet verantwoordelijk voor de inhoud en uitlatingen van derden.';
