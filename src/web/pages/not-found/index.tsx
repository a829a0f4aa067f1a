/** A path the app does not know. */
import { Link } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { PageHeading } from '../../components/layout/PageHeading.js';

export default function NotFoundPage() {
  return (
    <>
      <PageHeading>Pagina niet gevonden</PageHeading>
      <Paragraph>
        Deze pagina bestaat niet (meer). Ga naar de <Link to="/">startpagina</Link> of lees <Link to="/protocol">het protocol</Link>.
      </Paragraph>
    </>
  );
}
