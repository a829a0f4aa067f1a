/**
 * Foto veilig maken: a teacher (or anyone) picks a photo; the faces are found in this
 * browser (the photo is never uploaded), tagged with someone from the roster, "niet
 * herkenbaar" or "niet van school"; the check decides per face (A5) with the consent for
 * the chosen account and channel; the faces it does not allow are blurred in the safe
 * version, which is downloaded without EXIF, GPS, XMP or ICC.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Fieldset, FieldsetLegend, FormLabel, Heading2, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import { PUBLISH_CHANNELS, type CheckResult, type PublishChannel, type Role } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { useDebounced } from '../../components/hooks/useDebounced.js';
import '../../components/photos/faces.css';
import { useRoster } from '../../components/photos/useRoster.js';
import { FaceTagger, confirmedOnFaces, facesToBlur, toCheckFaces, type AttachedPhoto } from '../../components/photos/FaceTagger.js';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif';

export default function PhotoPage() {
  const { session } = useSession();
  const role = session?.account.role as Role | undefined;
  const staff = role === 'schoolleiding' || role === 'medewerker';
  const inputId = useId();
  const [account, setAccount] = useState<'personal' | 'school'>(staff ? 'school' : 'personal');
  const [channel, setChannel] = useState<PublishChannel>('social');
  const [photo, setPhoto] = useState<AttachedPhoto | null>(null);
  const [fileError, setFileError] = useState('');

  const roster = useRoster(role);

  useEffect(() => () => (photo ? URL.revokeObjectURL(photo.url) : undefined), [photo?.url]);

  const request = useMemo(
    () => (photo && photo.detection !== 'busy' ? { text: '', account, channel, media: [{ type: 'photo' as const, faces: toCheckFaces(photo.faces), ...(account === 'personal' ? { confirmed: confirmedOnFaces(photo.faces) } : {}) }] } : null),
    [photo, account, channel],
  );
  const debounced = useDebounced(request, 250);
  const checking = useQuery({
    queryKey: ['photo-check', debounced],
    queryFn: ({ signal }) => http.post<CheckResult>('/api/v1/checks', debounced, signal),
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  const current = request !== null && JSON.stringify(request) === JSON.stringify(debounced) && !checking.isFetching && checking.data !== undefined;
  const a5 = current ? checking.data!.findings.filter((f) => f.rule === 'A5' && (f.media ?? 0) === 0) : [];
  const blur = current ? facesToBlur(a5, 0) : undefined;

  const pick = (files: FileList | null) => {
    const f = files?.[0];
    setFileError('');
    if (!f) return;
    if (/^(video|audio)\//.test(f.type)) {
      setFileError('Dit is een video of geluidsopname. Die bekijkt of beluistert Sterrenwacht niet: geef bij "Check je bericht" aan wie erin herkenbaar of te horen is, dan beslist de check op hun toestemming.');
      return;
    }
    if (!/^image\/(jpeg|png|webp|heic|heif)$/.test(f.type) && !/\.(jpe?g|png|webp|heic|heif)$/i.test(f.name)) {
      setFileError('Dit bestand is geen foto die Sterrenwacht kan lezen. Kies een JPEG-, PNG-, WebP- of HEIC-foto.');
      return;
    }
    if (f.size > 15 * 1024 * 1024) {
      setFileError(`De foto is te groot (${(f.size / 1024 / 1024).toFixed(1)} MB); het maximum is 15 MB. Verklein de foto en probeer het opnieuw.`);
      return;
    }
    if (photo) URL.revokeObjectURL(photo.url);
    setPhoto({ key: `${Date.now()}-${f.name}`, fileName: f.name, file: f, type: f.type || 'image/jpeg', url: URL.createObjectURL(f), faces: [], detection: 'busy' });
  };

  return (
    <>
      <PageHeading>Foto veilig maken</PageHeading>
      <Paragraph lead>
        Kies een foto. Sterrenwacht zoekt de gezichten op je eigen apparaat: de foto wordt niet verstuurd en nergens bewaard. Tag wie er op staat. Wie geen toestemming heeft voor het kanaal dat je kiest, wordt vervaagd in de veilige versie. Die download je zonder locatie en cameragegevens.
      </Paragraph>

      <Fieldset className="sw-photo-settings">
        <FieldsetLegend>Waar plaats je de foto?</FieldsetLegend>
        <div role="radiogroup" aria-label="Account">
          <label className="sw-radio">
            <input type="radio" name="account" value="school" checked={account === 'school'} onChange={() => setAccount('school')} /> Op een kanaal van de school (namens de school)
          </label>{' '}
          <label className="sw-radio">
            <input type="radio" name="account" value="personal" checked={account === 'personal'} onChange={() => setAccount('personal')} /> Op mijn eigen account
          </label>
        </div>
        <div>
          <FormLabel htmlFor={`${inputId}-kanaal`}>Kanaal</FormLabel>
          <Select id={`${inputId}-kanaal`} value={channel} onChange={(e) => setChannel(e.target.value as PublishChannel)}>
            {PUBLISH_CHANNELS.map((c) => (
              <SelectOption key={c.value} value={c.value}>
                {c.label}
              </SelectOption>
            ))}
          </Select>
        </div>
      </Fieldset>

      <div className="sw-photo-pick">
        <FormLabel htmlFor={inputId}>{photo ? 'Andere foto kiezen' : 'Foto kiezen'}</FormLabel>
        <Paragraph small className="sw-hint" id={`${inputId}-uitleg`}>
          JPEG, PNG, WebP of HEIC, hoogstens 15 MB. Een video of geluidsopname bekijkt of beluistert Sterrenwacht niet: geef bij “Check je bericht” aan wie erin herkenbaar of te horen is, dan beslist de check op hun toestemming.
        </Paragraph>
        <input id={inputId} type="file" accept={ACCEPT} className="sw-file" aria-describedby={`${inputId}-uitleg`} onChange={(e) => { pick(e.target.files); e.target.value = ''; }} />
        <ErrorMessage error={fileError} />
      </div>

      {photo ? (
        <section aria-labelledby={`${inputId}-kop`}>
          <Heading2 id={`${inputId}-kop`}>{photo.fileName}</Heading2>
          <FaceTagger photo={photo} index={0} roster={roster} personal={account === 'personal'} update={(patch) => setPhoto((p) => (p && p.key === photo.key ? { ...p, ...patch } : p))} blur={blur} />
          <div role="status" aria-live="polite" className="sw-photo-verdict">
            {checking.error ? <ErrorMessage error={checking.error} /> : null}
            {current && a5.length === 0 ? <Paragraph>Iedereen op deze foto heeft toestemming of is niet herkenbaar: de foto mag zo op dit kanaal.</Paragraph> : null}
            {a5.filter((f) => f.severity !== 'info').map((f, i) => (
              <Alert key={i} type="warning">
                <Paragraph>{f.message}</Paragraph>
                <Paragraph small>Gebruik de veilige versie: daarin zijn deze gezichten vervaagd.</Paragraph>
              </Alert>
            ))}
          </div>
          <Button appearance="subtle-button" onClick={() => setPhoto(null)}>
            Foto weghalen
          </Button>
        </section>
      ) : null}
    </>
  );
}
