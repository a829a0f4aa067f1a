/**
 * Who may do what: every permission declared here, in one place. Routes ask
 * `can(role, permission)`; row-level rules (own school, own children) are the
 * functions below, used by the services.
 */
export const ROLES = ['schoolleiding', 'medewerker', 'ouder', 'leerling', 'mr', 'bestuur'] as const;
export type AppRole = (typeof ROLES)[number];

const ALL = ROLES;

export const PERMISSIONS = {
  /** Check a draft before posting. */
  'check.run': ALL,
  /** Read the protocol in force. */
  'protocol.read': ALL,
  /** Record and list one's own social-media connections (staff; A6 decides). */
  'connections.own': ['schoolleiding', 'medewerker'],
  /** Manage the school's groups. */
  'groups.write': ['schoolleiding'],
  /** List the school's groups. */
  'groups.read': ['schoolleiding', 'medewerker'],
  /** Save, list and delete one's own drafts. */
  'drafts.own': ALL,
  /** See one's own account. */
  'session.read': ALL,
  /** See the consent of a person of one's school (parents: their own children only). */
  'consent.read': ['schoolleiding', 'medewerker', 'ouder'],
  /** Give or revoke consent (parents for their own children; anyone for themself). */
  'consent.change': ['ouder', 'medewerker', 'schoolleiding'],
  /** List and read the people of one's school. */
  'people.read': ['schoolleiding', 'medewerker'],
  /** Add, change and import people of one's school. */
  'people.write': ['schoolleiding'],
  /** Everything held about a person (inzage): school management, and guardians for their children (row-level). */
  'people.export': ['schoolleiding', 'ouder'],
  /** Erase a person (right to be forgotten), keeping what must be retained. */
  'people.erase': ['schoolleiding'],
  /** Allow social media in a lesson (A1): school management for any group, teachers for their own lessons. */
  'lesson.permit': ['schoolleiding', 'medewerker'],
  /** Create, list and remove the accounts of one's school. */
  'accounts.manage': ['schoolleiding'],
  /** Change one's own password. */
  'password.own': ALL,
  /** Verify the audit chain. */
  'audit.verify': ['schoolleiding', 'bestuur'],
  /** Read the audit trail of a person of one's school: who saw or changed their records. */
  'audit.read': ['schoolleiding'],
  /** See the school's name and protocol settings. */
  'school.read': ALL,
  /** Change the school's protocol settings (name, aliases, hashtags, mission, sentences). */
  'school.write': ['schoolleiding'],
  /** See the board and its schools. */
  'board.read': ['bestuur', 'schoolleiding'],
  /** See and complete the takedown tasks that revoked consent created. */
  'takedowns.handle': ['schoolleiding', 'medewerker'],
  /** See the weekly lesson schedule and the lesson permissions (A1). */
  'schedule.read': ['schoolleiding', 'medewerker'],
  /** Change the weekly lesson schedule. */
  'schedule.write': ['schoolleiding'],
  /** Have a photo examined for faces and get its safe version (in memory, never stored). */
  'photos.process': ALL,
  /** List one's own children (parents: whose consent they manage). */
  'children.own': ['ouder'],

  // --- procedures (B2, B3, S1–S6) ---
  /** Ask one's leidinggevende for advice on a draft (B2/B3) and follow its status: staff. */
  'consultations.ask': ['schoolleiding', 'medewerker'],
  /** Answer a consultation: row-level, only the leidinggevende asked or the school leader it was escalated to. */
  'consultations.answer': ['schoolleiding', 'medewerker'],
  /** Report a post (melding): anyone of the school community, parents and pupils included. */
  'reports.create': ALL,
  /** See the status of one's own reports (never the dossier). */
  'reports.own': ALL,
  /** Triage the school's reports and open a case: school management. */
  'reports.handle': ['schoolleiding'],
  /** List and read cases, record notes, hearings and tasks: school management; the bestuur (L&E/HR) for staff cases (row-level). */
  'cases.handle': ['schoolleiding', 'bestuur'],
  /** Open a case and assign its handler: school management. */
  'cases.open': ['schoolleiding'],
  /** S2: qualify a staff member's communication as grensoverschrijdend: the bestuur (HR, L&E) only. */
  'cases.qualify': ['bestuur'],
  /** S6: mark a case as possibly criminal, which creates the task to report it to the police. */
  'cases.police': ['schoolleiding', 'bestuur'],
  /** Decide a measure; which measure each role may decide is MEASURE_DECIDERS below. */
  'cases.decide': ['schoolleiding', 'bestuur'],
  /** Read a personnel or pupil dossier (row-level: a personnel dossier also for the bestuur, a pupil dossier school management only). */
  'dossiers.read': ['schoolleiding', 'bestuur'],
  /** The (G)MR register: anonymous counts per article and measure. */
  'register.read': ['mr', 'bestuur', 'schoolleiding'],
  /** Read the school's demo outbox: the mails that would have been sent without SMTP. */
  'outbox.read': ['schoolleiding'],
  /** Invite the parents of a group or of the whole school (a mail with a single-use link each). */
  'invitations.send': ['schoolleiding'],
  /** See and end one's own sessions (log out everywhere). */
  'sessions.own': ALL,
  /** See one's own record and one's children's. */
  'me.read': ALL,
  // governance (issue 12): protocol versions, (G)MR approval, acknowledgement, rescans
  /** List and read the published versions of the school's protocol, and their diff. */
  'protocol.versions.read': ALL,
  /** Read draft versions (school management drafts them; the MR reviews them). */
  'protocol.drafts.read': ['schoolleiding', 'mr'],
  /** Start, edit and discard a draft version (articles, parameters, summary). */
  'protocol.drafts.write': ['schoolleiding'],
  /** Record the (G)MR's decision on a draft (an MR member). */
  'protocol.approve': ['mr'],
  /** Publish a version the (G)MR approved. */
  'protocol.publish': ['schoolleiding'],
  /** Confirm having read the version in force (staff and parents). */
  'protocol.acknowledge': ['schoolleiding', 'medewerker', 'ouder'],
  /** Totals of who confirmed (the MR sees these only). */
  'protocol.acknowledgements.totals': ['schoolleiding', 'mr'],
  /** Per group, who has not confirmed yet. */
  'protocol.acknowledgements.overview': ['schoolleiding'],
  /** Remind those who have not confirmed, by mail. */
  'protocol.acknowledgements.remind': ['schoolleiding'],
  /** Rescan an archive of what the school already posted under a version. */
  'protocol.rescan': ['schoolleiding'],
} as const satisfies Record<string, readonly AppRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: AppRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly AppRole[]).includes(role);
}

/** The check's author role for an account role. */
export function authorRoleOf(role: AppRole): 'staff' | 'pupil' | 'parent' | 'other' {
  switch (role) {
    case 'schoolleiding':
    case 'medewerker':
      return 'staff';
    case 'ouder':
      return 'parent';
    case 'leerling':
      return 'pupil';
    default:
      return 'other';
  }
}

// --- procedures: who may decide which measure, and who handles what ---

/** S3: measures towards staff, lightest first. */
export const STAFF_MEASURES = ['waarschuwing', 'berisping', 'schorsing', 'ontslag', 'ontslag_op_staande_voet'] as const;
/** S5: measures towards pupils and parents/guardians, lightest first. */
export const PUPIL_MEASURES = ['waarschuwing', 'schorsing', 'verwijdering'] as const;
export type StaffMeasure = (typeof STAFF_MEASURES)[number];
export type PupilMeasure = (typeof PUPIL_MEASURES)[number];
export type Measure = StaffMeasure | PupilMeasure;
export type SubjectKind = 'staff' | 'pupil' | 'parent';

/**
 * Who may decide a measure. Staff (CAO PO, the bevoegd gezag decides; school management
 * by mandate for the lighter ones): waarschuwing and berisping by school management or the
 * bestuur; schorsing and any dismissal only by the bestuur. Pupils and parents (WPO art. 40,
 * 40a, 40c): waarschuwing and schorsing by school management or the bestuur; verwijdering
 * only by the bestuur.
 */
export const MEASURE_DECIDERS: { staff: Record<StaffMeasure, readonly AppRole[]>; pupil: Record<PupilMeasure, readonly AppRole[]>; parent: Record<PupilMeasure, readonly AppRole[]> } = {
  staff: {
    waarschuwing: ['schoolleiding', 'bestuur'],
    berisping: ['schoolleiding', 'bestuur'],
    schorsing: ['bestuur'],
    ontslag: ['bestuur'],
    ontslag_op_staande_voet: ['bestuur'],
  },
  pupil: { waarschuwing: ['schoolleiding', 'bestuur'], schorsing: ['schoolleiding', 'bestuur'], verwijdering: ['bestuur'] },
  parent: { waarschuwing: ['schoolleiding', 'bestuur'], schorsing: ['schoolleiding', 'bestuur'], verwijdering: ['bestuur'] },
};

/** The measures of a subject's ladder. */
export function measuresFor(kind: SubjectKind): readonly Measure[] {
  return kind === 'staff' ? STAFF_MEASURES : PUPIL_MEASURES;
}

export function mayDecide(role: AppRole, kind: SubjectKind, measure: string): boolean {
  const ladder = MEASURE_DECIDERS[kind] as Record<string, readonly AppRole[]>;
  return can(role, 'cases.decide') && (ladder[measure]?.includes(role) ?? false);
}

/**
 * Decisions that must be announced in writing to the parents/guardians: every measure
 * towards a pupil (a suspension and a removal by law, WPO art. 40a/40c; a warning too, so
 * the parents hear it from the school).
 */
export function lettersToParents(kind: SubjectKind, _measure: string): boolean {
  return kind === 'pupil';
}

/**
 * Need-to-know on a case: school management of the school handles every case; the
 * bestuur (L&E/HR) only staff cases (it qualifies S2 and decides dismissal). Nobody else
 * sees a case — the reporter sees only the status of their report.
 */
export function mayHandleCase(role: AppRole, kind: SubjectKind): boolean {
  if (!can(role, 'cases.handle')) return false;
  return role === 'schoolleiding' || (role === 'bestuur' && kind === 'staff');
}

/**
 * A report's screenshots: those handling it. Before a case exists, school management
 * (who triage reports); once a case is open, its handler, and the bestuur in a staff case.
 */
export function mayReadScreenshot(account: { role: AppRole; personId: string | null }, c: { handlerId: string | null; subjectKind: SubjectKind } | undefined): boolean {
  if (!c) return can(account.role, 'reports.handle');
  if (account.role === 'bestuur') return c.subjectKind === 'staff';
  return account.role === 'schoolleiding' && (c.handlerId === null || c.handlerId === account.personId);
}

/** A dossier: a personnel dossier for school management and the bestuur; a pupil dossier for school management only. */
export function mayReadDossier(role: AppRole, type: 'personnel' | 'pupil'): boolean {
  return can(role, 'dossiers.read') && (type === 'personnel' || role === 'schoolleiding');
}
