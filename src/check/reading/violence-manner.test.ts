/** Removal by force (reading/violence-manner.ts), in sentences of our own that no case file holds. */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';

const { blocked } = decencyOf();

describe('removal by force', () => {
  it.each([
    'Iemand zou die Syrische vaders eens hardhandig van ons schoolplein moeten verjagen.',
    'Wij schoppen die Turken met geweld de school uit.',
  ])('reads a removal verb, by stem or split, with a manner of force and an intent: %s', (text) => expect(blocked(text)).toBe(true));
  it.each([
    'Iemand moet die Syrische vaders even de weg naar de school uitleggen.',
    'Gisteren werd de dief hardhandig verwijderd door de politie.',
    'We moeten die oude kasten hardhandig uit het lokaal verwijderen.',
    'Niemand mag die Syrische vaders hardhandig van het plein verjagen.',
  ])('lets a removal without force, a report, a negation or a thing pass: %s', (text) => expect(blocked(text)).toBe(false));
});
