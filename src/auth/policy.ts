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
  /** Read the school's demo outbox: the mails that would have been sent without SMTP. */
  'outbox.read': ['schoolleiding'],
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
