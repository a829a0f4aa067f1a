/**
 * The registry's data model, one schema for the embedded database (PGlite) and a
 * PostgreSQL server. Consent is never overwritten: every grant and revocation is a
 * row of `consent_events`; the current state is the latest event per person ×
 * medium × channel. The audit log is append-only and hash-chained.
 */
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, primaryKey, serial, smallint, text, time, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

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
