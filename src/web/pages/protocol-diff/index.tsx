/**
 * Verschil tussen twee versies: article by article, word by word (added words underlined,
 * removed words struck through), the parameters that changed, and the articles to review
 * because their text changed while the rule the check applies did not.
 */
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { VersionDiff, VersionSummary } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';
import { Loading } from '../../components/status/Loading.js';
import { DiffText } from '../../components/governance/Diff.js';
import { VersionSelect } from '../../components/governance/VersionSelect.js';

export default function ProtocolDiffPage() {
  const [params, setParams] = useSearchParams();
  const versions = useQuery({ queryKey: ['protocol', 'versions'], queryFn: () => http.get<{ versions: VersionSummary[] }>('/api/v1/protocol/versions') });
  const list = versions.data?.versions ?? [];
  const to = params.get('naar') ?? list[0]?.id ?? '';
  const from = params.get('van') ?? list.find((v) => v.id === to)?.basedOn ?? list[1]?.id ?? to;
  const q = useQuery({ queryKey: ['protocol', 'diff', from, to], queryFn: () => http.get<VersionDiff>('/api/v1/protocol/diff', { from, to }), enabled: !!from && !!to });
  const pick = (k: 'van' | 'naar', v: string) => {
    const next = new URLSearchParams(params);
    next.set(k, v);
    if (k === 'naar' && !next.get('van')) next.set('van', from);
    if (k === 'van' && !next.get('naar')) next.set('naar', to);
    setParams(next, { replace: true });
  };
  const d = q.data;
  const changed = d?.articles.filter((a) => a.change !== 'same') ?? [];
  const params_ = d?.params.filter((p) => p.changed) ?? [];
  return (
    <>
      <PageHeading>Verschil tussen versies</PageHeading>
      <div className="sw-form sw-narrow">
        <VersionSelect id="van" label="Van versie" versions={list} value={from} onChange={(v) => pick('van', v)} />
        <VersionSelect id="naar" label="Naar versie" versions={list} value={to} onChange={(v) => pick('naar', v)} />
      </div>
      {versions.isLoading || q.isLoading ? <Loading /> : null}
      <ErrorMessage error={versions.error ?? q.error} />
      {d ? (
        <>
          <Paragraph>
            {changed.length === 0 && params_.length === 0
              ? 'Geen verschillen.'
              : `${changed.length} ${changed.length === 1 ? 'artikel' : 'artikelen'} en ${params_.length} ${params_.length === 1 ? 'parameter' : 'parameters'} gewijzigd.`}{' '}
            <span className="sw-diff">
              <ins>Toegevoegd</ins> en <del>verwijderd</del>.
            </span>
          </Paragraph>
          {d.review.length ? (
            <Alert type="warning">
              <Paragraph>
                Na te kijken: {d.review.join(', ')}. De tekst veranderde, de regel die de check toepast niet: kijk of de check nog doet wat het artikel nu zegt.
              </Paragraph>
            </Alert>
          ) : null}
          {changed.length ? <Heading2>Artikelen</Heading2> : null}
          {changed.map((a) => (
            <div key={a.id} className={`sw-article${a.review ? ' sw-review' : ''}`}>
              <Heading3>
                {a.id} <span className="sw-badge">{{ changed: 'gewijzigd', added: 'nieuw', removed: 'vervallen', same: '' }[a.change]}</span>
                {a.review ? <span className="sw-badge">nakijken</span> : null}
              </Heading3>
              <Paragraph>
                <DiffText parts={a.nl} />
              </Paragraph>
              <Paragraph lang="en" className="sw-hint">
                <DiffText parts={a.en} />
              </Paragraph>
              {a.reviewReason ? <Paragraph>{a.reviewReason.nl}</Paragraph> : null}
            </div>
          ))}
          {params_.length ? <Heading2>Parameters van de school</Heading2> : null}
          {params_.map((p) => (
            <div key={p.key} className="sw-article">
              <Heading3>{p.label.nl}</Heading3>
              <Paragraph>{p.parts ? <DiffText parts={p.parts} /> : null}</Paragraph>
            </div>
          ))}
          <Paragraph>
            <Link to={`/protocol/versies/${d.to.id}`}>Naar versie {d.to.number}</Link>
          </Paragraph>
        </>
      ) : null}
    </>
  );
}
