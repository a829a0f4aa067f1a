/** A5 per face, in the check and in the decision the safe version uses. */
import { describe, expect, it } from 'vitest';
import { check } from '../check/engine.js';
import { SterrenwachtError } from '../errors.js';
import { decideFaces } from './decide.js';
import type { Person } from '../check/types.js';

const people: Person[] = [
  { id: 'p1', name: 'Sanne de Vries', role: 'pupil', consent: { photo: false } },
  { id: 'p2', name: 'Daan de Boer', role: 'pupil', consent: { photo: true } },
  { id: 't1', name: 'Marieke Smit', role: 'staff', consent: { photo: false } },
];
const box = (x: number): [number, number, number, number] => [x, 0.2, 0.15, 0.2];
const request = (faces: object[], extra: object = {}) => ({ text: 'Sportdag!', author: { role: 'staff', id: 't1' }, people, media: [{ type: 'photo', faces }], ...extra });

describe('A5 per face', () => {
  it('blocks a photo with a tagged pupil without consent, naming that pupil and that face', () => {
    const r = check(request([{ box: box(0.1), person: 'p1' }, { box: box(0.4), person: 'p2' }, { box: box(0.7), kind: 'unrecognisable' }]));
    expect(r.verdict).toBe('blocked');
    const a5 = r.findings.filter((f) => f.rule === 'A5');
    expect(a5).toHaveLength(1);
    expect(a5[0]).toMatchObject({ severity: 'block', kind: 'consent_photo', people: ['p1'], faces: [0], media: 0 });
    expect(a5[0]!.message).toContain('Sanne de Vries');
    expect(a5[0]!.message).not.toContain('Daan');
  });

  it('allows the photo once every face has consent, is the author, or is not recognisable', () => {
    const r = check(request([{ box: box(0.1), person: 't1' }, { box: box(0.4), person: 'p2' }, { box: box(0.7), kind: 'unrecognisable' }]));
    expect(r.findings.filter((f) => f.rule === 'A5')).toEqual([]);
    expect(r.verdict).toBe('allowed');
  });

  it('counts an untagged face and a face "niet van school" as recognisable people whose consent is unknown', () => {
    const r = check(request([{ box: box(0.1) }, { box: box(0.4), kind: 'outsider' }, { box: box(0.7), person: 'p2' }]));
    const unknown = r.findings.find((f) => f.kind === 'consent_unknown');
    expect(unknown).toMatchObject({ severity: 'block', faces: [0, 1], media: 0 });
    expect(unknown!.message).toMatch(/staan 2 herkenbare personen van wie niet bekend is of ze toestemming hebben gegeven/);
    expect(r.verdict).toBe('blocked');
    // one such face: in the singular
    const one = check(request([{ box: box(0.1) }, { box: box(0.7), person: 'p2' }])).findings.find((f) => f.kind === 'consent_unknown');
    expect(one!.message).toMatch(/staat 1 herkenbare persoon van wie niet bekend is of die toestemming heeft gegeven/);
    expect(one!.messageEn).toMatch(/1 recognisable person whose consent is unknown/);
  });

  it('makes the same decision for the safe version as for the check', () => {
    const faces = [{ box: box(0.1), person: 'p1' }, { box: box(0.3), person: 'p2' }, { box: box(0.5) }, { box: box(0.7), kind: 'outsider' as const }, { box: box(0.85), kind: 'unrecognisable' as const }, { box: box(0.0), person: 't1' }];
    const d = decideFaces(faces, new Map(people.map((p) => [p.id, p])), { authorId: 't1' });
    expect(d.map((x) => [x.face, x.blur, x.reason])).toEqual([
      [0, true, 'no-consent'],
      [1, false, 'consent'],
      [2, true, 'untagged'],
      [3, true, 'outsider'],
      [4, false, 'unrecognisable'],
      [5, false, 'author'],
    ]);
    const findings = check(request(faces)).findings.filter((f) => f.rule === 'A5');
    expect(findings.flatMap((f) => f.faces ?? []).sort()).toEqual(d.filter((x) => x.blur).map((x) => x.face));
  });

  it('decides per channel with a registry’s per-channel consent on a school channel', () => {
    const registry = [{ id: 'p3', name: 'Noor Kok', role: 'pupil' as const, consent: { website: { photo: true }, social: { photo: false } } as unknown as Person['consent'] }];
    const map = new Map(registry.map((p) => [p.id, p as Person]));
    const faces = [{ box: box(0.1), person: 'p3' }];
    expect(decideFaces(faces, map, { account: 'school', channel: 'website' })[0]!.blur).toBe(false);
    expect(decideFaces(faces, map, { account: 'school', channel: 'social' })[0]!.blur).toBe(true);
    expect(decideFaces(faces, map, { account: 'school', channel: 'newsletter' })[0]!.blur).toBe(true);
    // the school's consent does not cover a personal account; the person's own agreement to this post does
    expect(decideFaces(faces, map, { account: 'personal' })[0]!.blur).toBe(true);
    expect(decideFaces(faces, map, { account: 'personal', confirmed: ['p3'] })[0]!.blur).toBe(false);
  });

  it('asks who is recognisable in a video or audible in a recording, which it does not watch or hear', () => {
    const r = check({ text: 'Ons schoolkoor!', author: { role: 'staff' }, people, media: [{ type: 'video' }, { type: 'audio' }] });
    const asks = r.findings.filter((f) => f.kind === 'media_who');
    expect(asks.map((f) => [f.severity, f.media])).toEqual([['info', 0], ['info', 1]]);
    expect(asks[0]!.message).toMatch(/herkenbaar .* video/);
    expect(asks[1]!.message).toMatch(/hoorbaar/);
    // once the author says who, the check decides on their consent
    const told = check({ text: 'Ons schoolkoor!', author: { role: 'staff' }, people, media: [{ type: 'video', depicts: ['p1'] }] });
    expect(told.findings.find((f) => f.rule === 'A5' && f.severity === 'block')?.people).toEqual(['p1']);
  });

  it('refuses faces on a video, a person not in people, a person and another kind at once, and a box outside the photo', () => {
    const bad: [object, string, string][] = [
      [{ ...request([]), media: [{ type: 'video', faces: [{ box: box(0.1) }] }] }, 'invalid_request', 'media.0.faces'],
      [request([{ box: box(0.1), person: 'niemand' }]), 'unknown_person', 'media.0.faces.0.person'],
      [request([{ box: box(0.1), person: 'p1', kind: 'outsider' }]), 'invalid_request', 'media.0.faces.0'],
      [request([{ box: box(0.1), kind: 'person' }]), 'invalid_request', 'media.0.faces.0.person'],
      [request([{ box: [0.9, 0.2, 0.3, 0.2] }]), 'invalid_request', 'media.0.faces.0.box'],
      [request([{ box: [0.1, 0.2, 0, 0.2] }]), 'invalid_request', 'media.0.faces.0.box'],
      [request([{ box: [0.1, 0.2] }]), 'invalid_request', 'media.0.faces.0.box'],
      [request([{ box: box(0.1), kind: 'alien' }]), 'invalid_request', 'media.0.faces.0.kind'],
    ];
    for (const [req, code, path] of bad) {
      const err = (() => {
        try {
          check(req);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(err, JSON.stringify(req).slice(0, 200)).toBeInstanceOf(SterrenwachtError);
      expect((err as SterrenwachtError).code).toBe(code);
      expect((err as SterrenwachtError).path).toBe(path);
    }
  });
});
