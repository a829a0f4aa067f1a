/**
 * The API's types for the web app, taken from the server's own zod schemas and service
 * signatures with `import type` only: nothing of the server is bundled, and a change on
 * the server side breaks `npm run typecheck` here instead of a page at run time.
 */
import type { z } from 'zod';
import type { SessionAnswer as SessionAnswerT } from '../../api/schemas/session.js';
import type { checkResultSchema } from '../../api/routes/checks.js';
import type { checkRequestSchema } from '../../check/types.js';
import type { TakedownView } from '../../consent/takedowns.js';
import type { Waiting as WaitingT } from '../../home/waiting.js';
import type { ConsentState, ChangeResult, Channel as ChannelT, Medium as MediumT, consentHistory } from '../../consent/service.js';
import type { listPeople, PersonInput } from '../../registry/service.js';
import type { listGroups, GroupInput } from '../../registry/groups.js';
import type { listLessons, listPermissions, LessonInput, PermissionInput } from '../../registry/lessons.js';
import type { SchoolView } from '../../registry/school.js';
import type { SchoolProfile as SchoolProfileT } from '../../protocol/school.js';
import type { AccountView, AccountInput } from '../../auth/manage.js';
import type { AppRole } from '../../auth/policy.js';
import type { auditTrail } from '../../audit/log.js';
import type { CheckSettingAnswer as CheckSettingAnswerT, MyChild as MyChildT, TakedownStatus as TakedownStatusT } from '../../api/schemas/web.js';
import type { PublicProtocol as PublicProtocolT, PublicArticle as PublicArticleT } from '../../api/schemas/protocol.js';

/** What a value looks like after JSON: dates become strings. */
export type Json<T> = T extends Date ? string : T extends (infer U)[] ? Json<U>[] : T extends object ? { [K in keyof T]: Json<T[K]> } : T;

export type Role = AppRole;
export type SessionAnswer = SessionAnswerT;
export type Account = SessionAnswer['account'];

/** One edit of a finding (contract: replace [a, b) of the text with `text`). */
export interface Edit {
  span: [number, number];
  text: string;
}
export type CheckResult = Omit<z.infer<typeof checkResultSchema>, 'findings'> & { findings: Finding[] };
export type Finding = z.infer<typeof checkResultSchema>['findings'][number] & { edits?: Edit[] };
export type Verdict = CheckResult['verdict'];

export type AccountKind = 'personal' | 'school';
export type PublishChannel = 'social' | 'website' | 'newsletter' | 'guide' | 'parent-app';
/** The school's channels a post can go to, as the check page and Foto veilig maken offer them. */
export const PUBLISH_CHANNELS: { value: PublishChannel; label: string }[] = [
  { value: 'social', label: 'Sociale media' },
  { value: 'website', label: 'Website van de school' },
  { value: 'newsletter', label: 'Nieuwsbrief' },
  { value: 'guide', label: 'Schoolgids' },
  { value: 'parent-app', label: 'Ouder-app (klassenpagina)' },
];
/** The check request over HTTP (author and setting follow from the session and timetable when left out). */
export type CheckRequest = Partial<Omit<z.input<typeof checkRequestSchema>, 'media'>> & {
  text: string;
  setting?: 'lesson' | 'work' | 'private';
  lessonPermission?: boolean;
  postedAt?: string;
  account?: AccountKind;
  channel?: PublishChannel;
  platform?: string;
  media?: { type: 'photo' | 'video' | 'audio'; depicts: string[]; unidentified?: number; confirmed?: string[]; faces?: { box: [number, number, number, number]; person?: string; kind?: 'person' | 'unrecognisable' | 'outsider' }[] }[];
};

export type Person = Json<Awaited<ReturnType<typeof listPeople>>[number]>;
export type { PersonInput, GroupInput, LessonInput, PermissionInput, AccountInput };
export type Group = Json<Awaited<ReturnType<typeof listGroups>>[number]>;
export type Lesson = Json<Awaited<ReturnType<typeof listLessons>>[number]>;
export type LessonPermission = Json<Awaited<ReturnType<typeof listPermissions>>[number]>;
export type Takedown = Json<TakedownView>;
export type Waiting = WaitingT;
export type Consent = ConsentState;
export type ConsentChangeResult = ChangeResult;
export type ConsentEvent = Json<Awaited<ReturnType<typeof consentHistory>>[number]>;
export type Medium = MediumT;
export type Channel = ChannelT;
export type School = SchoolView;
export type SchoolProfile = SchoolProfileT;
export type AccountRow = AccountView;
export type AuditEntry = Json<Awaited<ReturnType<typeof auditTrail>>[number]>;
export type PublicProtocol = PublicProtocolT;
export type PublicArticle = PublicArticleT;

// governance (issue 12): protocol versions, diff, acknowledgement, rescans
import type { VersionView as VersionViewT } from '../../governance/versions.js';
import type { VersionDiff as VersionDiffT, Part as PartT } from '../../governance/diff.js';
import type { AckStatus as AckStatusT, GroupOverview as GroupOverviewT, Totals as TotalsT, ReminderResult as ReminderResultT } from '../../governance/acknowledgements.js';
import type { RescanJob as RescanJobT, RescanReport as RescanReportT } from '../../governance/rescan.js';
import type { ProtocolParams as ProtocolParamsT } from '../../governance/template.js';
export type VersionView = VersionViewT;
export type VersionSummary = Omit<VersionViewT, 'articles'>;
export type VersionDiff = VersionDiffT;
export type DiffPart = PartT;
export type AckStatus = AckStatusT;
export type AckOverview = { versionId: string; totals: TotalsT; groups?: GroupOverviewT[] };
export type ReminderResult = ReminderResultT;
export type RescanJob = RescanJobT;
export type RescanReport = RescanReportT;
export type ProtocolParams = ProtocolParamsT;
export type CheckSetting = CheckSettingAnswerT;
export type MyChild = MyChildT;
export interface Draft {
  id: number;
  accountId: string;
  request: CheckRequest;
  result: CheckResult;
  createdAt: string;
}
export type TakedownStatus = TakedownStatusT;

// roster sync, invitations, sessions, own records, single sign-on (school engineer)
import type { RosterPreview as RosterPreviewT, RosterApplied as RosterAppliedT } from '../../registry/roster.js';
import type { RowProblem as RowProblemT } from '../../registry/csv.js';
import type { InvitationReport as InvitationReportT } from '../../auth/invitations.js';
import type { SessionView } from '../../auth/tokens.js';
import type { OwnRecords } from '../../auth/me.js';
export type RosterPreview = Json<RosterPreviewT>;
export type RosterApplied = RosterAppliedT;
export type RowProblem = RowProblemT;
export type InvitationReport = InvitationReportT;
export type OwnSession = SessionView;
export type Me = Json<OwnRecords>;
