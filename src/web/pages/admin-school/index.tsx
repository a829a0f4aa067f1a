/**
 * Beheer › Instellingen van de school: the school's protocol settings (name, short name,
 * other spellings, hashtags, mission, the disclosure and disclaimer sentences, the (G)MR
 * approval date) with a preview of the sentences the check will offer — as typed, and as
 * the check offers them now (a real check of an example post with the saved settings).
 *
 * Once a version of the protocol is in force these settings belong to it: the page then edits
 * the school's draft version (made from the version in force on the first save when there is
 * none), and the check uses them once the (G)MR consented and the school leader published it.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { ApiError, http } from '../../api/client.js';
import type { CheckResult, ProtocolParams, School, VersionSummary, VersionView } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { AdminNav } from '../../components/admin/AdminNav.js';
import { TextField } from '../../components/forms/TextField.js';
import { ErrorSummary, type FieldError } from '../../components/forms/ErrorSummary.js';

interface Form {
  name: string;
  shortName: string;
  aliases: string;
  hashtags: string;
  missionNl: string;
  missionEn: string;
  disclosureNl: string;
  disclosureEn: string;
  disclaimerNl: string;
  disclaimerEn: string;
  approvalDate: string;
}

const lines = (s: string) => s.split(/\n|,/).map((x) => x.trim().replace(/^[#@]/, '')).filter(Boolean);

function toForm(p: ProtocolParams & { approvalDate?: string | null | undefined }): Form {
  return {
    name: p.name,
    shortName: p.shortName,
    aliases: p.aliases.join('\n'),
    hashtags: p.hashtags.join('\n'),
    missionNl: p.mission.nl,
    missionEn: p.mission.en,
    disclosureNl: p.disclosure.nl,
    disclosureEn: p.disclosure.en,
    disclaimerNl: p.disclaimer.nl,
    disclaimerEn: p.disclaimer.en,
    approvalDate: p.approvalDate ?? '',
  };
}

/** What the check offers now, with the saved settings: a real check of an example post by a staff member. */
function LivePreview({ shortName, version }: { shortName: string; version: string }) {
  const example = (setting: 'work' | 'private') => ({ text: `Morgen is de kerstmarkt van ${shortName}, kom allemaal!`, author: { role: 'staff' as const }, setting });
  const work = useQuery({ queryKey: ['school-preview', version, 'work'], queryFn: () => http.post<CheckResult>('/api/v1/checks', example('work')) });
  const priv = useQuery({ queryKey: ['school-preview', version, 'private'], queryFn: () => http.post<CheckResult>('/api/v1/checks', example('private')) });
  const fixes = (r: CheckResult | undefined) => (r?.findings ?? []).filter((f) => f.fix && (f.kind === 'disclosure' || f.kind === 'disclaimer' || ['B1', 'C3', 'C4'].includes(f.rule)));
  return (
    <div className="sw-preview">
      <Heading3>Zo biedt de check het nu aan</Heading3>
      <Paragraph small className="sw-hint">Een echte check van het voorbeeld “Morgen is de kerstmarkt van {shortName}, kom allemaal!” door een medewerker, met de opgeslagen instellingen.</Paragraph>
      {work.isPending || priv.isPending ? <Loading /> : null}
      <ul className="sw-list">
        {[...fixes(work.data).map((f) => ({ f, when: 'tijdens werktijd' })), ...fixes(priv.data).map((f) => ({ f, when: 'buiten werktijd' }))].map(({ f, when }, i) => (
          <li key={i}>
            Artikel {f.rule}, {when}: {f.fix}
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function AdminSchoolPage() {
  const qc = useQueryClient();
  const school = useQuery({ queryKey: ['school'], queryFn: () => http.get<{ school: School }>('/api/v1/school') });
  const versions = useQuery({ queryKey: ['protocol', 'versions'], queryFn: () => http.get<{ versions: VersionSummary[] }>('/api/v1/protocol/versions') });
  const inForce = versions.data?.versions.find((v) => v.status === 'in_force');
  const draft = versions.data?.versions.find((v) => v.status === 'draft');
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [savedIn, setSavedIn] = useState<VersionView | null>(null);
  useEffect(() => {
    if (!school.data || !versions.data || form) return;
    // with a version in force, the settings are those of the school's draft, or else of the version in force
    const base = draft ?? inForce;
    setForm(toForm(base ? { ...base.params, approvalDate: null } : school.data.school.profile));
  }, [school.data, versions.data, draft, inForce, form]);
  const save = useMutation({
    mutationFn: async (f: Form): Promise<void> => {
      const params: ProtocolParams = {
        name: f.name.trim(),
        shortName: f.shortName.trim(),
        aliases: lines(f.aliases),
        hashtags: lines(f.hashtags),
        mission: { nl: f.missionNl.trim(), en: f.missionEn.trim() },
        disclosure: { nl: f.disclosureNl.trim(), en: f.disclosureEn.trim() },
        disclaimer: { nl: f.disclaimerNl.trim(), en: f.disclaimerEn.trim() },
      };
      if (inForce) {
        const id = draft?.id ?? (await http.post<VersionView>('/api/v1/protocol/versions', {})).id;
        const v = await http.patch<VersionView>(`/api/v1/protocol/versions/${encodeURIComponent(id)}`, { params });
        qc.setQueryData(['protocol', 'version', v.id], v);
        setSavedIn(v);
        await qc.invalidateQueries({ queryKey: ['protocol', 'versions'] });
        return;
      }
      const r = await http.patch<{ school: School }>('/api/v1/school', { ...params, ...(f.approvalDate ? { approvalDate: f.approvalDate } : {}) });
      qc.setQueryData(['school'], r);
      setSavedIn(null);
      await qc.invalidateQueries({ queryKey: ['school-preview'] });
    },
    onError: (e) => setErrors([{ field: '', message: e instanceof ApiError ? e.message : 'Opslaan lukte niet.' }]),
  });
  if (!form) return (
    <>
      <PageHeading>Instellingen van de school</PageHeading>
      <AdminNav />
      <ErrorMessage error={school.error ?? versions.error} />
      <Loading />
    </>
  );
  const set = (k: keyof Form) => (v: string) => setForm({ ...form, [k]: v });
  const err = (k: string) => errors.find((e) => e.field === k)?.message;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldError[] = [];
    if (form.name.trim().length < 2) found.push({ field: 'naam', message: 'Vul de officiële naam van de school in.' });
    if (form.shortName.trim().length < 2) found.push({ field: 'kort', message: 'Vul de korte naam in, zoals je die in een zin schrijft.' });
    if (!form.disclosureNl.trim()) found.push({ field: 'melding-nl', message: 'Vul de zin in waarmee een medewerker meldt dat die bij de school werkt.' });
    if (!form.disclaimerNl.trim()) found.push({ field: 'disclaimer-nl', message: 'Vul de disclaimer in.' });
    if (!inForce && form.approvalDate && !/^\d{4}-\d{2}-\d{2}$/.test(form.approvalDate)) found.push({ field: 'datum', message: 'Vul de datum in als jjjj-mm-dd, bijvoorbeeld 2026-09-15.' });
    setErrors(found);
    if (!found.length) save.mutate(form);
  };
  return (
    <>
      <PageHeading>Instellingen van de school</PageHeading>
      <AdminNav />
      {inForce ? (
        <Paragraph>
          Hoe de school heet, hoe mensen haar noemen en de zinnen die de check aanbiedt, horen bij het protocol. Nu geldt versie {inForce.number}. Je wijzigt ze in{' '}
          {draft ? (
            <Link to={`/protocol/versies/${draft.id}`}>conceptversie {draft.number}</Link>
          ) : (
            <>een nieuwe conceptversie, die Sterrenwacht bij het opslaan maakt uit versie {inForce.number}</>
          )}
          . De check gebruikt ze zodra de (G)MR heeft ingestemd en de schoolleider de versie heeft vastgesteld.
        </Paragraph>
      ) : (
        <Paragraph>De check gebruikt deze instellingen meteen: hoe de school heet, hoe mensen haar noemen, en de zinnen die hij aanbiedt.</Paragraph>
      )}
      <ErrorSummary errors={errors} title="Opslaan lukte niet" />
      {save.isSuccess ? (
        <Alert type="ok" role="status">
          {savedIn ? (
            <Paragraph>
              Opgeslagen in conceptversie {savedIn.number}. {savedIn.summary.nl} <Link to={`/protocol/versies/${savedIn.id}`}>Naar conceptversie {savedIn.number}</Link> om haar aan de (G)MR voor te leggen.
            </Paragraph>
          ) : (
            <Paragraph>De instellingen zijn opgeslagen. De check gebruikt ze vanaf nu.</Paragraph>
          )}
        </Alert>
      ) : null}
      <div className="sw-check">
        <form className="sw-form" noValidate onSubmit={submit} aria-label="Instellingen van de school">
          <TextField id="naam" label="Officiële naam" value={form.name} onChange={set('name')} error={err('naam')} />
          <TextField id="kort" label="Korte naam" description="Zoals je die in een zin schrijft, bijvoorbeeld “de Sterren”." value={form.shortName} onChange={set('shortName')} error={err('kort')} />
          <TextField id="schrijfwijzen" label="Andere schrijfwijzen" description="Eén per regel. Tikfouten en spaties herkent de check zelf." multiline rows={3} value={form.aliases} onChange={set('aliases')} />
          <TextField id="hashtags" label="Hashtags en accounts" description="Eén per regel, zonder # of @." multiline rows={3} value={form.hashtags} onChange={set('hashtags')} />
          <TextField id="missie-nl" label="Missie (Nederlands)" multiline rows={3} value={form.missionNl} onChange={set('missionNl')} />
          <TextField id="missie-en" label="Missie (Engels)" multiline rows={3} value={form.missionEn} onChange={set('missionEn')} />
          <TextField id="melding-nl" label="Zin bij een bericht over de school (B1, C3), Nederlands" multiline rows={2} value={form.disclosureNl} onChange={set('disclosureNl')} error={err('melding-nl')} />
          <TextField id="melding-en" label="Dezelfde zin in het Engels" multiline rows={2} value={form.disclosureEn} onChange={set('disclosureEn')} />
          <TextField id="disclaimer-nl" label="Disclaimer buiten werktijd (C4), Nederlands" multiline rows={3} value={form.disclaimerNl} onChange={set('disclaimerNl')} error={err('disclaimer-nl')} />
          <TextField id="disclaimer-en" label="Dezelfde disclaimer in het Engels" multiline rows={3} value={form.disclaimerEn} onChange={set('disclaimerEn')} />
          {inForce ? null : <TextField id="datum" label="Datum van goedkeuring door de (G)MR" description="jjjj-mm-dd; leeg als het protocol nog niet is goedgekeurd." value={form.approvalDate} onChange={set('approvalDate')} error={err('datum')} inputMode="numeric" />}
          <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
            Opslaan
          </Button>
        </form>
        <section aria-labelledby="voorbeeld" className="sw-check__result">
          <Heading2 id="voorbeeld">Voorbeeld</Heading2>
          <Paragraph>Zo leest een bericht van een medewerker over de school met de zinnen die je nu invult:</Paragraph>
          <blockquote className="sw-quote">
            Morgen is de kerstmarkt van {form.shortName || '…'}, kom allemaal! {form.disclosureNl} {form.disclaimerNl}
          </blockquote>
          <Paragraph>
            <strong>Tijdens werktijd (B1) en buiten werktijd (C3)</strong> biedt de check aan: Voeg toe: “{form.disclosureNl}”
          </Paragraph>
          <Paragraph>
            <strong>Buiten werktijd (C4)</strong> biedt de check aan: Voeg toe: “{form.disclaimerNl}”
          </Paragraph>
          <LivePreview shortName={school.data!.school.profile.shortName} version={JSON.stringify(school.data!.school.profile)} />
        </section>
      </div>
    </>
  );
}
