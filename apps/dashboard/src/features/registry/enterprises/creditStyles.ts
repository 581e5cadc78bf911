/** Colours of the credit chips: black list dark, red list red, grades from green (AAA) to red (C). */
export interface ChipStyle {
  bg: string;
  fg: string;
  outlined?: boolean;
}

const GRADE_STYLES: Record<string, ChipStyle> = {
  AAA: { bg: '#1b5e20', fg: '#ffffff' },
  AA: { bg: '#2e7d32', fg: '#ffffff' },
  A: { bg: '#0277bd', fg: '#ffffff' },
  B: { bg: '#ef6c00', fg: '#ffffff' },
  C: { bg: '#c62828', fg: '#ffffff' },
};
const NEUTRAL: ChipStyle = { bg: 'transparent', fg: 'inherit', outlined: true };

export const gradeStyle = (grade: string | null | undefined): ChipStyle => (grade && GRADE_STYLES[grade]) || NEUTRAL;

export function listStatusStyle(status: string | null | undefined): ChipStyle | null {
  switch (status) {
    case 'BLACK':
      return { bg: '#212121', fg: '#ffffff' };
    case 'RED':
      return { bg: '#d32f2f', fg: '#ffffff' };
    default:
      return null;
  }
}

export function statusStyle(status: string | null | undefined): ChipStyle {
  switch (status) {
    case 'ACTIVE':
      return { bg: 'transparent', fg: '#2e7d32', outlined: true };
    case 'SUSPENDED':
      return { bg: '#ed6c02', fg: '#ffffff' };
    case 'EXPELLED':
      return { bg: '#424242', fg: '#ffffff' };
    default:
      return NEUTRAL;
  }
}
