/**
 * On the check page (and the Overleg page), for staff: ask one's leidinggevende for advice on the draft (B2/B3).
 * Prominent when the check says "overleg eerst"; always possible by choice. The server runs
 * the check again, records its findings and protocol version, and finds the leidinggevende
 * in the registry.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Heading3, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { CheckRequest } from '../../api/types.js';
import type { Consultation } from '../../api/procedures.js';
import { TextField } from '../forms/TextField.js';
import { ErrorMessage } from '../status/ErrorMessage.js';

export function AskAdvice({ request, verdict, startOpen = false }: { request: CheckRequest; verdict: string | undefined; startOpen?: boolean }) {
  const qc = useQueryClient();
  const [question, setQuestion] = useState('');
  const [derailing, setDerailing] = useState(false);
  const [error, setError] = useState('');
  const [open, setOpen] = useState(startOpen);
  const ask = useMutation({
    mutationFn: () => http.post<{ consultation: Consultation }>('/api/v1/consultations', { request, question, ...(derailing ? { reason: 'derailing' } : {}) }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['consultations'] }),
  });
  const consult = verdict === 'consult';
  if (ask.data) {
    return (
      <div className="sw-card sw-advice" role="status">
        <Heading3>Je vraag is verstuurd</Heading3>
        <Paragraph>
          {ask.data.consultation.manager.name} (je leidinggevende) heeft een bericht gekregen. <Link to={`/overleg/${ask.data.consultation.id}`}>Bekijk de status van je vraag</Link>.
        </Paragraph>
      </div>
    );
  }
  if (!open && !consult) {
    return (
      <div className="sw-actions">
        <Button appearance="secondary-action-button" disabled={!request.text.trim()} onClick={() => setOpen(true)}>
          Vraag advies aan je leidinggevende
        </Button>
      </div>
    );
  }
  return (
    <form
      className="sw-card sw-advice sw-form"
      aria-labelledby="advies-kop"
      onSubmit={(e) => {
        e.preventDefault();
        if (!question.trim()) {
          setError('Schrijf je vraag aan je leidinggevende.');
          return;
        }
        setError('');
        ask.mutate();
      }}
    >
      <Heading3 id="advies-kop">Vraag advies aan je leidinggevende</Heading3>
      <Paragraph small>{consult ? 'De check zegt: overleg eerst (artikel B3). ' : ''}Je leidinggevende krijgt je concept, wat de check ervan vindt en je vraag, en antwoordt met plaatsen, aanpassen of niet plaatsen.</Paragraph>
      <TextField id="advies-vraag" label="Je vraag" multiline rows={3} value={question} onChange={setQuestion} error={error || undefined} maxLength={4000} />
      <label className="sw-radio">
        <Checkbox checked={derailing} onChange={(e) => setDerailing(e.target.checked)} /> Een discussie online dreigt te ontsporen (artikel B2)
      </label>
      <div className="sw-actions">
        <Button type="submit" appearance="primary-action-button" disabled={ask.isPending || !request.text.trim()}>
          Verstuur je vraag
        </Button>
      </div>
      <ErrorMessage error={ask.error} />
    </form>
  );
}
