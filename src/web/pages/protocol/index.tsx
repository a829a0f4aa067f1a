/**
 * Het protocol: the protocol in force, open to everyone (no login), with its version and
 * (G)MR approval date, a table of contents, an anchor per article (/protocol#A5, where the
 * check's findings link to) and a Dutch/English toggle (?lang=en).
 */
import { useEffect } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { http } from '../../api/client.js';
import type { PublicProtocol } from '../../api/types.js';
import { PageHeading } from '../../components/layout/PageHeading.js';
import { Loading } from '../../components/status/Loading.js';
import { ErrorMessage } from '../../components/status/ErrorMessage.js';

const UI = {
  nl: { version: 'Versie', approved: 'Goedgekeurd door de (G)MR op', notApproved: 'Nog niet goedgekeurd door de (G)MR (concept).', contents: 'Inhoud', article: 'Artikel', notAutomated: 'Sterrenwacht kan dit artikel niet zelf nakijken bij een bericht.', check: 'Check je bericht tegen dit protocol' },
  en: { version: 'Version', approved: 'Approved by the (G)MR on', notApproved: 'Not yet approved by the (G)MR (draft).', contents: 'Contents', article: 'Article', notAutomated: 'Sterrenwacht cannot check this article for a post by itself.', check: 'Check your post against this protocol' },
};

export default function ProtocolPage() {
  const [params, setParams] = useSearchParams();
  const lang = params.get('lang') === 'en' ? 'en' : 'nl';
  const location = useLocation();
  const q = useQuery({ queryKey: ['public-protocol', lang], queryFn: () => http.get<PublicProtocol>('/api/public/protocol', { lang }), staleTime: 5 * 60_000 });
  // scroll to the article of the link (/protocol#A5) once the text is there
  useEffect(() => {
    if (!q.data || !location.hash) return;
    const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (el) {
      el.scrollIntoView();
      el.focus({ preventScroll: true });
    }
  }, [q.data, location.hash]);
  const t = UI[lang];
  const date = q.data?.approvalDate ? new Date(`${q.data.approvalDate}T12:00:00Z`).toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) : null;
  return (
    <div lang={lang} className="sw-protocol">
      <PageHeading>{q.data?.title ?? (lang === 'nl' ? 'Het protocol' : 'The protocol')}</PageHeading>
      <ButtonGroup className="sw-lang-toggle" aria-label="Taal / language">
        <Button appearance={lang === 'nl' ? 'primary-action-button' : 'secondary-action-button'} pressed={lang === 'nl'} lang="nl" onClick={() => setParams({}, { preventScrollReset: true })}>
          Nederlands
        </Button>
        <Button appearance={lang === 'en' ? 'primary-action-button' : 'secondary-action-button'} pressed={lang === 'en'} lang="en" onClick={() => setParams({ lang: 'en' }, { preventScrollReset: true })}>
          English
        </Button>
      </ButtonGroup>
      {q.isPending ? <Loading /> : null}
      <ErrorMessage error={q.error} />
      {q.data ? (
        <>
          <Paragraph className="sw-protocol__meta">
            {t.version}: <code>{q.data.version}</code>. {date ? `${t.approved} ${date}.` : t.notApproved}
          </Paragraph>
          <nav aria-label={t.contents} className="sw-toc">
            <Heading2>{t.contents}</Heading2>
            <ul>
              {q.data.sections.map((s) => (
                <li key={s.section}>
                  <a href={`#sectie-${s.section}`}>{s.heading}</a>
                </li>
              ))}
            </ul>
          </nav>
          {q.data.introduction.map((p, i) => (
            <Paragraph key={i}>{p}</Paragraph>
          ))}
          {q.data.sections.map((s) => (
            <section key={s.section} aria-labelledby={`sectie-${s.section}`}>
              <Heading2 id={`sectie-${s.section}`}>{s.heading}</Heading2>
              {q.data.articles
                .filter((a) => a.section === s.section)
                .map((a) => (
                  <article key={a.id} id={a.id} tabIndex={-1} className="sw-article" aria-labelledby={`${a.id}-titel`}>
                    <p className="sw-article__id" id={`${a.id}-titel`}>
                      <a href={`#${a.id}`}>
                        {t.article} {a.id}
                      </a>
                    </p>
                    <Paragraph>{a.text}</Paragraph>
                    {!a.automated && s.section !== 'U' ? <Paragraph small className="sw-hint">{t.notAutomated}</Paragraph> : null}
                  </article>
                ))}
            </section>
          ))}
          <Paragraph>{q.data.closing}</Paragraph>
          <Paragraph>
            <Link to="/check">{t.check}</Link>
          </Paragraph>
        </>
      ) : null}
    </div>
  );
}
