/**
 * The words of a bare MUI TablePagination in the reader's language, from react-admin's own keys: "第 1-25 条，共 74 条"
 * instead of MUI's built-in "1–25 of 74", "每页行数：" instead of "Rows per page:".
 */
export function tablePaginationLabels(translate: (key: string, options?: object) => string) {
  return {
    labelRowsPerPage: translate('ra.navigation.page_rows_per_page'),
    labelDisplayedRows: ({ from, to, count }: { from: number; to: number; count: number }) =>
      count === -1
        ? translate('ra.navigation.partial_page_range_info', { offsetBegin: from, offsetEnd: to })
        : translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count }),
    getItemAriaLabel: (type: 'first' | 'last' | 'next' | 'previous') => translate(`ra.navigation.${type}`),
  };
}
