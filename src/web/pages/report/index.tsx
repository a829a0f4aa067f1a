/**
 * Een bericht melden: anyone of the school community reports a post — the link, the text,
 * a screenshot, who posted it and what happened. The check suggests the articles it may
 * break. Afterwards the reporter sees the status of the report, never the case itself.
 */
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { ApiError, http, type ApiErrorBody } from '../../api/client.js';
import { useSession } from '../../api/session.js';
import type { Person, Role } from '../../api/types.js';
import type { SuggestedArticle } from '../../api/procedures.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { TextField } from '../../components/forms/TextField.js';
import { ErrorSummary, type FieldError } from '../../components/forms/ErrorSummary.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { SelectField, namedOptions } from '../../components/forms/SelectField.js';

const MAX_BYTES = 5 * 1024 * 1024;

/** The image itself as the body (the API recognises the type by its bytes), with the session's CSRF token. */
async function upload(reportId: number, file: File, csrf: string): Promise<void> {
  const res = await fetch(`/api/v1/reports/${reportId}/screenshots`, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': file.type || 'application/octet-stream', 'x-csrf-token': csrf, accept: 'application/json' }, body: file });
  if (!res.ok) {
    const body = (await res.json().catch(() => undefined)) as { error?: ApiErrorBody } | undefined;
    throw new ApiError(res.status, body?.error ?? { code: `http_${res.status}`, message: 'De schermafbeelding kon niet worden toegevoegd.', messageEn: 'The screenshot could not be added.' });
  }
}

export default function ReportPage() {
  const { session } = useSession();
  const role = session?.account.role as Role | undefined;
  const staff = role === 'schoolleiding' || role === 'medewerker';
  const [link, setLink] = useState('');
  const [text, setText] = useState('');
  const [what, setWhat] = useState('');
  const [poster, setPoster] = useState('');
  const [posterText, setPosterText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const fileRef = useRef<HTMLInputElement>(null);
  const people = useQuery({ queryKey: ['people', 'all'], queryFn: () => http.get<{ people: Person[] }>('/api/v1/people'), enabled: staff, staleTime: 5 * 60_000 });
  const send = useMutation({
    mutationFn: async () => {
      const made = await http.post<{ id: number; status: string; suggestedArticles: SuggestedArticle[] }>('/api/v1/reports', {
        ...(link.trim() ? { link: link.trim() } : {}),
        ...(text.trim() ? { text } : {}),
        ...(poster ? { postedById: poster } : posterText.trim() ? { postedByDescription: posterText.trim() } : {}),
        whatHappened: what,
      });
      for (const f of files) await upload(made.id, f, session?.csrfToken ?? '');
      return made;
    },
  });
  const err = (id: string) => errors.find((e) => e.field === id)?.message;
  if (send.data) {
    return (
      <>
        <PageHeading>Je melding is ontvangen</PageHeading>
        <Alert type="ok" role="status">
          <Paragraph>Dank je wel. De schoolleiding bekijkt je melding. Je ziet de status bij <Link to="/meldingen/mijn">Mijn meldingen</Link>; wat er verder gebeurt, blijft tussen de school en de betrokkenen.</Paragraph>
        </Alert>
        {send.data.suggestedArticles.length ? (
          <>
            <Heading2>Artikelen van het protocol die het bericht mogelijk schendt</Heading2>
            <ul>
              {send.data.suggestedArticles.map((a) => (
                <li key={a.article}>
                  <Link to={`/protocol#${a.article}`}>Artikel {a.article}</Link>: {a.titleNl}
                  {a.titleNl.length >= 140 ? '…' : ''}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </>
    );
  }
  return (
    <>
      <PageHeading>Een bericht melden</PageHeading>
      <Paragraph lead>Zag je een bericht op sociale media dat ingaat tegen het protocol? Meld het hier. Iedereen van de school kan melden: medewerkers, ouders en leerlingen.</Paragraph>
      <form
        className="sw-form sw-narrow"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const list: FieldError[] = [];
          if (!link.trim() && !text.trim() && !files.length) list.push({ field: 'melding-link', message: 'Geef de link, de tekst of een schermafbeelding van het bericht.' });
          if (link.trim() && !/^https?:\/\/\S+$/.test(link.trim())) list.push({ field: 'melding-link', message: 'Geef een webadres dat begint met https://.' });
          if (!what.trim()) list.push({ field: 'melding-wat', message: 'Vertel wat er gebeurde.' });
          if (files.some((f) => f.size > MAX_BYTES)) list.push({ field: 'melding-bestand', message: 'Een schermafbeelding mag hoogstens 5 MB zijn.' });
          setErrors(list);
          if (!list.length) send.mutate();
        }}
      >
        <ErrorSummary errors={errors} />
        <TextField id="melding-link" label="Link naar het bericht" value={link} onChange={setLink} type="url" inputMode="url" error={err('melding-link')} description="Het webadres van het bericht, als je dat hebt." />
        <TextField id="melding-tekst" label="Tekst van het bericht" multiline rows={4} value={text} onChange={setText} description="Plak de tekst, dan kijkt Sterrenwacht welke artikelen het bericht mogelijk schendt." />
        <div className="sw-inline-field">
          <FormLabel htmlFor="melding-bestand">Schermafbeelding (niet verplicht)</FormLabel>
          <input
            id="melding-bestand"
            ref={fileRef}
            className="sw-file"
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            multiple
            aria-describedby="melding-bestand-uitleg"
            onChange={(e) => setFiles(Array.from(e.target.files ?? []).slice(0, 5))}
          />
          <Paragraph small id="melding-bestand-uitleg" className="sw-hint">
            PNG, JPEG, WebP of GIF, hoogstens 5 MB per afbeelding, hoogstens 5. Alleen wie de melding behandelt, ziet ze.
          </Paragraph>
          {err('melding-bestand') ? <Paragraph className="sw-field-error">{err('melding-bestand')}</Paragraph> : null}
        </div>
        {staff && people.data ? (
          <SelectField id="melding-wie" label="Wie plaatste het?" value={poster} onChange={setPoster} options={namedOptions(people.data.people.filter((p) => !p.erasedAt))} empty="Onbekend of iemand van buiten de school" />
        ) : null}
        {!poster ? <TextField id="melding-wie-tekst" label={staff ? 'Of beschrijf wie het plaatste' : 'Wie plaatste het? (niet verplicht)'} value={posterText} onChange={setPosterText} description="Bijvoorbeeld de naam van het account. Weet je het niet, laat dit dan leeg." /> : null}
        <TextField id="melding-wat" label="Wat gebeurde er?" multiline rows={4} value={what} onChange={setWhat} error={err('melding-wat')} />
        <div className="sw-actions">
          <Button type="submit" appearance="primary-action-button" disabled={send.isPending}>
            Verstuur je melding
          </Button>
        </div>
        <ErrorMessage error={send.error} />
      </form>
    </>
  );
}
