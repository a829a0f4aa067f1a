/**
 * The open takedown tasks of the school (revoked consent: publications must come down),
 * each closed with a note saying what was done. Used on Mijn groep and Beheer.
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { Takedown } from '../../api/types.js';
import { TextField } from '../forms/TextField.js';
import { ErrorMessage } from '../status/ErrorMessage.js';
import { CHANNEL_ON_NL, MEDIUM_OF_NL, formatDate } from '../consent/labels.js';

function Task({ task, mine }: { task: Takedown; mine: boolean }) {
  const qc = useQueryClient();
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const done = useMutation({
    mutationFn: () => http.patch(`/api/v1/takedown-tasks/${task.id}`, { status: 'done', note: note.trim() }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['takedowns'] }),
  });
  return (
    <li className="sw-card">
      <Heading3>
        {task.personName}: {MEDIUM_OF_NL[task.medium] ?? task.medium} {CHANNEL_ON_NL[task.channel] ?? task.channel}
      </Heading3>
      <Paragraph small>
        Toestemming ingetrokken op {formatDate(task.createdAt, true)}
        {mine ? ' — uit jouw groep' : ''}
      </Paragraph>
      {task.status === 'done' ? (
        <Paragraph>
          Afgerond op {formatDate(task.doneAt)}: {task.note}
        </Paragraph>
      ) : (
        <form
          className="sw-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!note.trim()) {
              setError('Schrijf kort op wat je hebt weggehaald en waar.');
              return;
            }
            setError('');
            done.mutate();
          }}
        >
          <TextField id={`taak-${task.id}`} label="Wat heb je weggehaald?" description="Bijvoorbeeld: twee foto’s van de sportdag van de Facebookpagina gehaald." value={note} onChange={setNote} error={error || undefined} />
          <ErrorMessage error={done.error} />
          <Button type="submit" appearance="secondary-action-button" busy={done.isPending}>
            Markeer als afgerond
          </Button>
        </form>
      )}
    </li>
  );
}

export function TakedownTasks({ mine = [] }: { mine?: readonly string[] }) {
  const q = useQuery({ queryKey: ['takedowns', 'open'], queryFn: () => http.get<{ tasks: Takedown[] }>('/api/v1/takedown-tasks', { status: 'open' }) });
  return (
    <>
      <ErrorMessage error={q.error} />
      {q.data && q.data.tasks.length === 0 ? <Paragraph>Er staan geen verwijdertaken open.</Paragraph> : null}
      <ul className="sw-cards sw-cards--wide">
        {q.data?.tasks.map((t) => <Task key={t.id} task={t} mine={mine.includes(t.personId)} />)}
      </ul>
    </>
  );
}
