import { Box, Divider, Typography } from '@mui/material';
import { Children, isValidElement, type ReactNode } from 'react';
import { Labeled, SaveButton, Toolbar, useTranslate } from 'react-admin';

/** Forms save only: records are never deleted, so no delete button is offered. */
export const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** A titled block of a detail page. */
export const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 3 }}>
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate(title)}
      </Typography>
      <Divider sx={{ mb: 2 }} />
      {children}
    </Box>
  );
};

/** Field components laid out in a responsive grid, each with its translated label. */
export const FieldGrid = ({ children }: { children: ReactNode }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(3, 1fr)' }, columnGap: 3, rowGap: 1 }}>
    {Children.map(children, (child) => (isValidElement(child) ? <Labeled>{child}</Labeled> : null))}
  </Box>
);
