/**
 * `sterrenwacht protocol …`: the governance of the protocol from the command line, over the
 * same services as the API (the database: DATABASE_URL, or the embedded one in DATA_DIR
 * while the service is not running). Writes act as an account (`--as EMAIL`) and follow
 * the same policy as the API: a draft by school management, the (G)MR's decision by an MR
 * member, publication by the school leader.
 *
 *   protocol versions                               the school's versions
 *   protocol show V [--lang en]                     a version as text
 *   protocol diff A B [--lang en] [--json]          article by article, word level ({+added+} [-removed-])
 *   protocol draft --as EMAIL                       a new draft from the version in force
 *   protocol edit V ARTICLE --nl T --en T --as E    change one article of a draft
 *   protocol set V KEY VALUE --as E                 change a parameter (hashtags/aliases: comma-separated; mission, disclosure, disclaimer: --nl/--en)
 *   protocol approve V --date D --minutes REF [--rejected] --as EMAIL   record the (G)MR's decision (MR member)
 *   protocol publish V --as EMAIL                   publish (school leader); staff and parents are asked to confirm
 *   protocol pdf V > protocol.pdf                   the version as PDF
 *   protocol rescan FILE|- [--version V] [--compare V] [--format csv|json|jsonl] [--json]   rescan an archive
 *   protocol demo-archive [--posts N] [--format csv|json|jsonl]   the demo archive (our own templates)
 */
import { createReadStream, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { asc, eq } from 'drizzle-orm';
import type { Config } from '../config.js';
import { SterrenwachtError } from '../errors.js';
import { isCalendarDate } from '../validation/dates.js';
import { can, type AppRole, type Permission } from '../auth/policy.js';
import { rosterForCheck } from '../consent/service.js';
import { getSchool, schoolIdOf } from '../registry/school.js';
import type { Db, Store } from '../store/db.js';
import { accounts, schools } from '../store/schema.js';
import { ARCHIVE_FORMATS, formatOf, type ArchiveFormat } from './archive.js';
import { demoArchive } from './demo-archive.js';
import { diffText, diffVersions } from './diff.js';
import { versionPdf } from './pdf.js';
import { renderVersion, renderVersionParts } from './render.js';
import { createJob, runJob, type RescanReport } from './rescan.js';
import { PARAM_KEYS, type ParamKey } from './template.js';
import { approvalState, approvalsOf, createDraft, editArticle, editDraft, listVersions, publishVersion, recordApproval, resolveVersion, type ProtocolVersion } from './versions.js';
import { sendReminders } from './acknowledgements.js';

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const SUBCOMMANDS = new Set(['versions', 'show', 'diff', 'draft', 'edit', 'set', 'approve', 'publish', 'pdf', 'rescan', 'demo-archive']);

const nf = new Intl.NumberFormat('nl-NL');

async function openDb(config: Config): Promise<{ store: Store; schoolId: string }> {
  const { openStore } = await import('../store/db.js');
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    // like the service on its first start: the demo school in demo mode, the configured school otherwise
    if (config.demo) await (await import('../demo/seed.js')).seedDemo(store.db);
    else await (await import('../registry/school.js')).ensureSchool(store.db, config.school);
    const all = await store.db.select({ id: schools.id }).from(schools).orderBy(asc(schools.id));
    const id = all.find((s) => s.id === schoolIdOf(config.school))?.id ?? (all.length === 1 ? all[0]!.id : undefined);
    if (!id) throw new SterrenwachtError('invalid_config', `Geen school "${config.school.name}" in de database.`, `No school "${config.school.name}" in the database.`);
    return { store, schoolId: id };
  } catch (e) {
    await store.close();
    throw e;
  }
}

async function actor(db: Db, schoolId: string, email: string | undefined, permission: Permission): Promise<{ id: string; role: AppRole }> {
  if (!email) throw new SterrenwachtError('invalid_argument', 'Geef met --as het e-mailadres van het account dat dit doet.', 'Give the e-mail address of the account doing this with --as.', 'as');
  const acc = (await db.select().from(accounts).where(eq(accounts.email, email.trim().toLowerCase())).limit(1))[0];
  if (!acc || acc.schoolId !== schoolId) throw new SterrenwachtError('not_found', `Geen account ${email} in deze school.`, `No account ${email} in this school.`, 'as');
  if (!can(acc.role as AppRole, permission)) throw new SterrenwachtError('forbidden', `Het account ${email} (${acc.role}) mag dit niet.`, `The account ${email} (${acc.role}) may not do this.`, 'as');
  return { id: acc.id, role: acc.role as AppRole };
}

const STATUS_NL: Record<string, string> = { draft: 'concept', in_force: 'geldend', superseded: 'vervangen' };

/** The start of an article's text, filled for the school: what the article is about. */
function aboutArticle(version: ProtocolVersion, id: string): string | undefined {
  const text = renderVersionParts(version, 'nl').sections.flatMap((s) => s.articles).find((x) => x.id === id)?.text;
  if (!text) return undefined;
  return text.length > 110 ? `${text.slice(0, 107).replace(/\s+\S*$/, '')}…` : text;
}

export function reportText(r: RescanReport, all = false, version?: ProtocolVersion): string {
  const out: string[] = [];
  const v = r.verdicts;
  out.push(`Herscan onder versie ${r.versionNumber} (${r.versionId})${r.comparedWith ? `, vergeleken met versie ${r.comparedWith.versionNumber}` : ''} / rescan under version ${r.versionNumber}`);
  out.push(`${nf.format(r.posts)} berichten, ${nf.format(r.schoolRelated)} vallen onder het protocol; toegestaan ${nf.format(v.allowed)}, aanpassen ${nf.format(v.revise)}, overleggen ${nf.format(v.consult)}, geblokkeerd ${nf.format(v.blocked)}; ${nf.format(r.skipped)} overgeslagen; ${nf.format(r.postsPerSecond)} berichten/s`);
  if (r.comparedWith) {
    const b = r.comparedWith.verdicts;
    out.push(`  onder versie ${r.comparedWith.versionNumber}: toegestaan ${nf.format(b.allowed)}, aanpassen ${nf.format(b.revise)}, overleggen ${nf.format(b.consult)}, geblokkeerd ${nf.format(b.blocked)}`);
  }
  if (!r.articles.length) out.push('', 'Geen enkel bericht raakt een artikel. / No post concerns any article.');
  for (const a of r.articles) {
    const sev = [a.bySeverity.block && `${nf.format(a.bySeverity.block)} blokkeren`, a.bySeverity.consult && `${nf.format(a.bySeverity.consult)} overleggen`, a.bySeverity.revise && `${nf.format(a.bySeverity.revise)} aanpassen`].filter(Boolean).join(', ');
    const cmp = a.postsBefore !== undefined ? ` [versie ${r.comparedWith?.versionNumber}: ${nf.format(a.postsBefore)}; nieuw: ${nf.format(a.postsNew ?? 0)}]` : '';
    out.push('', `${a.article}: ${nf.format(a.posts)} ${a.posts === 1 ? 'bericht' : 'berichten'}${sev ? ` (${sev})` : ''}${cmp}`);
    const about = version ? aboutArticle(version, a.article) : undefined;
    if (about) out.push(`  (${about})`);
    for (const e of all ? a.examples : a.examples.slice(0, 3)) {
      const marked = e.mark ? `${e.excerpt.slice(0, e.mark[0])}»${e.excerpt.slice(e.mark[0], e.mark[1])}«${e.excerpt.slice(e.mark[1])}` : e.excerpt;
      out.push(`  #${e.n}${e.date ? ` ${e.date.slice(0, 10)}` : ''}${e.author ? ` ${e.author}` : ''}${e.new ? ' (nieuw)' : ''}: ${marked.replace(/\s+/g, ' ')}`);
    }
    if (!all && a.examples.length > 3) out.push(`  … en meer (--alle voor ${a.examples.length} voorbeelden)`);
  }
  if (r.skipped) out.push('', `Overgeslagen: ${r.skippedExamples.map((s) => `#${s.n} (${s.reason.nl})`).join(', ')}${r.skipped > r.skippedExamples.length ? ' …' : ''}`);
  return out.join('\n');
}

export async function runProtocolCommand(sub: string, args: string[], config: Config, io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'nl' },
      json: { type: 'boolean', default: false },
      as: { type: 'string' },
      nl: { type: 'string' },
      en: { type: 'string' },
      date: { type: 'string' },
      minutes: { type: 'string' },
      rejected: { type: 'boolean', default: false },
      version: { type: 'string' },
      compare: { type: 'string' },
      format: { type: 'string' },
      posts: { type: 'string' },
      alle: { type: 'boolean', default: false },
      'no-mail': { type: 'boolean', default: false },
    },
  });
  const lang = values.lang === 'en' ? 'en' : 'nl';
  const write = (s: string): void => void io.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
  const need = (i: number, what: string): string => {
    const v = positionals[i];
    if (!v) throw new SterrenwachtError('invalid_argument', `Geef ${what}.`, `Give ${what}.`);
    return v;
  };
  const fmt = (f: string | undefined): ArchiveFormat | undefined => {
    if (f === undefined) return undefined;
    if (!(ARCHIVE_FORMATS as readonly string[]).includes(f)) throw new SterrenwachtError('invalid_argument', `Onbekend formaat "${f}"; kies csv, json of jsonl.`, `Unknown format "${f}"; choose csv, json or jsonl.`, 'format');
    return f as ArchiveFormat;
  };

  if (sub === 'demo-archive') {
    const n = Number(values.posts ?? 1000);
    if (!Number.isInteger(n) || n < 1 || n > 10_000_000) throw new SterrenwachtError('invalid_argument', '--posts moet een aantal zijn (1 tot 10 miljoen).', '--posts must be a number (1 to 10 million).', 'posts');
    for (const chunk of demoArchive(n, fmt(values.format) ?? 'csv')) if (!io.stdout.write(chunk)) await new Promise((r) => io.stdout.once('drain', r));
    return 0;
  }

  const { store, schoolId } = await openDb(config);
  const db = store.db;
  try {
    switch (sub) {
      case 'versions': {
        const list = await listVersions(db, schoolId);
        if (values.json) {
          write(JSON.stringify(list, null, 2));
          return 0;
        }
        for (const v of list) {
          const a = approvalState(v, await approvalsOf(db, v.id));
          write(`versie ${v.number}  ${v.id.padEnd(18)} ${STATUS_NL[v.status]!.padEnd(9)} ${v.approvalDate ? `(G)MR ${v.approvalDate}` : `(G)MR: ${{ none: 'nog niet', approved: 'ingestemd', rejected: 'niet ingestemd', outdated: 'gewijzigd na instemming' }[a.state]}`}  ${v.summary.nl}`);
        }
        return 0;
      }
      case 'show': {
        const v = await resolveVersion(db, schoolId, positionals[0] ?? 'in-force');
        const school = await getSchool(db, schoolId, config.school);
        write(renderVersion(v, lang, school.profile));
        return 0;
      }
      case 'diff': {
        const a = await resolveVersion(db, schoolId, need(0, 'twee versies (bijvoorbeeld: protocol diff 1 2)'));
        const b = await resolveVersion(db, schoolId, positionals[1] ?? 'in-force');
        const d = diffVersions(a, b);
        write(values.json ? JSON.stringify(d, null, 2) : diffText(d, lang, (io.stdout as { isTTY?: boolean }).isTTY === true));
        return 0;
      }
      case 'draft': {
        const who = await actor(db, schoolId, values.as, 'protocol.drafts.write');
        const v = await createDraft(db, schoolId, who.id);
        write(`conceptversie ${v.number} (${v.id}) gemaakt uit ${v.basedOn ?? 'het model'} / draft version ${v.number} created`);
        return 0;
      }
      case 'edit': {
        const who = await actor(db, schoolId, values.as, 'protocol.drafts.write');
        const v = await resolveVersion(db, schoolId, need(0, 'de versie en het artikel (protocol edit 2 A6 --nl … --en …)'));
        const article = need(1, 'het artikel (bijvoorbeeld A6)');
        const current = v.articles.find((x) => x.id === article.toUpperCase());
        if (!values.nl && !values.en) throw new SterrenwachtError('invalid_argument', 'Geef de nieuwe tekst met --nl en/of --en.', 'Give the new text with --nl and/or --en.');
        const saved = await editArticle(db, schoolId, v.id, who.id, article, { nl: values.nl ?? current?.nl ?? '', en: values.en ?? current?.en ?? '' });
        write(`${article.toUpperCase()} gewijzigd in versie ${saved.number}. ${saved.summary.nl}`);
        return 0;
      }
      case 'set': {
        const who = await actor(db, schoolId, values.as, 'protocol.drafts.write');
        const v = await resolveVersion(db, schoolId, need(0, 'de versie, de parameter en de waarde'));
        const key = need(1, `de parameter (${PARAM_KEYS.join(', ')})`) as ParamKey;
        if (!PARAM_KEYS.includes(key)) throw new SterrenwachtError('invalid_argument', `Onbekende parameter "${key}" (${PARAM_KEYS.join(', ')}).`, `Unknown parameter "${key}".`, 'key');
        const value = key === 'aliases' || key === 'hashtags' ? need(2, 'de waarden, met komma’s').split(',').map((s) => s.trim().replace(/^[#@]/, '')).filter(Boolean) : key === 'name' || key === 'shortName' ? need(2, 'de waarde') : { nl: values.nl ?? v.params[key].nl, en: values.en ?? v.params[key].en };
        const saved = await editDraft(db, schoolId, v.id, who.id, { params: { [key]: value } });
        write(`${key} gewijzigd in versie ${saved.number}. ${saved.summary.nl}`);
        return 0;
      }
      case 'approve': {
        const who = await actor(db, schoolId, values.as, 'protocol.approve');
        const v = await resolveVersion(db, schoolId, need(0, 'de versie'));
        if (!values.date || !values.minutes) throw new SterrenwachtError('invalid_argument', 'Geef de vergaderdatum (--date JJJJ-MM-DD) en de verwijzing naar de notulen (--minutes).', 'Give the meeting date (--date YYYY-MM-DD) and the minutes reference (--minutes).');
        if (!isCalendarDate(values.date)) throw new SterrenwachtError('invalid_argument', 'De datum is JJJJ-MM-DD, een dag die bestaat.', 'The date is YYYY-MM-DD, a day that exists.', 'date');
        const a = await recordApproval(db, schoolId, v.id, who.id, { meetingDate: values.date, outcome: values.rejected ? 'rejected' : 'approved', minutesRef: values.minutes });
        write(`(G)MR-besluit vastgelegd voor versie ${v.number}: ${a.outcome === 'approved' ? 'ingestemd' : 'niet ingestemd'} op ${a.meetingDate} (${a.minutesRef})`);
        return 0;
      }
      case 'publish': {
        const who = await actor(db, schoolId, values.as, 'protocol.publish');
        const v = await resolveVersion(db, schoolId, need(0, 'de versie'));
        const p = await publishVersion(db, schoolId, v.id, who.id);
        write(`versie ${p.number} geldt vanaf nu, met instemming van de (G)MR op ${p.approvalDate} / version ${p.number} is in force`);
        if (!values['no-mail']) {
          const { createMailer } = await import('../mail/mailer.js');
          const mailer = createMailer({ db, smtpUrl: config.smtpUrl, from: config.mailFrom });
          try {
            const r = await sendReminders(db, mailer, config.publicUrl, schoolId, who.id, { first: true });
            write(`${r.sent} medewerkers en ouders gevraagd de nieuwe versie te lezen en te bevestigen${mailer.outbox ? ' (demo: in de outbox)' : ''}`);
          } finally {
            mailer.close();
          }
        }
        return 0;
      }
      case 'pdf': {
        const v = await resolveVersion(db, schoolId, positionals[0] ?? 'in-force');
        const school = await getSchool(db, schoolId, config.school);
        io.stdout.write(await versionPdf(v, lang, school.profile));
        return 0;
      }
      case 'rescan': {
        const file = need(0, 'het archief (een bestand, of - voor stdin)');
        const format = fmt(values.format) ?? formatOf(file);
        if (!format) throw new SterrenwachtError('invalid_argument', 'Geef het formaat met --format csv|json|jsonl (of gebruik de extensie .csv, .json, .jsonl).', 'Give the format with --format csv|json|jsonl (or use the extension .csv, .json, .jsonl).', 'format');
        const v = await resolveVersion(db, schoolId, values.version ?? 'in-force');
        const compareTo = values.compare ? await resolveVersion(db, schoolId, values.compare) : undefined;
        let size: number | undefined;
        if (file !== '-') {
          try {
            size = statSync(file).size;
          } catch (e) {
            throw new SterrenwachtError('io_error', `Het archief ${file} kan niet gelezen worden: ${(e as Error).message}`, `Cannot read the archive ${file}: ${(e as Error).message}`);
          }
        }
        // small reads: the progress is the bytes read, so it follows the posts checked closely
        const input = file === '-' ? io.stdin : createReadStream(file, { highWaterMark: 16 * 1024 });
        const school = await getSchool(db, schoolId, config.school);
        const people = await rosterForCheck(db, schoolId);
        const job = await createJob(db, schoolId, 'cli', { versionId: v.id, compareTo: compareTo?.id, format, source: file === '-' ? 'stdin' : file.split('/').pop() });
        const started = Date.now();
        let last = 0;
        const progress = (posts: number, bytes: number, force = false): void => {
          const now = Date.now();
          if (!force && now - last < 200) return;
          last = now;
          const pct = size ? ` (${Math.min(100, Math.floor((bytes * 100) / size))}%)` : '';
          const rate = Math.round((posts * 1000) / Math.max(1, now - started));
          io.stderr.write(`\rherscan: ${nf.format(posts)} berichten${pct}, ${nf.format(rate)}/s   `);
        };
        let bytes = 0;
        async function* counted(): AsyncGenerator<Buffer> {
          for await (const c of input as AsyncIterable<Buffer>) {
            bytes += c.length;
            yield c;
          }
        }
        const done = await runJob(db, schoolId, job.id, counted(), { version: v, compareTo, school: school.profile, people, bytesTotal: size, onPosts: (n) => progress(n, bytes) });
        progress(done.postsDone, bytes, true);
        io.stderr.write('\n');
        if (done.status !== 'done' || !done.report) {
          io.stderr.write(`fout (${done.error?.code ?? 'invalid_import'}): ${done.error?.message ?? ''} / error: ${done.error?.messageEn ?? ''}\n`);
          return 2;
        }
        write(values.json ? JSON.stringify(done.report, null, 2) : reportText(done.report, values.alle, v));
        return 0;
      }
      default:
        throw new SterrenwachtError('invalid_argument', `Onbekend protocolcommando "${sub}".`, `Unknown protocol command "${sub}".`);
    }
  } finally {
    await store.close();
  }
}
