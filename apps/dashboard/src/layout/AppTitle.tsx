import { useTranslate } from 'react-admin';

/** Default page title (pages without their own, e.g. "not found"), in the UI language. */
export const AppTitle = () => {
  const translate = useTranslate();
  return <>{translate('app.title')}</>;
};
