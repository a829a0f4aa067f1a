/**
 * The registry's data model, one schema for the embedded database (PGlite) and a
 * PostgreSQL server. Consent is never overwritten: every grant and revocation is a
 * row of `consent_events`; the current state is the latest event per person ×
 * medium × channel. The audit log is append-only and hash-chained.
 */
import { sql } from 'drizzle-orm';
import { boolean, customType, index, integer, jsonb, pgTable, primaryKey, serial, smallint, text, time, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const boards = pgTable('boards', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
});

export const schools = pgTable('schools', {
  id: text('id').primaryKey(),
  boardId: text('board_id').references(() => boards.id),
  name: text('name').notNull(),
  /** The school's protocol settings (name, aliases, hashtags, mission, sentences): SchoolProfile. */
  profile: jsonb('profile').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const groups = pgTable('groups', {
  id: text('id').primaryKey(),
  schoolId: text('school_id').notNull().references(() => schools.id),
  name: text('name').notNull(),
  year: smallint('year').notNull(),
});

export const people = pgTable(
  'people',
  {
    id: text('id').primaryKey(),
    schoolId: text('school_id').notNull().references(() => schools.id),
    name: text('name').notNull(),
    /** pupil | staff | parent | other */
    role: text('role').notNull(),
    groupId: text('group_id').references(() => groups.id),
    /** For staff: their leidinggevende. */
    managerId: text('manager_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when the person was erased: the name is gone, records under retention remain. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    /** The person's e-mail address from the roster (a guardian's, a staff member's): invitations and SSO. */
    email: text('email'),
    /** Set when a roster sync found the person gone (left the school): kept, not erased; consent evidence stays. */
    leftAt: timestamp('left_at', { withTimezone: true }),
  },
  (t) => [index('people_school_idx').on(t.schoolId)],
);

export const guardianships = pgTable(
  'guardianships',
  {
    parentId: text('parent_id').notNull().references(() => people.id),
    pupilId: text('pupil_id').notNull().references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.parentId, t.pupilId] })],
);

export const consentEvents = pgTable(
  'consent_events',
  {
    id: serial('id').primaryKey(),
    personId: text('person_id').notNull().references(() => people.id),
    /** photo | video | audio */
    medium: text('medium').notNull(),
    /** social | website | newsletter | guide */
    channel: text('channel').notNull(),
    granted: boolean('granted').notNull(),
    /** The person who gave or revoked it (a parent for a pupil). */
    byPersonId: text('by_person_id').references(() => people.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    note: text('note'),
  },
  (t) => [index('consent_person_idx').on(t.personId, t.medium, t.channel, t.id)],
);

/** Created when consent is revoked: publications showing the person must come down. */
export const takedownTasks = pgTable('takedown_tasks', {
  id: serial('id').primaryKey(),
  schoolId: text('school_id').notNull().references(() => schools.id),
  personId: text('person_id').notNull().references(() => people.id),
  medium: text('medium').notNull(),
  channel: text('channel').notNull(),
  consentEventId: integer('consent_event_id').notNull().references(() => consentEvents.id),
  /** open | done */
  status: text('status').notNull().default('open'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  doneAt: timestamp('done_at', { withTimezone: true }),
  /** The person who took the publications down, and what they did. */
  doneBy: text('done_by').references(() => people.id),
  note: text('note'),
});

/** The weekly lesson schedule, so the check can decide A1 from the time of posting. */
export const lessons = pgTable('lessons', {
  id: serial('id').primaryKey(),
  schoolId: text('school_id').notNull().references(() => schools.id),
  groupId: text('group_id').notNull().references(() => groups.id),
  teacherId: text('teacher_id').references(() => people.id),
  /** ISO weekday 1 (Monday) … 7 */
  weekday: smallint('weekday').notNull(),
  startsAt: time('starts_at').notNull(),
  endsAt: time('ends_at').notNull(),
});

/** A1: school management or a teacher allows social media in a lesson window. */
export const lessonPermissions = pgTable('lesson_permissions', {
  id: serial('id').primaryKey(),
  schoolId: text('school_id').notNull().references(() => schools.id),
  groupId: text('group_id').references(() => groups.id),
  teacherId: text('teacher_id').references(() => people.id),
  startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
  endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  platforms: jsonb('platforms').notNull().default([]),
  grantedBy: text('granted_by').notNull().references(() => people.id),
});

export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    schoolId: text('school_id').notNull().references(() => schools.id),
    personId: text('person_id').references(() => people.id),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** schoolleiding | medewerker | ouder | leerling | mr | bestuur */
    role: text('role').notNull(),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    /** The password was made by the school (shown once); the web app asks for a new one at login. */
    passwordTemporary: boolean('password_temporary').notNull().default(false),
  },
  (t) => [uniqueIndex('accounts_email_idx').on(t.email)],
);

export const sessions = pgTable('sessions', {
  /** SHA-256 of the session token; the token itself is only in the user's cookie. */
  tokenHash: text('token_hash').primaryKey(),
  accountId: text('account_id').notNull().references(() => accounts.id),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  /** What the session was started with (browser), shown in one's own list of sessions. */
  userAgent: text('user_agent'),
  /** password | sso | invitation | reset */
  method: text('method'),
});

/** Social-media connections of staff (A6): recorded only when allowed (never with a pupil). */
export const connections = pgTable(
  'connections',
  {
    id: serial('id').primaryKey(),
    schoolId: text('school_id').notNull().references(() => schools.id),
    staffId: text('staff_id').notNull().references(() => people.id),
    personId: text('person_id').notNull().references(() => people.id),
    platform: text('platform').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('connections_unique_idx').on(t.staffId, t.personId, t.platform)],
);

/** Drafts an author chose to save (a check alone stores nothing). Only the author sees them. */
export const drafts = pgTable(
  'drafts',
  {
    id: serial('id').primaryKey(),
    accountId: text('account_id').notNull().references(() => accounts.id),
    request: jsonb('request').notNull(),
    result: jsonb('result').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('drafts_account_idx').on(t.accountId)],
);

export const auditLog = pgTable('audit_log', {
  id: serial('id').primaryKey(),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  actor: text('actor').notNull(),
  action: text('action').notNull(),
  subject: text('subject').notNull(),
  detail: jsonb('detail').notNull().default({}),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

// ---------------------------------------------------------------------------
// Procedures (B2, B3, S1–S6): consultations, reports, cases, dossiers, measures,
// letters, tasks, and the anonymous (G)MR register.

/** Raw bytes (screenshots, letters): bytea on both backends. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (v instanceof Uint8Array ? v : new Uint8Array(v as ArrayBuffer)),
});

/** B2/B3: a staff member asks their leidinggevende about a draft. */
export const consultations = pgTable(
  'consultations',
  {
    id: serial('id').primaryKey(),
    schoolId: text('school_id').notNull().references(() => schools.id),
    authorId: text('author_id').notNull().references(() => people.id),
    authorAccountId: text('author_account_id'),
    /** The leidinggevende from the registry when it was asked. */
    managerId: text('manager_id').notNull().references(() => people.id),
    /** consult_verdict | choice | derailing (B2) */
    reason: text('reason').notNull(),
    text: text('text').notNull(),
    question: text('question').notNull(),
    /** The check's verdict and findings on the draft, and the protocol version it ran under. */
    verdict: text('verdict').notNull(),
    findings: jsonb('findings').notNull(),
    protocolVersion: text('protocol_version').notNull(),
    /** open | answered | withdrawn */
    status: text('status').notNull().default('open'),
    /** plaatsen | aanpassen | niet_plaatsen */
    answer: text('answer'),
    suggestedText: text('suggested_text'),
    comment: text('comment'),
    answeredBy: text('answered_by').references(() => people.id),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    /** The school leader it was escalated to. */
    escalatedTo: text('escalated_to').references(() => people.id),
  },
  (t) => [index('consultations_school_idx').on(t.schoolId, t.status)],
);

/** A melding: anyone of the school community reports a post. */
export const reports = pgTable(
  'reports',
  {
    id: serial('id').primaryKey(),
    schoolId: text('school_id').notNull().references(() => schools.id),
    reporterAccountId: text('reporter_account_id'),
    reporterPersonId: text('reporter_person_id').references(() => people.id),
    link: text('link'),
    text: text('text'),
    /** Who posted it: a person of the registry, or unknown (with a description). */
    postedById: text('posted_by_id').references(() => people.id),
    postedByDescription: text('posted_by_description'),
    whatHappened: text('what_happened').notNull(),
    /** The articles the check suggests the reported text may break, and the version it ran under. */
    suggestedArticles: jsonb('suggested_articles').notNull().default([]),
    protocolVersion: text('protocol_version').notNull(),
    /** gemeld | in_behandeling | afgesloten (what the reporter sees) */
    status: text('status').notNull().default('gemeld'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('reports_school_idx').on(t.schoolId)],
);

/** Screenshots of a report: readable only by those handling it. */
export const reportScreenshots = pgTable('report_screenshots', {
  id: serial('id').primaryKey(),
  reportId: integer('report_id').notNull().references(() => reports.id),
  mime: text('mime').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  data: bytea('data').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A case (zaak): gemeld → in_behandeling → besluit → afgesloten. */
export const cases = pgTable(
  'cases',
  {
    id: serial('id').primaryKey(),
    schoolId: text('school_id').notNull().references(() => schools.id),
    /** Shown on letters, e.g. "SW-2026-0007". */
    reference: text('reference').notNull(),
    reportId: integer('report_id').references(() => reports.id),
    /** The person concerned and their kind: staff | pupil | parent. */
    subjectId: text('subject_id').notNull().references(() => people.id),
    subjectKind: text('subject_kind').notNull(),
    status: text('status').notNull().default('gemeld'),
    /** A person of school management. */
    handlerId: text('handler_id').references(() => people.id),
    deadline: timestamp('deadline', { withTimezone: true }),
    articles: jsonb('articles').notNull().default([]),
    protocolVersion: text('protocol_version').notNull(),
    summary: text('summary').notNull(),
    /** S2: qualified as grensoverschrijdend by bestuur/HR; S6: possibly criminal. */
    grensoverschrijdend: boolean('grensoverschrijdend').notNull().default(false),
    criminal: boolean('criminal').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('cases_reference_idx').on(t.schoolId, t.reference), index('cases_school_idx').on(t.schoolId, t.status)],
);

/**
 * The dossier: every note, hearing, decision, letter and logged call of a case lands
 * here by itself — the personnel dossier of a staff member (S1), the pupil dossier of
 * the pupil (S4; for a parent: of each of their children at the school).
 */
export const dossierEntries = pgTable(
  'dossier_entries',
  {
    id: serial('id').primaryKey(),
    schoolId: text('school_id').notNull().references(() => schools.id),
    caseId: integer('case_id').notNull().references(() => cases.id),
    /** personnel | pupil */
    dossierType: text('dossier_type').notNull(),
    /** Whose dossier: the staff member, or the pupil. */
    dossierPersonId: text('dossier_person_id').notNull().references(() => people.id),
    /** note | hearing | status | qualification | decision | letter | call | police */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    detail: jsonb('detail').notNull().default({}),
    authorId: text('author_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('dossier_person_idx').on(t.dossierType, t.dossierPersonId), index('dossier_case_idx').on(t.caseId)],
);

/** A measure decided on a case (S3 staff ladder, S5 pupil/parent ladder). */
export const measures = pgTable('measures', {
  id: serial('id').primaryKey(),
  caseId: integer('case_id').notNull().references(() => cases.id),
  measure: text('measure').notNull(),
  motivation: text('motivation').notNull(),
  articles: jsonb('articles').notNull().default([]),
  startsOn: text('starts_on'),
  endsOn: text('ends_on'),
  decidedBy: text('decided_by').notNull(),
  decidedByRole: text('decided_by_role').notNull(),
  decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The Dutch letter of a decision, as PDF. */
export const letters = pgTable('letters', {
  id: serial('id').primaryKey(),
  caseId: integer('case_id').notNull().references(() => cases.id),
  measureId: integer('measure_id').references(() => measures.id),
  /** staff | pupil | parents */
  recipientKind: text('recipient_kind').notNull(),
  recipientId: text('recipient_id').references(() => people.id),
  reference: text('reference').notNull(),
  sha256: text('sha256').notNull(),
  pdf: bytea('pdf').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** S2 (phone the Landelijke Vertrouwensinspecteur) and S6 (report to the police) tasks of a case. */
export const caseTasks = pgTable('case_tasks', {
  id: serial('id').primaryKey(),
  caseId: integer('case_id').notNull().references(() => cases.id),
  /** s2_call | s6_police */
  kind: text('kind').notNull(),
  status: text('status').notNull().default('open'),
  /** S2: the earliest moment the line is open (working days 8:00–17:00 Europe/Amsterdam). */
  callableFrom: timestamp('callable_from', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  doneBy: text('done_by'),
  doneAt: timestamp('done_at', { withTimezone: true }),
  /** S2: when the call took place, the inspector's reference and a summary; S6: report date and registration number. */
  performedAt: timestamp('performed_at', { withTimezone: true }),
  reference: text('reference'),
  summary: text('summary'),
});

/**
 * The (G)MR register: one anonymous row per decided measure — no case, no person, the
 * month only — so the counts outlive the erasure of the dossiers they came from.
 */
export const registerEvents = pgTable(
  'register_events',
  {
    id: serial('id').primaryKey(),
    schoolId: text('school_id').notNull().references(() => schools.id),
    /** YYYY-MM */
    month: text('month').notNull(),
    /** staff | pupil | parent */
    subjectKind: text('subject_kind').notNull(),
    measure: text('measure').notNull(),
    articles: jsonb('articles').notNull().default([]),
  },
  (t) => [index('register_school_idx').on(t.schoolId, t.month)],
);

/**
 * Governance (issue 12): the protocol's versions per school. A draft is edited article by
 * article; the (G)MR's consent is recorded against the exact content it saw; the school
 * leader publishes. Published versions are immutable (the service refuses, and a trigger in
 * the database rejects any change but in_force → superseded); one version in force per
 * school (a partial unique index), one open draft per school.
 */
export const protocolVersions = pgTable(
  'protocol_versions',
  {
    /** `<school>-v<number>`, e.g. de-sterren-v2: what check results, consultations and cases record. */
    id: text('id').primaryKey(),
    schoolId: text('school_id').notNull().references(() => schools.id),
    number: integer('number').notNull(),
    /** draft | in_force | superseded */
    status: text('status').notNull(),
    basedOn: text('based_on'),
    /** Article[] (id, section, nl, en) */
    articles: jsonb('articles').notNull(),
    /** The school's protocol parameters: name, shortName, aliases, hashtags, mission, disclosure, disclaimer. */
    params: jsonb('params').notNull(),
    /** Per article: the fingerprint of its rule (or of its not-automated reason) when the version was last saved. */
    ruleFingerprints: jsonb('rule_fingerprints').notNull(),
    /** What changed, for those asked to acknowledge it ({nl, en}). */
    summary: jsonb('summary').notNull(),
    contentHash: text('content_hash').notNull(),
    /** The (G)MR approval date that fills {datum}; set on publication. */
    approvalDate: text('approval_date'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: text('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('protocol_versions_number_idx').on(t.schoolId, t.number),
    uniqueIndex('protocol_versions_in_force_idx').on(t.schoolId).where(sql`status = 'in_force'`),
    uniqueIndex('protocol_versions_draft_idx').on(t.schoolId).where(sql`status = 'draft'`),
  ],
);

/** The (G)MR's decision on a version, recorded by an MR member against the content it saw. */
export const protocolApprovals = pgTable(
  'protocol_approvals',
  {
    id: serial('id').primaryKey(),
    versionId: text('version_id').notNull().references(() => protocolVersions.id),
    meetingDate: text('meeting_date').notNull(),
    /** approved | rejected */
    outcome: text('outcome').notNull(),
    minutesRef: text('minutes_ref').notNull(),
    contentHash: text('content_hash').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('protocol_approvals_version_idx').on(t.versionId)],
);

/** Staff and parents confirm once per published version that they have read it. */
export const protocolAcknowledgements = pgTable(
  'protocol_acknowledgements',
  {
    versionId: text('version_id').notNull().references(() => protocolVersions.id),
    accountId: text('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.accountId] })],
);

/** The last request or reminder to acknowledge a version sent to an account (so nobody is mailed twice a day). */
export const protocolReminders = pgTable(
  'protocol_reminders',
  {
    versionId: text('version_id').notNull().references(() => protocolVersions.id),
    accountId: text('account_id').notNull().references(() => accounts.id, { onDelete: 'cascade' }),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    count: integer('count').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.accountId] })],
);

/** A rescan of an imported archive of posts under a version: progress while it runs, then only the report. */
export const rescanJobs = pgTable(
  'rescan_jobs',
  {
    id: serial('id').primaryKey(),
    schoolId: text('school_id').notNull().references(() => schools.id),
    versionId: text('version_id').notNull(),
    /** A version to compare with: the report shows what changes between the two. */
    compareTo: text('compare_to'),
    /** waiting | running | done | failed */
    status: text('status').notNull().default('waiting'),
    format: text('format').notNull(),
    /** Who the posts are read as: auto (by the author's name) | staff | parent | pupil | other. */
    authorRole: text('author_role').notNull().default('auto'),
    source: text('source'),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    /** Heartbeat while running: a job not updated for a while was interrupted (the process stopped). */
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    postsDone: integer('posts_done').notNull().default(0),
    bytesDone: integer('bytes_done').notNull().default(0),
    bytesTotal: integer('bytes_total'),
    /** RescanReport, once done */
    report: jsonb('report'),
    error: jsonb('error'),
  },
  (t) => [index('rescan_jobs_school_idx').on(t.schoolId, t.id)],
);

/**
 * Every mail Sterrenwacht sends, written here first (a crash between "decided to send" and
 * "sent" loses nothing). Without SMTP_URL this is the demo outbox the web app shows; with
 * SMTP the body is cleared once the server accepted it, and what failed is tried again.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: serial('id').primaryKey(),
    schoolId: text('school_id').notNull().references(() => schools.id),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    /** Cleared (empty) after SMTP delivery: the receiver has it, we need not keep it. */
    text: text('text').notNull(),
    html: text('html'),
    /** What the mail is about: invitation, password-reset, consultation, case, … */
    kind: text('kind').notNull(),
    /** outbox (demo, kept to be shown) | pending | sent | failed (gave up) */
    status: text('status').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('mail_outbox_school_idx').on(t.schoolId, t.id), index('mail_outbox_status_idx').on(t.status)],
);

/**
 * Failed attempts per throttle key (hardening): `acct-addr:EMAIL|IP`, `addr:IP`, `acct:EMAIL`,
 * `pwchange:ACCOUNT`. Counted with one atomic upsert per failure, so concurrent requests and
 * several service processes on one database count every failure once.
 */
/**
 * A single sign-on login under way (OpenID Connect): the PKCE verifier and nonce for a state,
 * bound to the browser that began it (only hashes of the state and the browser cookie are kept).
 * In the database, so any service process can finish a login another one began; used once.
 */
export const ssoPending = pgTable('sso_pending', {
  stateHash: text('state_hash').primaryKey(),
  provider: text('provider').notNull(),
  nonce: text('nonce').notNull(),
  verifier: text('verifier').notNull(),
  browserHash: text('browser_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const authThrottle = pgTable('auth_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastFailure: timestamp('last_failure', { withTimezone: true }).notNull(),
  /** No attempt is tried before this moment (a growing delay, never a permanent lock). */
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});

/**
 * Single-use links sent by mail: an invitation (a parent sets a password and gets an account
 * linked to their children) or a password reset. Only the SHA-256 of the token is stored.
 */
export const accountTokens = pgTable(
  'account_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    /** invitation | reset */
    kind: text('kind').notNull(),
    schoolId: text('school_id').notNull().references(() => schools.id),
    /** invitation: the person the account is for; reset: the account's person, if any */
    personId: text('person_id').references(() => people.id),
    /** reset: the account */
    accountId: text('account_id').references(() => accounts.id),
    email: text('email').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('account_tokens_person_idx').on(t.personId, t.kind)],
);
