import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import { Box, Card, CardContent, Chip, IconButton, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { KpiCardModel } from './kpiCard';

/** One KPI: name, actual value, target, status in words and colour, change against the previous period, formula. */
export const KpiCard = ({ card, path }: { card: KpiCardModel; path?: string | null }) => {
  const translate = useTranslate();
  const trend = card.improved == null ? 'unchanged' : card.improved ? 'improved' : 'worsened';
  const formula = card.note ? `${card.formula}\n${card.note}` : card.formula;
  return (
    <Card component="section" aria-label={card.title} data-kpi={card.code} sx={{ flex: '1 1 220px', maxWidth: { md: 'calc(25% - 12px)' }, minWidth: 200 }}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: 1 }}>
          <Typography variant="subtitle2" component="h3" color="text.secondary">
            {card.title}
          </Typography>
          <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{formula}</span>}>
            <IconButton size="small" aria-label={`${translate('app.kpi.card.details')}: ${formula}`} sx={{ mt: -0.5 }}>
              <InfoOutlinedIcon fontSize="inherit" />
            </IconButton>
          </Tooltip>
        </Box>
        <Typography variant="h4" component="p" sx={{ fontWeight: 600, my: 0.5 }}>
          {path ? (
            // The figure opens the rows behind it (for a ratio: its denominator, each row showing whether it counts).
            <Link
              to={path}
              data-testid="kpi-drill"
              aria-label={translate('app.kpi.card.open', { title: card.title, value: card.value })}
              style={{ color: 'inherit', textDecorationThickness: 1, textUnderlineOffset: 4 }}
            >
              {card.value}
            </Link>
          ) : (
            card.value
          )}
        </Typography>
        {card.distribution && (
          <Typography variant="body2" sx={{ mb: 0.5 }}>
            {card.distribution}
          </Typography>
        )}
        {card.unavailable && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5 }}>
            {card.unavailable}
          </Typography>
        )}
        <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
          <Chip size="small" color={card.tone} label={card.statusText} variant={card.tone === 'default' ? 'outlined' : 'filled'} />
          <Typography variant="body2" color="text.secondary">
            {translate('app.kpi.card.target', { target: card.target })}
          </Typography>
        </Box>
        {card.change && (
          <Typography variant="body2" sx={{ mt: 0.5, color: card.improved == null ? 'text.secondary' : card.improved ? 'success.main' : 'error.main' }}>
            {translate('app.kpi.card.change', { change: card.change, trend: translate(`app.kpi.card.${trend}`) })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
