import { constructionDefect } from '@wuye/domain';
import { Typography } from '@mui/material';
import { FormDataConsumer, SelectInput, required, useTranslate } from 'react-admin';
import { useGql } from '../../../common/api';
import { enumChoices } from '../../../common/enums';
import { CATEGORIES_QUERY } from '../workflow/operations';

/** Category with the department it routes to, and its subtypes (the defect catalogue for building quality). */
export const CategoryInputs = () => {
  const translate = useTranslate();
  const { data } = useGql(['categories'], CATEGORIES_QUERY);
  const categories = data?.issueCategories ?? [];
  return (
    <>
      <SelectInput source="category" choices={enumChoices('IssueCategory')} validate={required()} />
      <FormDataConsumer>
        {({ formData }) => {
          const c = categories.find((x) => x.code === formData.category);
          if (!c) return null;
          return (
            <>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {c.toTownship
                  ? translate('app.issue.routesToTownship')
                  : translate('app.issue.routesTo', { department: c.departments.map((d) => d.name).join('、') || '—' })}
              </Typography>
              {formData.category === 'BUILDING_QUALITY' && <SelectInput source="warrantyElement" choices={enumChoices('WarrantyElement')} />}
              {c.subtypes.length > 0 && (
                <SelectInput source="subtype" choices={c.subtypes.map((s) => ({ id: s, name: constructionDefect(s)?.nameZh ?? s }))} translateChoice={false} />
              )}
            </>
          );
        }}
      </FormDataConsumer>
    </>
  );
};
