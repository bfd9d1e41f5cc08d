/* polku-coverage-drawing.h: the coverage matrix (tasks × requirements) drawn
 * onto any cairo_t with Pango from plain data, so that the widget on screen and
 * the printed report draw the same picture. No GTK here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

typedef enum
{
  POLKU_COVERAGE_MARK_NONE,
  POLKU_COVERAGE_MARK_DIRECT,    /* the task is mapped to this requirement */
  POLKU_COVERAGE_MARK_BY_CODE,   /* the task is mapped to the requirement's national code */
} PolkuCoverageMark;

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} PolkuCoverageColor;

/* Colours and sizes (in the units of the cairo_t: pixels on screen, points on
 * paper). The caller picks colours that suit its background. */
typedef struct
{
  PolkuCoverageColor foreground;            /* text */
  PolkuCoverageColor background;            /* what the chart is drawn on */
  PolkuCoverageColor grid;                  /* cell lines */
  PolkuCoverageColor group_background;      /* kohdealue bands */
  PolkuCoverageColor mark;                  /* cell marks */
  PolkuCoverageColor uncovered;             /* the mark and text of an uncovered row */
  PolkuCoverageColor uncovered_background;  /* the band of an uncovered row */
  double             cell_size;             /* width of a task column, least row height */
  double             label_width;           /* the requirement column */
  double             header_label_width;    /* longest (slanted) task title */
  int                label_lines;           /* a requirement text's lines at most */
} PolkuCoverageStyle;

typedef struct _PolkuCoverageChart PolkuCoverageChart;

void                polku_coverage_style_init_default (PolkuCoverageStyle  *style);

PolkuCoverageChart *polku_coverage_chart_new          (void);
void                polku_coverage_chart_free         (PolkuCoverageChart  *chart);
void                polku_coverage_chart_set_labels   (PolkuCoverageChart  *chart,
                                                       const char          *not_covered,
                                                       const char          *legend_direct,
                                                       const char          *legend_by_code,
                                                       const char          *legend_uncovered);
guint               polku_coverage_chart_add_column   (PolkuCoverageChart  *chart,
                                                       const char          *title);
guint               polku_coverage_chart_add_row      (PolkuCoverageChart  *chart,
                                                       const char          *group,
                                                       const char          *text,
                                                       int                  depth,
                                                       gboolean             covered);
void                polku_coverage_chart_set_mark     (PolkuCoverageChart  *chart,
                                                       guint                row,
                                                       guint                column,
                                                       PolkuCoverageMark    mark);
PolkuCoverageMark   polku_coverage_chart_get_mark     (PolkuCoverageChart  *chart,
                                                       guint                row,
                                                       guint                column);
guint               polku_coverage_chart_get_n_rows   (PolkuCoverageChart  *chart);
guint               polku_coverage_chart_get_n_columns (PolkuCoverageChart *chart);
guint               polku_coverage_chart_get_n_uncovered (PolkuCoverageChart *chart);

void                polku_coverage_chart_get_size     (PolkuCoverageChart        *chart,
                                                       PangoContext              *context,
                                                       const PolkuCoverageStyle  *style,
                                                       gboolean                   with_legend,
                                                       double                    *out_width,
                                                       double                    *out_height);
void                polku_coverage_chart_draw         (PolkuCoverageChart        *chart,
                                                       cairo_t                   *cr,
                                                       PangoContext              *context,
                                                       const PolkuCoverageStyle  *style,
                                                       gboolean                   with_legend);
gboolean            polku_coverage_chart_hit_test     (PolkuCoverageChart        *chart,
                                                       PangoContext              *context,
                                                       const PolkuCoverageStyle  *style,
                                                       double                     x,
                                                       double                     y,
                                                       int                       *out_row,
                                                       int                       *out_column);
gboolean            polku_coverage_chart_get_row_area (PolkuCoverageChart        *chart,
                                                       PangoContext              *context,
                                                       const PolkuCoverageStyle  *style,
                                                       guint                      row,
                                                       double                    *out_y,
                                                       double                    *out_height);

/* One legend symbol in a @size square at @x, @y (also for legends laid out
 * by the caller). POLKU_COVERAGE_MARK_NONE draws the "not covered" sign. */
void                polku_coverage_draw_symbol        (cairo_t                   *cr,
                                                       PolkuCoverageMark          mark,
                                                       double                     x,
                                                       double                     y,
                                                       double                     size,
                                                       const PolkuCoverageStyle  *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PolkuCoverageChart, polku_coverage_chart_free)

G_END_DECLS
