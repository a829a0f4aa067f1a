/**
 * Phone numbers in a draft, as libphonenumber's `findPhoneNumbersInText(text, 'NL')` finds them,
 * of those whose text starts with "0", "+" or "(" (the only ones the personal-information detector
 * reads), without running the matcher over the whole draft.
 *
 * The matcher's candidates (its PATTERN) are digits, punctuation, brackets and plus signs, and
 * extension words ("ext", "extension", "anexo", "int", "x", "доб"): no candidate holds an ASCII
 * letter outside a, e, i, n, o, s, t, x (either case). Call those letters breakers. The matcher
 * looks at most one character before a candidate and three after it. So the text between two
 * breakers, with the breakers themselves, yields exactly the matches the whole text yields there,
 * at the same offsets: the matcher is run on each such window that holds a digit and one of
 * "0", "+", "(" (a window without them yields no number this reader keeps), and its matches are
 * shifted back. A draft with a phone number pays for a few words around it, not for every
 * "groep 5" and date elsewhere in it (each a candidate the matcher parses and rejects).
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';

export interface PhoneSpan {
  startsAt: number;
  endsAt: number;
}

/** An ASCII letter no candidate of the matcher holds. */
function isBreaker(c: number): boolean {
  if (c >= 65 && c <= 90) c += 32;
  if (c < 97 || c > 122) return false;
  return c !== 97 && c !== 101 && c !== 105 && c !== 110 && c !== 111 && c !== 115 && c !== 116 && c !== 120;
}

const LEADING = /^[0+(]/;

/** The matches of `findPhoneNumbersInText(text, 'NL')` whose text starts with "0", "+" or "(", in order. */
export function leadingPhoneNumbers(text: string): PhoneSpan[] {
  const out: PhoneSpan[] = [];
  const n = text.length;
  let from = 0;
  while (from < n) {
    // the window: from `from` (a breaker, or the start) to the next breaker, both included
    let to = from + 1;
    let digit = false;
    let lead = false;
    for (let k = from; k < n; k++) {
      const c = text.charCodeAt(k);
      if (k > from && isBreaker(c)) {
        to = k;
        break;
      }
      to = k + 1;
      if (c >= 48 && c <= 57) {
        digit = true;
        if (c === 48) lead = true;
      } else if (c === 43 || c === 40) lead = true;
      else if (c >= 128 && /\p{Nd}/u.test(text[k]!)) digit = true;
    }
    const end = Math.min(n, to + 1);
    if (digit && lead) {
      const window = from === 0 && end === n ? text : text.slice(from, end);
      for (const p of findPhoneNumbersInText(window, 'NL')) {
        if (LEADING.test(window.slice(p.startsAt, p.endsAt))) out.push({ startsAt: p.startsAt + from, endsAt: p.endsAt + from });
      }
    }
    if (to >= n) break;
    from = to;
  }
  return out;
}
