/** Removal by force (reading/violence-manner.ts), in sentences of our own that no case file holds. */
import { describe, expect, it } from 'vitest';
import { decencyOf } from './probe.js';

const { blocked } = decencyOf();

describe('removal by force', () => {
  it('reads a removal verb, by stem or split, with a manner of force and an intent', () => {
    expect(blocked('Iemand zou die Syrische vaders eens hardhandig van ons schoolplein moeten verjagen.')).toBe(true);
    expect(blocked('Wij schoppen die Turken met geweld de school uit.')).toBe(true);
  });
  it('lets a removal without force, a report, a negation or a thing pass', () => {
    expect(blocked('Iemand moet die Syrische vaders even de weg naar de school uitleggen.')).toBe(false);
    expect(blocked('Gisteren werd de dief hardhandig verwijderd door de politie.')).toBe(false);
    expect(blocked('We moeten die oude kasten hardhandig uit het lokaal verwijderen.')).toBe(false);
    expect(blocked('Niemand mag die Syrische vaders hardhandig van het plein verjagen.')).toBe(false);
  });
});
