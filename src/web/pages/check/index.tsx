/**
 * Check je bericht: type or paste a draft, say where it goes (own account or the school's
 * channel, which channel, which platform), see the setting the timetable gives (and change
 * it), attach photos and tag who is on them; the check runs while typing (debounced), marks
 * the words concerned, explains each finding with its article (linked to the protocol page)
 * and its fix, applies a finding's edits in one click, copies the final text, and saves a
 * draft only when asked. Nothing is stored otherwise.
 */
import { useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Fieldset, FieldsetLegend, FormLabel, Heading2, Heading3, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import { PUBLISH_CHANNELS, type AccountKind, type CheckRequest, type CheckResult, type CheckSetting, type Finding, type PublishChannel, type Role } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { TextField } from '../../components/forms/TextField.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { useDebounced } from '../../components/hooks/useDebounced.js';
import { PhotoAttachments, toCheckMedia, type AttachedPhoto } from '../../components/photos/PhotoAttachments.js';
import { applyEdits, highlight } from './text.js';
import { AskAdvice } from '../../components/procedures/AskAdvice.js';
import { useRoster } from '../../components/photos/useRoster.js';
import { SelectField } from '../../components/forms/SelectField.js';

const DEBOUNCE_MS = 350;

const VERDICT: Record<CheckResult['verdict'], { title: string; text: string; type: 'ok' | 'warning' | 'error' | 'info' }> = {
  allowed: { title: 'Je kunt dit plaatsen', text: 'Sterrenwacht vond niets dat tegen het protocol ingaat.', type: 'ok' },
  revise: { title: 'Pas je bericht nog aan', text: 'Met de aanpassingen hieronder past het bij het protocol.', type: 'warning' },
  consult: { title: 'Overleg eerst', text: 'Vraag de schoolleiding of de betrokkene om toestemming voordat je dit plaatst.', type: 'warning' },
  blocked: { title: 'Plaats dit niet', text: 'Dit bericht gaat tegen het protocol in. Lees waarom hieronder.', type: 'error' },
};
const SEVERITY: Record<Finding['severity'], string> = { block: 'Niet plaatsen', consult: 'Overleg eerst', revise: 'Aanpassen', info: 'Goed om te weten' };
const PLATFORMS = ['facebook', 'instagram', 'x', 'linkedin', 'youtube', 'tiktok', 'whatsapp', 'anders'];
const PLATFORM_NL: Record<string, string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X (Twitter)', linkedin: 'LinkedIn', youtube: 'YouTube', tiktok: 'TikTok', whatsapp: 'WhatsApp', anders: 'Een ander platform' };
const SETTING_NL: Record<CheckSetting['setting'], string> = { lesson: 'tijdens een les', work: 'tijdens werktijd, buiten de les', private: 'buiten school en werk' };

function Highlighted({ text, findings }: { text: string; findings: Finding[] }) {
  const pieces = highlight(text, findings);
  return (
    <div className="sw-highlighted" aria-label="Gemarkeerde woorden in je tekst">
      {pieces.map((p, i) =>
        p.severity ? (
          <mark key={i} className={`sw-mark sw-mark--${p.severity}`}>
            {p.text}
            <span className="sw-visually-hidden"> (gemarkeerd: {SEVERITY[p.severity].toLowerCase()})</span>
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </div>
  );
}

export default function CheckPage() {
  const { session } = useSession();
  const role = session?.account.role as Role | undefined;
  const staff = role === 'schoolleiding' || role === 'medewerker';
  const location = useLocation();
  const initial = (location.state as { request?: CheckRequest } | null)?.request;
  const [text, setText] = useState(initial?.text ?? '');
  const [account, setAccount] = useState<AccountKind>(initial?.account ?? 'personal');
  const [channel, setChannel] = useState<PublishChannel>(initial?.channel ?? 'social');
  const [platform, setPlatform] = useState(initial?.platform ?? '');
  const [settingChoice, setSettingChoice] = useState<'' | CheckSetting['setting']>(initial?.setting ?? '');
  const [lessonPermission, setLessonPermission] = useState<boolean | undefined>(initial?.lessonPermission);
  const [photos, setPhotos] = useState<AttachedPhoto[]>([]);
  const [copied, setCopied] = useState('');
  const textRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const roster = useRoster(role);

  const timetable = useQuery({ queryKey: ['check-setting'], queryFn: () => http.get<CheckSetting>('/api/v1/check-setting'), staleTime: 60_000, refetchInterval: 5 * 60_000 });
  const request: CheckRequest = useMemo(() => {
    const r: CheckRequest = { text, account, channel, media: toCheckMedia(photos) };
    if (platform && channel === 'social') r.platform = platform;
    if (settingChoice) r.setting = settingChoice;
    if (lessonPermission !== undefined && (settingChoice || timetable.data?.setting) === 'lesson') r.lessonPermission = lessonPermission;
    return r;
  }, [text, account, channel, platform, settingChoice, lessonPermission, photos, timetable.data?.setting]);
  const debounced = useDebounced(request, DEBOUNCE_MS);
  const checking = useQuery({
    queryKey: ['check', debounced],
    queryFn: ({ signal }) => http.post<CheckResult>('/api/v1/checks', debounced, signal),
    enabled: debounced.text.trim().length > 0 || (debounced.media?.length ?? 0) > 0,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  const current = request === debounced || JSON.stringify(request) === JSON.stringify(debounced);
  const result = checking.data && (text.trim() || photos.length) ? checking.data : undefined;
  const save = useMutation({ mutationFn: () => http.post<{ id: number }>('/api/v1/drafts', { request }) });

  const allEdits = result?.findings.flatMap((f) => f.edits ?? []) ?? [];
  const apply = (edits: NonNullable<Finding['edits']>) => {
    setText((t) => applyEdits(t, edits));
    textRef.current?.focus();
  };
  const effectiveSetting = settingChoice || timetable.data?.setting;

  return (
    <>
      <PageHeading>Check je bericht</PageHeading>
      <Paragraph lead>Typ of plak je bericht. Sterrenwacht kijkt mee terwijl je typt en bewaart niets, tenzij je zelf een concept opslaat.</Paragraph>
      <div className="sw-check">
        <div className="sw-check__input">
          <TextField id="bericht" label="Je bericht" multiline rows={7} value={text} onChange={setText} inputRef={textRef} maxLength={100_000} description="Bijvoorbeeld de tekst van een post, een reactie of een bericht in de klassengroep." />

          <Fieldset className="sw-fieldset">
            <FieldsetLegend>Waar plaats je het?</FieldsetLegend>
            <div className="sw-radios" role="radiogroup" aria-label="Account">
              <label className="sw-radio">
                <input type="radio" name="account" value="personal" checked={account === 'personal'} onChange={() => setAccount('personal')} /> Op mijn eigen account
              </label>
              <label className="sw-radio">
                <input type="radio" name="account" value="school" checked={account === 'school'} onChange={() => setAccount('school')} /> Op een kanaal van de school (namens de school)
              </label>
            </div>
            <SelectField id="kanaal" label="Kanaal" value={channel} onChange={(v) => setChannel(v as PublishChannel)} options={PUBLISH_CHANNELS} />
            {channel === 'social' ? (
              <SelectField id="platform" label="Platform" value={platform} onChange={setPlatform} options={PLATFORMS.map((p) => ({ value: p, label: PLATFORM_NL[p] }))} empty="Kies (niet verplicht)" />
            ) : null}
            {account === 'school' && !staff ? <Paragraph small className="sw-hint">Namens de school schrijven doen medewerkers; als ouder plaats je meestal op je eigen account.</Paragraph> : null}
          </Fieldset>

          <Fieldset className="sw-fieldset">
            <FieldsetLegend>Wanneer?</FieldsetLegend>
            <Paragraph id="situatie-rooster">
              {timetable.data ? (
                <>
                  Volgens het rooster is het nu <strong>{SETTING_NL[timetable.data.setting]}</strong>
                  {timetable.data.groupName ? ` (${timetable.data.groupName})` : ''}
                  {timetable.data.setting === 'lesson' ? (timetable.data.lessonPermission ? ', met toestemming voor sociale media in deze les.' : ', zonder toestemming voor sociale media in deze les.') : '.'}
                </>
              ) : (
                'Het rooster wordt gelezen…'
              )}
            </Paragraph>
            <div className="sw-inline-field">
              <FormLabel htmlFor="situatie">Situatie</FormLabel>
              <Select id="situatie" value={settingChoice} aria-describedby="situatie-rooster" onChange={(e) => setSettingChoice(e.target.value as '' | CheckSetting['setting'])}>
                <SelectOption value="">Zoals het rooster zegt</SelectOption>
                <SelectOption value="lesson">Tijdens een les</SelectOption>
                <SelectOption value="work">Tijdens werktijd, buiten de les</SelectOption>
                <SelectOption value="private">Buiten school en werk</SelectOption>
              </Select>
            </div>
            {effectiveSetting === 'lesson' ? (
              <label className="sw-radio">
                <Checkbox checked={lessonPermission ?? timetable.data?.lessonPermission ?? false} onChange={(e) => setLessonPermission(e.target.checked)} /> De leerkracht of schoolleiding gaf toestemming voor sociale media in deze les
              </label>
            ) : null}
          </Fieldset>

          <PhotoAttachments roster={roster} value={photos} onChange={setPhotos} personal={account === 'personal'} findings={current && !checking.isFetching ? result?.findings : undefined} />
        </div>

        <section className="sw-check__result" aria-labelledby="uitslag">
          <Heading2 id="uitslag">Wat Sterrenwacht ervan vindt</Heading2>
          <div role="status" aria-live="polite" aria-atomic="true" className="sw-verdict-region">
            {!text.trim() && !photos.length ? (
              <Paragraph>Begin met typen; de uitslag verschijnt hier.</Paragraph>
            ) : result ? (
              <Alert type={VERDICT[result.verdict].type} className={`sw-verdict sw-verdict--${result.verdict}`}>
                <Heading3>{VERDICT[result.verdict].title}</Heading3>
                <Paragraph>
                  {VERDICT[result.verdict].text}
                  {!current || checking.isFetching ? ' (bezig met nakijken…)' : ''}
                </Paragraph>
              </Alert>
            ) : checking.isFetching || !current ? (
              <Paragraph>Bezig met nakijken…</Paragraph>
            ) : null}
          </div>
          <ErrorMessage error={checking.error} />
          {result && text ? <Highlighted text={text} findings={result.findings} /> : null}
          {result && result.findings.length ? (
            <ol className="sw-findings" aria-label="Bevindingen">
              {result.findings.map((f, i) => (
                <li key={`${f.rule}-${i}`} className={`sw-finding sw-finding--${f.severity}`}>
                  <p className="sw-finding__head">
                    <span className={`sw-badge sw-badge--${f.severity}`}>{SEVERITY[f.severity]}</span>{' '}
                    <Link to={`/protocol#${f.rule}`}>Artikel {f.rule}</Link>
                  </p>
                  <Paragraph>{f.message}</Paragraph>
                  {f.fix ? (
                    <Paragraph>
                      <strong>Zo los je het op:</strong> {f.fix}
                    </Paragraph>
                  ) : null}
                  {f.edits?.length ? (
                    <Button appearance="secondary-action-button" onClick={() => apply(f.edits!)}>
                      Pas toe<span className="sw-visually-hidden"> (artikel {f.rule})</span>
                    </Button>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : null}
          <div className="sw-actions">
            {allEdits.length > 1 ? (
              <Button appearance="primary-action-button" onClick={() => apply(allEdits)}>
                Pas alle aanpassingen toe
              </Button>
            ) : null}
            <Button
              appearance="secondary-action-button"
              disabled={!text}
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(text);
                  setCopied('De tekst is gekopieerd. Plak hem in je bericht.');
                } catch {
                  textRef.current?.select();
                  setCopied('Kopiëren lukte niet automatisch: de tekst is geselecteerd, kopieer hem zelf.');
                }
              }}
            >
              Kopieer de tekst
            </Button>
            <Button appearance="secondary-action-button" disabled={!text.trim() || save.isPending} onClick={() => save.mutate()}>
              Bewaar als concept
            </Button>
          </div>
          <div role="status" aria-live="polite">
            {copied ? <Paragraph>{copied}</Paragraph> : null}
            {save.isSuccess ? (
              <Paragraph>
                Concept bewaard. Je vindt het bij <Link to="/concepten">Mijn concepten</Link>.
              </Paragraph>
            ) : null}
          </div>
          <ErrorMessage error={save.error} />
          {staff && text.trim() ? <AskAdvice request={request} verdict={result?.verdict} /> : null}
        </section>
      </div>
    </>
  );
}
