/**
 * The `sterrenwacht` command. Thin: it parses arguments and calls the services.
 *   sterrenwacht check [--jsonl] [--people FILE]
 *   sterrenwacht protocol [ARTICLE] [--lang nl|en]
 *   sterrenwacht photo detect IN | photo redact IN OUT --tags FILE [--people FILE]
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { SterrenwachtError } from '../errors.js';
import { findArticle, renderArticle, renderProtocol, type Lang } from '../protocol/render.js';
import { loadPeopleFile, runCheckJsonl, runCheckStdio } from './check.js';
import { demoRoster } from '../demo/roster.js';

const USAGE = `Gebruik / usage:
  sterrenwacht check [--jsonl] [--people BESTAND] [--threads N]   controleer concept-berichten (JSON op stdin;
                                                    een lange --jsonl-stroom in N threads; standaard kernen − 1 vanaf drie kernen)
  sterrenwacht protocol [ARTIKEL] [--lang nl|en]    toon het protocol of één artikel
  sterrenwacht protocol versions|show V|diff A B|pdf V   versies van het protocol, verschil per artikel, pdf
  sterrenwacht protocol draft|edit V ART --nl T --en T|set V KEY WAARDE|approve V --date D --minutes REF|publish V  --as E-MAIL
  sterrenwacht protocol rescan BESTAND|- [--version V] [--compare V] [--format csv|json|jsonl] [--json]
                                                    herscan een archief van geplaatste berichten (voortgang op stderr)
  sterrenwacht rescan …                             hetzelfde als protocol rescan
  sterrenwacht protocol demo-archive [--posts N] [--format csv|json|jsonl]   het demo-archief
  sterrenwacht serve                                start de webservice (PORT, standaard 3000)
  sterrenwacht audit verify                         controleer de keten van het auditlog
  sterrenwacht account add --email E --role R [--person ID | --name NAAM] [--school ID]
                                                    maak een account (wachtwoord als eerste regel op stdin, anders een tijdelijk)
  sterrenwacht photo detect FOTO                    vind de gezichten op een foto (JSON)
  sterrenwacht photo redact FOTO UIT --tags BESTAND [--people BESTAND]
                                                    maak de veilige versie: gezichten zonder toestemming vervaagd, zonder EXIF/GPS`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const config = loadConfig();
    switch (command) {
      case 'check': {
        const { values } = parseArgs({ args: rest, options: { jsonl: { type: 'boolean', default: false }, people: { type: 'string' }, threads: { type: 'string' } }, allowPositionals: false });
        // without --people: the configured school's registry — the demo school's roster in demo
        // mode, otherwise the school's people and consent from the database
        const { school, people } = values.people
          ? { school: config.school, people: loadPeopleFile(values.people) }
          : config.demo
            ? { school: config.school, people: demoRoster() }
            : await (await import('./registry.js')).registryRoster(config);
        const threads = values.threads === undefined ? undefined : Number(values.threads);
        if (threads !== undefined && !(Number.isInteger(threads) && threads >= 0 && threads <= 64)) throw new SterrenwachtError('invalid_argument', '--threads moet een geheel getal van 0 tot 64 zijn.', '--threads must be a whole number from 0 to 64.');
        return values.jsonl ? await runCheckJsonl(process.stdin, process.stdout, school, people, threads === undefined ? {} : { threads }) : await runCheckStdio(school, people);
      }
      case 'serve': {
        const { serve } = await import('../api/server.js');
        await serve();
        return -1; // keeps running
      }
      case 'account': {
        if (rest[0] !== 'add') throw new SterrenwachtError('invalid_argument', 'Gebruik: sterrenwacht account add …', 'Usage: sterrenwacht account add …');
        const { runAccountAdd } = await import('./account.js');
        return await runAccountAdd(rest.slice(1), config, process.stdin, process.stdout);
      }
      case 'audit': {
        if (rest[0] !== 'verify') throw new SterrenwachtError('invalid_argument', 'Gebruik: sterrenwacht audit verify', 'Usage: sterrenwacht audit verify');
        const { openExistingStore } = await import('./store.js');
        const { verifyAudit } = await import('../audit/log.js');
        const { AuditAnchor } = await import('../audit/anchor.js');
        const { existsSync } = await import('node:fs');
        const store = await openExistingStore(config);
        try {
          const r = await verifyAudit(store.db);
          if (!r.ok) {
            process.stdout.write(`auditlog GEWIJZIGD bij regel ${r.brokenAt} (${r.reason}) / audit log TAMPERED at entry ${r.brokenAt}\n`);
            return 1;
          }
          process.stdout.write(`keten in orde: ${r.entries} regels, laatste hash ${r.head} / chain intact: ${r.entries} entries, head ${r.head}\n`);
          // the signed checkpoints outside the database (AUDIT_KEY_FILE, AUDIT_CHECKPOINT_FILE)
          if (!existsSync(config.auditKeyFile)) {
            const hasCheckpoints = existsSync(config.auditCheckpointFile);
            process.stdout.write(hasCheckpoints ? `sleutel ${config.auditKeyFile} ontbreekt: de controlepunten zijn niet te controleren / audit key missing: checkpoints cannot be verified\n` : `nog geen controlepunten (de dienst maakt ze) / no checkpoints yet (the service writes them)\n`);
            return hasCheckpoints ? 1 : 0;
          }
          const a = await AuditAnchor.open(store.db, { keyFile: config.auditKeyFile, checkpointFile: config.auditCheckpointFile }).verify();
          if (!a.ok) {
            process.stdout.write(`auditlog KLOPT NIET met de ondertekende controlepunten: ${a.reason} / audit log does NOT match its signed checkpoints: ${a.reason}\n`);
            return 1;
          }
          process.stdout.write(a.last ? `${a.checkpoints} ondertekende controlepunten kloppen, laatste bij regel ${a.last.id} (${a.last.at}) / ${a.checkpoints} signed checkpoints match, the newest at entry ${a.last.id}\n` : 'nog geen controlepunten / no checkpoints yet\n');
          return 0;
        } finally {
          await store.close();
        }
      }
      case 'protocol': {
        if (rest[0] && (await import('../governance/cli.js')).SUBCOMMANDS.has(rest[0])) {
          const { runProtocolCommand } = await import('../governance/cli.js');
          return await runProtocolCommand(rest[0], rest.slice(1), config, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
        }
        const { values, positionals } = parseArgs({ args: rest, options: { lang: { type: 'string', default: 'nl' } }, allowPositionals: true });
        const lang = values.lang;
        if (lang !== 'nl' && lang !== 'en') throw new SterrenwachtError('invalid_argument', `Onbekende taal "${lang}"; kies nl of en.`, `Unknown language "${lang}"; choose nl or en.`);
        if (positionals[0]) {
          const article = findArticle(positionals[0]);
          if (!article) throw new SterrenwachtError('unknown_article', `Artikel "${positionals[0]}" bestaat niet (U1–U5, D1–D2, A1–A7, B1–B3, C1–C4, S1–S6).`, `Article "${positionals[0]}" does not exist (U1–U5, D1–D2, A1–A7, B1–B3, C1–C4, S1–S6).`);
          process.stdout.write(renderArticle(article, config.school, lang as Lang) + '\n');
        } else process.stdout.write(renderProtocol(config.school, lang as Lang) + '\n');
        return 0;
      }
      case 'rescan': {
        const { runProtocolCommand } = await import('../governance/cli.js');
        return await runProtocolCommand('rescan', rest, config, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
      }
      case 'photo': {
        const { runPhoto } = await import('./photo.js');
        return await runPhoto(rest, config, process.stdout, async (file) =>
          file ? loadPeopleFile(file) : config.demo ? demoRoster() : (await (await import('./registry.js')).registryRoster(config)).people,
        );
      }
      case undefined:
      case 'help':
      case '--help':
        process.stdout.write(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default:
        // the usage on lines of its own: in the error's one line it was unreadable
        process.stderr.write(USAGE + '\n');
        throw new SterrenwachtError('invalid_argument', `Onbekend commando "${command}".`, `Unknown command "${command}".`);
    }
  } catch (e) {
    const err = e instanceof SterrenwachtError ? e : new SterrenwachtError('invalid_argument', (e as Error).message, (e as Error).message);
    process.stderr.write(err.oneLine() + '\n');
    return 2;
  }
}
