// libxlsxwriter, loaded when an Excel ledger is first written (`plandash report --format
// xlsx`).
#include <xlsxwriter.h>

#include "CLazyLibraries.h"
#include "LazyLibrary.h"

static struct plandash_lazy_library xlsx = {"libxlsxwriter.so.4", NULL};

int plandash_load_libxlsxwriter(void) {
  plandash_lazy_open(&xlsx);
  return xlsx.handle != NULL;
}

// The workbook.
PLANDASH_FORWARD(&xlsx, lxw_workbook *, workbook_new, (const char *filename), (filename))
PLANDASH_FORWARD(&xlsx, lxw_error, workbook_close, (lxw_workbook * workbook), (workbook))
PLANDASH_FORWARD(&xlsx, lxw_worksheet *, workbook_add_worksheet,
                 (lxw_workbook * workbook, const char *sheetname), (workbook, sheetname))
PLANDASH_FORWARD(&xlsx, lxw_format *, workbook_add_format, (lxw_workbook * workbook),
                 (workbook))
PLANDASH_FORWARD(&xlsx, lxw_chart *, workbook_add_chart,
                 (lxw_workbook * workbook, uint8_t chart_type), (workbook, chart_type))
PLANDASH_FORWARD(&xlsx, char *, lxw_strerror, (lxw_error error_num), (error_num))

// Formats.
PLANDASH_FORWARD_VOID(&xlsx, format_set_align, (lxw_format * format, uint8_t alignment),
                      (format, alignment))
PLANDASH_FORWARD_VOID(&xlsx, format_set_bg_color, (lxw_format * format, lxw_color_t color),
                      (format, color))
PLANDASH_FORWARD_VOID(&xlsx, format_set_bold, (lxw_format * format), (format))
PLANDASH_FORWARD_VOID(&xlsx, format_set_border, (lxw_format * format, uint8_t style),
                      (format, style))
PLANDASH_FORWARD_VOID(&xlsx, format_set_font_color, (lxw_format * format, lxw_color_t color),
                      (format, color))
PLANDASH_FORWARD_VOID(&xlsx, format_set_font_name, (lxw_format * format, const char *font_name),
                      (format, font_name))
PLANDASH_FORWARD_VOID(&xlsx, format_set_font_size, (lxw_format * format, double size),
                      (format, size))
PLANDASH_FORWARD_VOID(&xlsx, format_set_num_format,
                      (lxw_format * format, const char *num_format), (format, num_format))
PLANDASH_FORWARD_VOID(&xlsx, format_set_text_wrap, (lxw_format * format), (format))

// Worksheets.
PLANDASH_FORWARD(&xlsx, lxw_error, worksheet_write_string,
                 (lxw_worksheet * worksheet, lxw_row_t row, lxw_col_t col, const char *string,
                  lxw_format *format),
                 (worksheet, row, col, string, format))
PLANDASH_FORWARD(&xlsx, lxw_error, worksheet_write_number,
                 (lxw_worksheet * worksheet, lxw_row_t row, lxw_col_t col, double number,
                  lxw_format *format),
                 (worksheet, row, col, number, format))
PLANDASH_FORWARD(&xlsx, lxw_error, worksheet_write_blank,
                 (lxw_worksheet * worksheet, lxw_row_t row, lxw_col_t col, lxw_format *format),
                 (worksheet, row, col, format))
PLANDASH_FORWARD(&xlsx, lxw_error, worksheet_set_column,
                 (lxw_worksheet * worksheet, lxw_col_t first_col, lxw_col_t last_col,
                  double width, lxw_format *format),
                 (worksheet, first_col, last_col, width, format))
PLANDASH_FORWARD(&xlsx, lxw_error, worksheet_autofilter,
                 (lxw_worksheet * worksheet, lxw_row_t first_row, lxw_col_t first_col,
                  lxw_row_t last_row, lxw_col_t last_col),
                 (worksheet, first_row, first_col, last_row, last_col))
PLANDASH_FORWARD_VOID(&xlsx, worksheet_freeze_panes,
                      (lxw_worksheet * worksheet, lxw_row_t row, lxw_col_t col),
                      (worksheet, row, col))
PLANDASH_FORWARD(&xlsx, lxw_error, worksheet_insert_chart_opt,
                 (lxw_worksheet * worksheet, lxw_row_t row, lxw_col_t col, lxw_chart *chart,
                  lxw_chart_options *user_options),
                 (worksheet, row, col, chart, user_options))
PLANDASH_FORWARD(&xlsx, lxw_error, worksheet_repeat_columns,
                 (lxw_worksheet * worksheet, lxw_col_t first_col, lxw_col_t last_col),
                 (worksheet, first_col, last_col))
PLANDASH_FORWARD(&xlsx, lxw_error, worksheet_repeat_rows,
                 (lxw_worksheet * worksheet, lxw_row_t first_row, lxw_row_t last_row),
                 (worksheet, first_row, last_row))
PLANDASH_FORWARD_VOID(&xlsx, worksheet_set_landscape, (lxw_worksheet * worksheet), (worksheet))
PLANDASH_FORWARD_VOID(&xlsx, worksheet_set_margins,
                      (lxw_worksheet * worksheet, double left, double right, double top,
                       double bottom),
                      (worksheet, left, right, top, bottom))
PLANDASH_FORWARD_VOID(&xlsx, worksheet_set_paper, (lxw_worksheet * worksheet, uint8_t paper_type),
                      (worksheet, paper_type))

// Charts.
PLANDASH_FORWARD(&xlsx, lxw_chart_series *, chart_add_series,
                 (lxw_chart * chart, const char *categories, const char *values),
                 (chart, categories, values))
PLANDASH_FORWARD_VOID(&xlsx, chart_axis_set_name, (lxw_chart_axis * axis, const char *name),
                      (axis, name))
PLANDASH_FORWARD_VOID(&xlsx, chart_legend_set_position, (lxw_chart * chart, uint8_t position),
                      (chart, position))
PLANDASH_FORWARD_VOID(&xlsx, chart_series_set_categories,
                      (lxw_chart_series * series, const char *sheetname, lxw_row_t first_row,
                       lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col),
                      (series, sheetname, first_row, first_col, last_row, last_col))
PLANDASH_FORWARD_VOID(&xlsx, chart_series_set_fill,
                      (lxw_chart_series * series, lxw_chart_fill *fill), (series, fill))
PLANDASH_FORWARD_VOID(&xlsx, chart_series_set_name_range,
                      (lxw_chart_series * series, const char *sheetname, lxw_row_t row,
                       lxw_col_t col),
                      (series, sheetname, row, col))
PLANDASH_FORWARD_VOID(&xlsx, chart_series_set_values,
                      (lxw_chart_series * series, const char *sheetname, lxw_row_t first_row,
                       lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col),
                      (series, sheetname, first_row, first_col, last_row, last_col))
PLANDASH_FORWARD_VOID(&xlsx, chart_title_set_name, (lxw_chart * chart, const char *name),
                      (chart, name))
