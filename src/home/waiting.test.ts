/**
 * What waits on the home page: counts that follow the procedures (a question to the
 * leidinggevende, a report, a case with its tasks), only for the roles that may see the list
 * behind them, and never a name.
 */
import { describe, expect, it } from 'vitest';
import { testBackends } from '../store/testing.js';
import { useHarness, type Login } from '../api/testing.js';

describe.each(testBackends())('waiting on $name', (backend) => {
  const h = useHarness(backend);
  const waiting = async (role: string): Promise<Record<string, number>> => {
    const r = await h.as(h.sessions.get(role)!, { method: 'GET', url: '/api/v1/waiting' });
    expect(r.statusCode, r.body).toBe(200);
    return r.json().waiting;
  };

  it('counts a question for the leidinggevende, a report and a case, each for who handles it', async () => {
    const before = { leader: await waiting('schoolleiding'), teacher: await waiting('medewerker'), board: await waiting('bestuur') };
    const teacher: Login = h.sessions.get('medewerker')!;
    const leader: Login = h.sessions.get('schoolleiding')!;
    const asked = await h.as(teacher, { method: 'POST', url: '/api/v1/consultations', payload: { request: { text: 'Mag ik de foto van het schoolplein delen?' }, question: 'Kan dit zo?' } });
    expect(asked.statusCode, asked.body).toBe(201);
    expect((await waiting('medewerker')).consultationsAsked).toBe(before.teacher.consultationsAsked! + 1);
    expect((await waiting('schoolleiding')).consultationsToAnswer).toBe(before.leader.consultationsToAnswer! + 1);

    const report = await h.as(h.sessions.get('ouder')!, { method: 'POST', url: '/api/v1/reports', payload: { text: 'Een medewerker schreef iets kwetsends', whatHappened: 'Op Facebook.', postedById: 'medewerker-4' } });
    expect(report.statusCode, report.body).toBe(201);
    expect((await waiting('schoolleiding')).reportsNew).toBe(before.leader.reportsNew! + 1);

    const opened = await h.as(leader, { method: 'POST', url: '/api/v1/cases', payload: { reportId: report.json().id, subjectId: 'medewerker-4', summary: 'Kwetsend bericht van een medewerker.' } });
    expect(opened.statusCode, opened.body).toBe(201);
    const leaderNow = await waiting('schoolleiding');
    expect(leaderNow.casesOpen).toBe(before.leader.casesOpen! + 1);
    // a staff case is the board's too (S2)
    expect((await waiting('bestuur')).casesOpen).toBe(before.board.casesOpen! + 1);
    // answering the question takes it off the list
    const answered = await h.as(leader, { method: 'POST', url: `/api/v1/consultations/${asked.json().consultation.id}/answer`, payload: { answer: 'plaatsen', comment: 'Prima zo.' } });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((await waiting('schoolleiding')).consultationsToAnswer).toBe(before.leader.consultationsToAnswer);
  });

  it('gives a parent, a pupil and the MR only what is theirs, and no names anywhere', async () => {
    for (const role of ['ouder', 'leerling', 'mr']) {
      const w = await waiting(role);
      expect(Object.keys(w).filter((k) => k !== 'consultationsAsked')).toEqual([]);
    }
    const r = await h.as(h.sessions.get('schoolleiding')!, { method: 'GET', url: '/api/v1/waiting' });
    expect(Object.values(r.json().waiting).every((v) => typeof v === 'number')).toBe(true);
  });
});
