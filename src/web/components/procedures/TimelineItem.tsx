/** One entry of a case's or a dossier's timeline: when and what kind (meta), a title, the text. */
import type { ReactNode } from 'react';
import { Paragraph } from '@utrecht/component-library-react';

export function TimelineItem({ meta, title, body }: { meta: ReactNode; title: string; body: string }) {
  return (
    <li className="sw-timeline__item">
      <Paragraph small>{meta}</Paragraph>
      <Paragraph>
        <strong>{title}</strong>
      </Paragraph>
      <Paragraph className="sw-pre">{body}</Paragraph>
    </li>
  );
}
