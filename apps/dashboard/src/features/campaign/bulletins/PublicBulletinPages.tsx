import { useParams } from 'react-router-dom';
import { PublicFrame } from '../../credit/pages/PublicPages';
import { PublicBulletin, PublicBulletinList } from './BulletinPages';

/** `/#/public/bulletins`: the published monthly bulletins, no login. */
export const PublicBulletinsPage = () => (
  <PublicFrame title="app.bulletin.publicTitle" hint="app.bulletin.publicHint">
    <PublicBulletinList />
  </PublicFrame>
);

/** `/#/public/bulletins/:id`: one published bulletin with its print page and downloads. */
export const PublicBulletinPage = () => {
  const { id } = useParams();
  return (
    <PublicFrame title="app.bulletin.publicTitle" hint="app.bulletin.publicHint">
      {id && <PublicBulletin id={id} />}
    </PublicFrame>
  );
};
