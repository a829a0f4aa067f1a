/**
 * The faces on one attached photo: found in this browser (nothing is uploaded), each shown
 * with a numbered box, tagged by the author with someone from the roster (search by name),
 * "niet herkenbaar" or "niet van school"; a face the detector missed is added by drawing a
 * box (or, by keyboard, placing one and moving it with the arrow keys). The tags go to the
 * check as `media[].faces`; the check decides per face (A5) with the consent for the chosen
 * channel, and the faces it does not allow are blurred in the safe version, made on a canvas
 * here and downloaded without EXIF, GPS, XMP or ICC.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Button, Checkbox, Paragraph } from '@utrecht/component-library-react';
import { decode, detect, safeVersion, type Box, type DecodedImage } from './faces.js';
import { PersonSearch, type RosterPerson } from './PersonSearch.js';

export type { RosterPerson };

/** One face on a photo: its box (fractions of the upright photo) and how the author tagged it. */
export interface TaggedFace {
  key: string;
  box: Box;
  person?: RosterPerson;
  kind?: 'unrecognisable' | 'outsider';
  /** Added by hand (the detector missed it). */
  drawn?: boolean;
  /** The author states this person (for a pupil: a parent) agreed to this very post (personal account: `media[].confirmed`). */
  confirmed?: boolean;
}

/** A photo attached in this browser (never uploaded), as FaceTagger needs it. */
export interface FacePhoto {
  fileName: string;
  /** The file itself, read only here. */
  file: Blob;
  type: string;
  /** object URL of the local file (revoked when the photo is removed) */
  url: string;
  faces: TaggedFace[];
  detection: 'busy' | 'done' | 'failed';
}

/** The same, with the key the page keeps it under. */
export interface AttachedPhoto extends FacePhoto {
  key: string;
}

/** Which faces of photo `media` the check's A5 findings say must be blurred. */
export function facesToBlur(findings: readonly { rule: string; media?: number | undefined; faces?: number[] | undefined }[], media: number): number[] {
  return [...new Set(findings.filter((f) => f.rule === 'A5' && (f.media ?? 0) === media).flatMap((f) => f.faces ?? []))].sort((a, b) => a - b);
}

/** Who, tagged on a face, agreed to this very post as the author states (`media[].confirmed`). */
export function confirmedOnFaces(faces: readonly TaggedFace[]): string[] {
  return [...new Set(faces.flatMap((f) => (f.person && f.confirmed ? [f.person.id] : [])))];
}

/** The faces of a photo as the check contract's `media[].faces`. */
export function toCheckFaces(faces: readonly TaggedFace[]): { box: [number, number, number, number]; person?: string; kind?: 'unrecognisable' | 'outsider' }[] {
  return faces.map((f) => ({ box: [f.box[0], f.box[1], f.box[2], f.box[3]], ...(f.person ? { person: f.person.id } : f.kind ? { kind: f.kind } : {}) }));
}
import './faces.css';

const pct = (n: number): string => `${(n * 100).toFixed(2)}%`;
const clamp01 = (n: number): number => Math.min(1, Math.max(0, n));

function tagText(f: TaggedFace): string {
  // the hint (group, role) tells two pupils with the same name apart
  if (f.person) return f.person.hint ? `${f.person.name} (${f.person.hint})` : f.person.name;
  if (f.kind === 'unrecognisable') return 'niet herkenbaar';
  if (f.kind === 'outsider') return 'niet van school';
  return 'nog niet getagd';
}

let faceKeys = 0;
const newKey = (): string => `gezicht-${++faceKeys}`;

export function FaceTagger({ photo, index, roster, update, blur, personal = false }: {
  photo: FacePhoto;
  index: number;
  roster: readonly RosterPerson[];
  update: (patch: Partial<FacePhoto>) => void;
  /** On a personal account: the author confirms per tagged person that they agreed to this post. */
  personal?: boolean;
  /** The faces (indices) the check says must be blurred; undefined while no current result. */
  blur: readonly number[] | undefined;
}) {
  const faces = photo.faces ?? [];
  const [image, setImage] = useState<DecodedImage | null>(null);
  const [drawing, setDrawing] = useState(false);
  // tagged faces fold up to one line; these are open to change their tag
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const edit = (key: string, open: boolean) => setEditing((e) => {
    const next = new Set(e);
    if (open) next.add(key);
    else next.delete(key);
    return next;
  });
  const [draft, setDraft] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(null);
  const [safe, setSafe] = useState<{ url: string; name: string } | null>(null);
  const [safeError, setSafeError] = useState('');
  const frame = useRef<HTMLDivElement>(null);
  const latest = useRef(photo);
  latest.current = photo;
  // the page's latest update (detection ends after later renders: never write through an old one)
  const updateRef = useRef(update);
  updateRef.current = update;

  // find the faces once, on this device
  useEffect(() => {
    if (photo.detection !== 'busy') return;
    let live = true;
    (async () => {
      try {
        const img = await decode(photo.file);
        if (!live) return;
        setImage(img);
        const found = await detect(img);
        if (!live) return;
        updateRef.current({ detection: 'done', faces: [...found.map((f) => ({ key: newKey(), box: f.box })), ...(latest.current.faces ?? [])] });
      } catch {
        if (live) updateRef.current({ detection: 'failed' });
      }
    })();
    return () => {
      live = false;
    };
  }, [photo.file, photo.detection]);

  // the safe version follows the check's decision per face
  const blurKey = blur ? `${blur.join(',')}|${faces.map((f) => f.box.join(',')).join(';')}` : '';
  useEffect(() => {
    if (!image || blur === undefined) return;
    let live = true;
    let url = '';
    setSafeError('');
    safeVersion(image, blur.map((i) => faces[i]?.box).filter((b): b is Box => b !== undefined), photo.type).then(
      (blob) => {
        if (!live) return;
        url = URL.createObjectURL(blob);
        const ext = blob.type === 'image/png' ? 'png' : blob.type === 'image/webp' ? 'webp' : 'jpg';
        setSafe({ url, name: `${photo.fileName.replace(/\.[^.]+$/, '') || 'foto'}-veilig.${ext}` });
      },
      () => live && setSafeError('De veilige versie kon niet worden gemaakt. Probeer de foto opnieuw toe te voegen.'),
    );
    return () => {
      live = false;
      setSafe(null);
      if (url) URL.revokeObjectURL(url);
    };
  }, [image, blurKey]);

  // drawing starts on the photo: bring it into view and give it the focus (Enter places a box)
  useEffect(() => {
    if (!drawing || !frame.current) return;
    frame.current.scrollIntoView({ block: 'nearest' });
    frame.current.focus({ preventScroll: true });
  }, [drawing]);

  const setFace = (i: number, patch: Partial<TaggedFace>) => update({ faces: faces.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  const retag = (i: number, tag: { person?: RosterPerson; kind?: TaggedFace['kind'] }) => {
    const f = faces[i]!;
    const next: TaggedFace = { key: f.key, box: f.box, ...(f.drawn ? { drawn: true } : {}), ...tag };
    update({ faces: faces.map((x, j) => (j === i ? next : x)) });
    edit(f.key, false);
  };
  const removeFace = (i: number) => update({ faces: faces.filter((_, j) => j !== i) });

  const point = (e: PointerEvent<HTMLDivElement>): [number, number] => {
    const r = frame.current!.getBoundingClientRect();
    return [clamp01((e.clientX - r.left) / r.width), clamp01((e.clientY - r.top) / r.height)];
  };
  const addBox = (box: Box) => update({ faces: [...faces, { key: newKey(), box, drawn: true }] });
  const onDown = (e: PointerEvent<HTMLDivElement>) => {
    if (!drawing) return;
    e.preventDefault();
    frame.current?.setPointerCapture(e.pointerId);
    const [x, y] = point(e);
    setDraft({ x0: x, y0: y, x1: x, y1: y });
  };
  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drawing || !draft) return;
    const [x, y] = point(e);
    setDraft({ ...draft, x1: x, y1: y });
  };
  const onUp = () => {
    if (!drawing || !draft) return;
    const x = Math.min(draft.x0, draft.x1);
    const y = Math.min(draft.y0, draft.y1);
    const w = Math.abs(draft.x1 - draft.x0);
    const h = Math.abs(draft.y1 - draft.y0);
    setDraft(null);
    if (w > 0.01 && h > 0.01) {
      addBox([x, y, w, h]);
      setDrawing(false);
    }
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!drawing) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      addBox([0.4, 0.35, 0.2, 0.25]);
      setDrawing(false);
    } else if (e.key === 'Escape') setDrawing(false);
  };
  // arrow keys move (shift: resize) a drawn box when its number is focused
  const nudge = (i: number, e: KeyboardEvent<HTMLElement>) => {
    const step = 0.02;
    const d: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const m = d[e.key];
    if (!m) return;
    e.preventDefault();
    const [x, y, w, h] = faces[i]!.box;
    const box: Box = e.shiftKey ? [x, y, clamp01(Math.max(0.02, w + m[0])) - 0, clamp01(Math.max(0.02, h + m[1]))] : [clamp01(Math.min(1 - w, x + m[0])), clamp01(Math.min(1 - h, y + m[1])), w, h];
    setFace(i, { box: [box[0], box[1], Math.min(box[2], 1 - box[0]), Math.min(box[3], 1 - box[1])] });
  };

  const status =
    photo.detection === 'busy'
      ? 'Gezichten zoeken op dit apparaat…'
      : photo.detection === 'failed'
        ? 'Gezichten zoeken lukte niet op dit apparaat. Voeg de gezichten zelf toe met "Gemist gezicht toevoegen".'
        : `${faces.length === 0 ? 'Geen gezichten gevonden' : faces.length === 1 ? '1 gezicht' : `${faces.length} gezichten`} op foto ${index + 1}. ${faces.length ? 'Tag hieronder wie het is.' : ''}`;
  const blurred = new Set(blur ?? []);

  return (
    <div className="sw-faces">
      <div
        ref={frame}
        className={`sw-faces__frame${drawing ? ' sw-faces__frame--drawing' : ''}`}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onKeyDown={onKey}
        tabIndex={drawing ? 0 : -1}
        aria-label={drawing ? `Foto ${index + 1}: sleep een vak om het gemiste gezicht, of druk op Enter voor een vak in het midden` : undefined}
      >
        <img src={photo.url} alt={`Foto ${index + 1}: ${photo.fileName}`} className="sw-faces__img" draggable={false} />
        {faces.map((f, i) => (
          <div key={f.key} className={`sw-face${blurred.has(i) ? ' sw-face--blur' : ''}${f.person || f.kind ? ' sw-face--tagged' : ''}`} style={{ left: pct(f.box[0]), top: pct(f.box[1]), width: pct(f.box[2]), height: pct(f.box[3]) }} aria-hidden="true">
            <span className="sw-face__nr">{i + 1}</span>
          </div>
        ))}
        {draft ? <div className="sw-face sw-face--draft" style={{ left: pct(Math.min(draft.x0, draft.x1)), top: pct(Math.min(draft.y0, draft.y1)), width: pct(Math.abs(draft.x1 - draft.x0)), height: pct(Math.abs(draft.y1 - draft.y0)) }} aria-hidden="true" /> : null}
      </div>
      <Paragraph small role="status" aria-live="polite" className="sw-faces__status">
        {status}
      </Paragraph>
      {photo.detection === 'done' ? (
        <Paragraph small className="sw-hint">
          Staat er iemand op zonder genummerd vak (klein, half verborgen, van opzij)? Voeg dat gezicht toe met "Gemist gezicht toevoegen": een gezicht zonder vak wordt niet vervaagd.
        </Paragraph>
      ) : null}

      {faces.length ? (
        <ol className="sw-face-list" aria-label={`Gezichten op foto ${index + 1}`}>
          {faces.map((f, i) => {
            const tagged = Boolean(f.person || f.kind);
            const open = !tagged || editing.has(f.key);
            return (
              <li key={f.key} className={`sw-face-item${open ? '' : ' sw-face-item--done'}`}>
                <div className="sw-face-item__head">
                  <strong tabIndex={f.drawn ? 0 : undefined} onKeyDown={f.drawn ? (e) => nudge(i, e) : undefined} aria-label={f.drawn ? `Gezicht ${i + 1} (zelf getekend; verschuif met de pijltjestoetsen, met Shift groter of kleiner)` : undefined}>
                    Gezicht {i + 1}
                  </strong>
                  : <span className="sw-face-item__tag">{tagText(f)}</span>
                  {blurred.has(i) ? <span className="sw-face-item__blur"> — wordt vervaagd</span> : null}
                </div>
                {personal && f.person ? (
                  <label className="sw-tag__confirm">
                    <Checkbox checked={f.confirmed === true} onChange={(e) => setFace(i, { confirmed: e.target.checked })} /> gaf toestemming voor dit bericht <span className="sw-visually-hidden">(gezicht {i + 1}, {f.person.name})</span>
                  </label>
                ) : null}
                {open ? (
                  <>
                    <PersonSearch
                      roster={roster}
                      exclude={faces.flatMap((x) => (x.person ? [x.person.id] : []))}
                      onPick={(person) => retag(i, { person })}
                      label={`Wie is gezicht ${i + 1}? Zoek op naam`}
                      notFound='Niemand gevonden met die naam. Niet van de school? Kies dan "Niet van school".'
                      noRoster="Alleen medewerkers zoeken in de lijst van de school; kies anders hieronder."
                    />
                    <div className="sw-face-item__buttons">
                      <Button appearance="secondary-action-button" aria-pressed={f.kind === 'unrecognisable'} onClick={() => retag(i, { kind: 'unrecognisable' })}>
                        Niet herkenbaar
                      </Button>
                      <Button appearance="secondary-action-button" aria-pressed={f.kind === 'outsider'} onClick={() => retag(i, { kind: 'outsider' })}>
                        Niet van school
                      </Button>
                      {tagged ? (
                        <Button appearance="subtle-button" onClick={() => edit(f.key, false)}>
                          Laten zo <span className="sw-visually-hidden">(gezicht {i + 1})</span>
                        </Button>
                      ) : null}
                      <Button appearance="subtle-button" onClick={() => removeFace(i)}>
                        Geen gezicht, weghalen <span className="sw-visually-hidden">(gezicht {i + 1})</span>
                      </Button>
                    </div>
                  </>
                ) : (
                  // tagged: one line, to change or clear the tag
                  <div className="sw-face-item__buttons">
                    <Button appearance="subtle-button" onClick={() => edit(f.key, true)}>
                      Wijzigen <span className="sw-visually-hidden">(gezicht {i + 1})</span>
                    </Button>
                    <Button appearance="subtle-button" onClick={() => retag(i, {})}>
                      Tag wissen <span className="sw-visually-hidden">van gezicht {i + 1}</span>
                    </Button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      ) : null}
      <Button appearance="secondary-action-button" onClick={() => setDrawing((d) => !d)} aria-pressed={drawing} disabled={photo.detection === 'busy'}>
        {drawing ? 'Stoppen met tekenen' : 'Gemist gezicht toevoegen'}
      </Button>
      {drawing ? <Paragraph small>Sleep op de foto een vak om het gezicht. Met het toetsenbord: ga naar de foto en druk op Enter.</Paragraph> : null}

      <div className="sw-safe">
        {blur === undefined ? (
          <Paragraph small>De veilige versie verschijnt hier zodra de check klaar is.</Paragraph>
        ) : safeError ? (
          <Paragraph small>{safeError}</Paragraph>
        ) : safe ? (
          <>
            <Paragraph small>
              {blurred.size ? `Veilige versie: gezicht ${[...blurred].map((i) => i + 1).join(', ')} vervaagd (geen toestemming voor dit kanaal, niet getagd of niet van school).` : 'Veilige versie: niemand hoeft vervaagd te worden.'} Zonder locatie (GPS) en andere gegevens uit de camera.
            </Paragraph>
            <img src={safe.url} alt={`Veilige versie van foto ${index + 1}${blurred.size ? ', met vervaagde gezichten' : ''}`} className="sw-safe__img" />
            <a className="utrecht-button utrecht-button--primary-action sw-safe__download" href={safe.url} download={safe.name}>
              Download de veilige versie <span className="sw-visually-hidden">van foto {index + 1}</span>
            </a>
          </>
        ) : (
          <Paragraph small>Veilige versie maken…</Paragraph>
        )}
      </div>
    </div>
  );
}
