import { describe, expect, it } from 'vitest';
import { loadConfig, PROCEDURE_DEFAULTS } from '../config.js';

describe('procedures configuration', () => {
  it('has the README defaults and reads the environment', () => {
    expect(loadConfig({}).procedures).toEqual(PROCEDURE_DEFAULTS);
    expect(PROCEDURE_DEFAULTS).toMatchObject({ reminderHours: 24, escalationHours: 48, personnelDossierRetentionDays: 730, pupilDossierRetentionDays: 730, reportRetentionDays: 182, consultationRetentionDays: 365 });
    const c = loadConfig({ CONSULTATION_REMINDER_HOURS: '8', CONSULTATION_ESCALATION_HOURS: '16', RETENTION_PUPIL_DOSSIER_DAYS: '1825' }).procedures;
    expect(c).toMatchObject({ reminderHours: 8, escalationHours: 16, pupilDossierRetentionDays: 1825 });
  });

  it('refuses nonsense with a Dutch and English message', () => {
    expect(() => loadConfig({ RETENTION_REPORT_DAYS: 'veel' })).toThrow(/RETENTION_REPORT_DAYS moet een geheel getal/);
    expect(() => loadConfig({ CONSULTATION_REMINDER_HOURS: '0' })).toThrow(/CONSULTATION_REMINDER_HOURS/);
    expect(() => loadConfig({ CONSULTATION_REMINDER_HOURS: '48', CONSULTATION_ESCALATION_HOURS: '24' })).toThrow(/groter zijn dan/);
  });
});
