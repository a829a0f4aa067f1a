/**
 * Attach photos to a draft and say who is on them. A photo stays in this browser (shown
 * from a local object URL, never uploaded). Who is recognisable is tagged by searching the
 * roster by name (never by id); people who are recognisable but not in the list are
 * counted. On a personal account the author confirms, per person, that they (for a pupil:
 * a parent) agreed to this very post (`media[].confirmed`).
 *
 * The photos engineer extends this folder (face boxes, making a photo safe): keep the
 * props and `toCheckMedia` stable.
 */
import { useEffect, useId } from 'react';
import { Button, Checkbox, FormLabel, Paragraph, Textbox } from '@utrecht/component-library-react';
import { PersonSearch, type RosterPerson } from './PersonSearch.js';
import { FaceTagger, confirmedOnFaces, facesToBlur, toCheckFaces, type FacePhoto, type TaggedFace } from './FaceTagger.js';

export type { RosterPerson };

export interface AttachedPhoto {
  key: string;
  fileName: string;
  /** object URL of the local file (revoked when the photo is removed) */
  url: string;
  depicts: RosterPerson[];
  unidentified: number;
  confirmed: string[];
  /** The file itself, examined only in this browser (face detection, the safe version). */
  file?: Blob;
  type?: string;
  /** The faces found or drawn, with their tags (FaceTagger). */
  faces?: TaggedFace[];
  detection?: FacePhoto['detection'];
}

/** The photos as the check contract's `media` (with `faces` once faces are found or drawn). */
export function toCheckMedia(photos: readonly AttachedPhoto[]): { type: 'photo'; depicts: string[]; unidentified: number; confirmed: string[]; faces?: ReturnType<typeof toCheckFaces> }[] {
  return photos.map((p) => ({
    type: 'photo',
    depicts: p.depicts.map((d) => d.id),
    unidentified: p.unidentified,
    confirmed: [...new Set([...p.confirmed.filter((id) => p.depicts.some((d) => d.id === id)), ...confirmedOnFaces(p.faces ?? [])])],
    ...(p.faces?.length ? { faces: toCheckFaces(p.faces) } : {}),
  }));
}

export function PhotoAttachments({ roster, value, onChange, personal, findings }: {
  roster: readonly RosterPerson[];
  value: AttachedPhoto[];
  onChange: (v: AttachedPhoto[]) => void;
  personal: boolean;
  /** The current check result's findings (undefined while checking): which faces to blur in the safe version. */
  findings?: readonly { rule: string; media?: number | undefined; faces?: number[] | undefined }[] | undefined;
}) {
  const inputId = useId();
  useEffect(() => () => value.forEach((p) => URL.revokeObjectURL(p.url)), []);
  const update = (key: string, patch: Partial<AttachedPhoto>) => onChange(value.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  return (
    <div className="sw-photos">
      <p className="sw-photos__title" id={`${inputId}-titel`}>
        Foto’s toevoegen
      </p>
      <Paragraph small className="sw-hint" id={`${inputId}-uitleg`}>
        De foto blijft op je eigen apparaat: Sterrenwacht kijkt alleen naar wie je erop tagt.
      </Paragraph>
      {/* the native file button speaks the browser's language: a Dutch label-button opens it instead */}
      <input
        id={inputId}
        type="file"
        accept="image/*"
        multiple
        className="sw-file sw-visually-hidden"
        aria-labelledby={`${inputId}-knop`}
        aria-describedby={`${inputId}-uitleg`}
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          onChange([...value, ...files.map((f, i) => ({ key: `${Date.now()}-${i}-${f.name}`, fileName: f.name, url: URL.createObjectURL(f), depicts: [], unidentified: 0, confirmed: [], file: f, type: f.type || 'image/jpeg', faces: [], detection: 'busy' as const }))]);
          e.target.value = '';
        }}
      />
      <label htmlFor={inputId} id={`${inputId}-knop`} className="utrecht-button utrecht-button--secondary-action sw-file-button">
        {value.length ? 'Nog een foto kiezen' : 'Foto kiezen'}
      </label>
      {value.map((p, i) => (
        <fieldset key={p.key} className="sw-photo">
          <legend>
            Foto {i + 1}: {p.fileName}
          </legend>
          {p.file ? (
            <FaceTagger photo={p as AttachedPhoto & FacePhoto} index={i} roster={roster} personal={personal} update={(patch) => update(p.key, patch)} blur={findings ? facesToBlur(findings, i) : undefined} />
          ) : (
            <img src={p.url} alt={`Foto ${i + 1}: ${p.fileName}`} className="sw-photo__img" />
          )}
          <div className="sw-photo__tags">
            <PersonSearch
              roster={roster}
              exclude={p.depicts.map((d) => d.id)}
              onPick={(person) => update(p.key, { depicts: [...p.depicts, person] })}
              label="Wie is herkenbaar op deze foto? Zoek op naam"
              notFound="Niemand gevonden met die naam. Staat iemand er niet in? Tel die persoon hieronder mee."
              pickSuffix="taggen"
            />
            {p.depicts.length ? (
              <ul className="sw-tags" aria-label="Getagd op deze foto">
                {p.depicts.map((d) => (
                  <li key={d.id} className="sw-tag">
                    <span>{d.name}</span>
                    {personal ? (
                      <label className="sw-tag__confirm">
                        <Checkbox
                          checked={p.confirmed.includes(d.id)}
                          onChange={(e) => update(p.key, { confirmed: e.target.checked ? [...p.confirmed, d.id] : p.confirmed.filter((x) => x !== d.id) })}
                        />{' '}
                        gaf toestemming voor dit bericht
                      </label>
                    ) : null}
                    <Button appearance="subtle-button" onClick={() => update(p.key, { depicts: p.depicts.filter((x) => x.id !== d.id), confirmed: p.confirmed.filter((x) => x !== d.id) })}>
                      Verwijder <span className="sw-visually-hidden">{d.name}</span>
                    </Button>
                  </li>
                ))}
              </ul>
            ) : null}
            <div className="sw-inline-field">
              <FormLabel htmlFor={`${p.key}-onbekend`}>Herkenbare personen die niet in de lijst staan</FormLabel>
              <Textbox id={`${p.key}-onbekend`} type="number" inputMode="numeric" min={0} max={999} value={String(p.unidentified)} onChange={(e) => update(p.key, { unidentified: Math.max(0, Math.min(999, Number(e.target.value) || 0)) })} />
            </div>
            <Button
              appearance="subtle-button"
              onClick={() => {
                URL.revokeObjectURL(p.url);
                onChange(value.filter((x) => x.key !== p.key));
              }}
            >
              Foto {i + 1} weghalen
            </Button>
          </div>
        </fieldset>
      ))}
    </div>
  );
}
