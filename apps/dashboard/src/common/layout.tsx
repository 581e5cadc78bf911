import { Box, Divider, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography, type TextFieldProps } from '@mui/material';
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

/** A plain page's small table (not a react-admin list): its column headings, already translated, and its rows. */
export const PlainTable = ({ columns, children }: { columns: readonly ReactNode[]; children: ReactNode }) => (
  <Table size="small">
    <TableHead>
      <TableRow>
        {columns.map((c, i) => (
          <TableCell key={i}>{c}</TableCell>
        ))}
      </TableRow>
    </TableHead>
    <TableBody>{children}</TableBody>
  </Table>
);

/** A bordered block of a plain page holding one small form (a step to record, an answer to enter), under its heading. */
export const FormPanel = ({
  title,
  children,
  spacing,
  testId,
  className,
}: {
  title: ReactNode;
  children: ReactNode;
  /** Its margins (`{ mt: 2 }`). */
  spacing?: { mt?: number; mb?: number; my?: number };
  testId?: string;
  className?: string;
}) => (
  <Box sx={{ ...spacing, p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }} data-testid={testId} className={className}>
    <Typography variant="subtitle1">{title}</Typography>
    {children}
  </Box>
);

/** A date typed in a plain page's form, its label kept above the browser's date placeholder. */
export const DateTextField = (props: Omit<TextFieldProps, 'type'>) => <TextField type="date" slotProps={{ inputLabel: { shrink: true } }} {...props} />;
