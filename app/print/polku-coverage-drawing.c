/* polku-coverage-drawing.c: the coverage matrix as a picture.
 *
 * From top to bottom: the task titles, slanted so that narrow columns still
 * carry readable names; then the requirements in rows, grouped under bands
 * with their kohdealue; then an optional legend. A cell holds a filled square
 * for a direct mapping and a hollow square with a dot for a mapping by the
 * national code. An uncovered row is tinted, starts with a "!" sign and ends
 * with the words "Not covered", so that colour is never the only cue.
 *
 * Every position comes from one layout pass (layout_chart()), which drawing,
 * measuring and hit testing share.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-coverage-drawing"

#include "config.h"

#include <math.h>
#include <string.h>

#include "polku-coverage-drawing.h"

#define PADDING        8.0
#define GAP            10.0
#define INDENT         14.0
#define ROW_PADDING    5.0
#define SIN45          0.70710678118654752

typedef struct
{
  char     *group;
  char     *text;
  int       depth;
  gboolean  covered;
} ChartRow;

struct _PolkuCoverageChart
{
  GPtrArray *columns;        /* char * */
  GArray    *rows;           /* ChartRow */
  GArray    *marks;          /* guint8, rows × columns, grown as rows come */
  char      *not_covered;
  char      *legend_direct;
  char      *legend_by_code;
  char      *legend_uncovered;
};

/* Where everything goes. */
typedef struct
{
  double  gutter;            /* width of the "!" sign column */
  double  label_x;
  double  grid_x;
  double  grid_y;
  double  grid_width;
  double  status_x;
  double  status_width;
  double  width;
  double  height;
  double  legend_y;
  double  text_height;       /* one line of text */
  double  header_text_width; /* the longest task title, ellipsized */
  GArray *row_y;             /* double, per row */
  GArray *row_height;        /* double, per row */
  GArray *band_y;            /* double, per row: the group band above it, or -1 */
  double  band_height;
  GArray *legend_items;      /* LegendItem */
} Geometry;

typedef struct
{
  PolkuCoverageMark  mark;
  gboolean           uncovered;
  const char        *text;
  double             x;
  double             y;
  double             width;
} LegendItem;

static void
chart_row_clear (gpointer data)
{
  ChartRow *row = data;

  g_free (row->group);
  g_free (row->text);
}

static void
geometry_clear (Geometry *geometry)
{
  g_clear_pointer (&geometry->row_y, g_array_unref);
  g_clear_pointer (&geometry->row_height, g_array_unref);
  g_clear_pointer (&geometry->band_y, g_array_unref);
  g_clear_pointer (&geometry->legend_items, g_array_unref);
}

static void
set_source (cairo_t                  *cr,
            const PolkuCoverageColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static PangoLayout *
new_layout (PangoContext *context,
            const char   *text,
            gboolean      bold)
{
  PangoLayout *layout = pango_layout_new (context);

  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  if (bold)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  return layout;
}

static PangoLayout *
new_row_layout (PangoContext             *context,
                const PolkuCoverageStyle *style,
                const ChartRow           *row)
{
  PangoLayout *layout = new_layout (context, row->text, FALSE);
  double width = MAX (style->label_width - INDENT * row->depth, style->label_width / 2);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -MAX (style->label_lines, 1));
  return layout;
}

static PangoLayout *
new_column_layout (PangoContext             *context,
                   const PolkuCoverageStyle *style,
                   const char               *title)
{
  PangoLayout *layout = new_layout (context, title, FALSE);

  pango_layout_set_width (layout, (int) (style->header_label_width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

static double
text_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static gboolean
has_legend (PolkuCoverageChart *chart)
{
  return chart->legend_direct != NULL || chart->legend_by_code != NULL || chart->legend_uncovered != NULL;
}

static void
layout_legend (PolkuCoverageChart *chart,
               PangoContext       *context,
               Geometry           *geometry)
{
  struct { PolkuCoverageMark mark; gboolean uncovered; const char *text; } items[] = {
    { POLKU_COVERAGE_MARK_DIRECT, FALSE, chart->legend_direct },
    { POLKU_COVERAGE_MARK_BY_CODE, FALSE, chart->legend_by_code },
    { POLKU_COVERAGE_MARK_NONE, TRUE, chart->legend_uncovered },
  };
  double symbol = geometry->text_height;
  double available = MAX (geometry->width - 2 * PADDING, 240.0);
  double x = PADDING;
  double y = geometry->legend_y;
  double widest = 0;

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(PangoLayout) layout = NULL;
      LegendItem item = { 0 };

      if (items[i].text == NULL)
        continue;

      layout = new_layout (context, items[i].text, FALSE);
      item.mark = items[i].mark;
      item.uncovered = items[i].uncovered;
      item.text = items[i].text;
      item.width = symbol + 6 + text_width (layout);
      if (x > PADDING && x + item.width > PADDING + available)
        {
          x = PADDING;
          y += geometry->text_height + 6;
        }
      item.x = x;
      item.y = y;
      x += item.width + 2 * GAP;
      widest = MAX (widest, item.x + item.width);
      g_array_append_val (geometry->legend_items, item);
    }

  geometry->width = MAX (geometry->width, widest + PADDING);
  geometry->height = y + geometry->text_height + PADDING;
}

static void
layout_chart (PolkuCoverageChart       *chart,
              PangoContext             *context,
              const PolkuCoverageStyle *style,
              gboolean                  with_legend,
              Geometry                 *geometry)
{
  g_autoptr(PangoLayout) probe = new_layout (context, "Ag", FALSE);
  const char *last_group = NULL;
  double header_height;
  double overhang;
  double y;
  int height;

  memset (geometry, 0, sizeof *geometry);
  geometry->row_y = g_array_new (FALSE, FALSE, sizeof (double));
  geometry->row_height = g_array_new (FALSE, FALSE, sizeof (double));
  geometry->band_y = g_array_new (FALSE, FALSE, sizeof (double));
  geometry->legend_items = g_array_new (FALSE, FALSE, sizeof (LegendItem));

  pango_layout_get_pixel_size (probe, NULL, &height);
  geometry->text_height = height;
  geometry->band_height = MAX (style->cell_size, height + 2 * ROW_PADDING + 2);

  for (guint i = 0; i < chart->columns->len; i++)
    {
      g_autoptr(PangoLayout) layout = new_column_layout (context, style, g_ptr_array_index (chart->columns, i));

      geometry->header_text_width = MAX (geometry->header_text_width, text_width (layout));
    }

  geometry->gutter = chart->rows->len > 0 ? MIN (style->cell_size, height) + 6 : 0;
  geometry->label_x = PADDING + geometry->gutter;
  geometry->grid_x = geometry->label_x + style->label_width + GAP;
  geometry->grid_width = style->cell_size * chart->columns->len;

  /* Slanted titles rise up and to the right from their column's middle. */
  header_height = chart->columns->len > 0 ? (geometry->header_text_width + height) * SIN45 + 8 : 0;
  overhang = chart->columns->len > 0 ? (geometry->header_text_width + height) * SIN45 - style->cell_size / 2 : 0;
  geometry->grid_y = PADDING + header_height;

  geometry->status_x = geometry->grid_x + geometry->grid_width + GAP;
  if (chart->not_covered != NULL && polku_coverage_chart_get_n_uncovered (chart) > 0)
    {
      g_autoptr(PangoLayout) layout = new_layout (context, chart->not_covered, TRUE);

      geometry->status_width = text_width (layout);
    }

  y = geometry->grid_y;
  for (guint i = 0; i < chart->rows->len; i++)
    {
      const ChartRow *row = &g_array_index (chart->rows, ChartRow, i);
      g_autoptr(PangoLayout) layout = new_row_layout (context, style, row);
      double band = -1;
      double row_height;

      if (row->group != NULL && g_strcmp0 (row->group, last_group) != 0)
        {
          band = y;
          y += geometry->band_height;
        }
      last_group = row->group;

      pango_layout_get_pixel_size (layout, NULL, &height);
      row_height = MAX (style->cell_size, height + 2 * ROW_PADDING);
      g_array_append_val (geometry->band_y, band);
      g_array_append_val (geometry->row_y, y);
      g_array_append_val (geometry->row_height, row_height);
      y += row_height;
    }

  geometry->width = MAX (geometry->status_x + geometry->status_width,
                         geometry->grid_x + geometry->grid_width + overhang) + PADDING;
  geometry->height = y + PADDING;

  if (with_legend && has_legend (chart))
    {
      geometry->legend_y = y + 2 * GAP;
      layout_legend (chart, context, geometry);
    }
}

static void
rounded_rectangle (cairo_t *cr,
                   double   x,
                   double   y,
                   double   width,
                   double   height,
                   double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_uncovered_sign (cairo_t                  *cr,
                     double                    x,
                     double                    y,
                     double                    size,
                     const PolkuCoverageStyle *style)
{
  double cx = x + size / 2;
  double cy = y + size / 2;

  cairo_save (cr);
  set_source (cr, &style->uncovered);
  cairo_arc (cr, cx, cy, size / 2, 0, 2 * G_PI);
  cairo_fill (cr);

  /* The "!" in the background colour, so it reads on the red disc. */
  set_source (cr, &style->background);
  cairo_set_line_width (cr, MAX (size * 0.14, 1.0));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, cx, cy - size * 0.26);
  cairo_line_to (cr, cx, cy + size * 0.06);
  cairo_stroke (cr);
  cairo_arc (cr, cx, cy + size * 0.24, MAX (size * 0.08, 0.75), 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
draw_mark (cairo_t                  *cr,
           PolkuCoverageMark         mark,
           double                    x,
           double                    y,
           double                    size,
           const PolkuCoverageStyle *style)
{
  double inset = size * 0.2;
  double side = size - 2 * inset;

  cairo_save (cr);
  set_source (cr, &style->mark);

  if (mark == POLKU_COVERAGE_MARK_DIRECT)
    {
      rounded_rectangle (cr, x + inset, y + inset, side, side, side * 0.2);
      cairo_fill (cr);
    }
  else if (mark == POLKU_COVERAGE_MARK_BY_CODE)
    {
      double line = MAX (size * 0.08, 1.0);

      cairo_set_line_width (cr, line);
      rounded_rectangle (cr, x + inset + line / 2, y + inset + line / 2, side - line, side - line, side * 0.2);
      cairo_stroke (cr);
      cairo_arc (cr, x + size / 2, y + size / 2, side * 0.18, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  cairo_restore (cr);
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_header (PolkuCoverageChart       *chart,
             cairo_t                  *cr,
             PangoContext             *context,
             const PolkuCoverageStyle *style,
             const Geometry           *geometry)
{
  double rise = geometry->text_height / 2 * SIN45 + 4;

  for (guint i = 0; i < chart->columns->len; i++)
    {
      g_autoptr(PangoLayout) layout = new_column_layout (context, style, g_ptr_array_index (chart->columns, i));
      double cx = geometry->grid_x + style->cell_size * (i + 0.5);

      cairo_save (cr);
      cairo_translate (cr, cx, geometry->grid_y - rise);
      cairo_rotate (cr, -G_PI / 4);
      set_source (cr, &style->foreground);
      show_layout (cr, layout, 0, -geometry->text_height / 2);
      cairo_restore (cr);
    }
}

static void
draw_rows (PolkuCoverageChart       *chart,
           cairo_t                  *cr,
           PangoContext             *context,
           const PolkuCoverageStyle *style,
           const Geometry           *geometry)
{
  double right = geometry->width - PADDING;
  double grid_bottom = geometry->grid_y;

  for (guint i = 0; i < chart->rows->len; i++)
    {
      const ChartRow *row = &g_array_index (chart->rows, ChartRow, i);
      double y = g_array_index (geometry->row_y, double, i);
      double height = g_array_index (geometry->row_height, double, i);
      double band = g_array_index (geometry->band_y, double, i);
      g_autoptr(PangoLayout) layout = new_row_layout (context, style, row);
      int text_height;

      if (band >= 0)
        {
          g_autoptr(PangoLayout) group = new_layout (context, row->group, TRUE);

          pango_layout_set_width (group, (int) ((right - PADDING - 2 * ROW_PADDING) * PANGO_SCALE));
          pango_layout_set_ellipsize (group, PANGO_ELLIPSIZE_END);
          set_source (cr, &style->group_background);
          cairo_rectangle (cr, PADDING, band, right - PADDING, geometry->band_height);
          cairo_fill (cr);
          set_source (cr, &style->foreground);
          show_layout (cr, group, PADDING + ROW_PADDING,
                       band + (geometry->band_height - geometry->text_height) / 2);
        }

      if (!row->covered)
        {
          double sign = MIN (style->cell_size, geometry->text_height) - 2;

          set_source (cr, &style->uncovered_background);
          cairo_rectangle (cr, PADDING, y, right - PADDING, height);
          cairo_fill (cr);
          draw_uncovered_sign (cr, PADDING + 2, y + (height - sign) / 2, sign, style);

          if (chart->not_covered != NULL)
            {
              g_autoptr(PangoLayout) status = new_layout (context, chart->not_covered, TRUE);

              set_source (cr, &style->uncovered);
              show_layout (cr, status, geometry->status_x, y + (height - geometry->text_height) / 2);
            }
        }

      pango_layout_get_pixel_size (layout, NULL, &text_height);
      set_source (cr, &style->foreground);
      show_layout (cr, layout, geometry->label_x + INDENT * row->depth, y + (height - text_height) / 2);

      for (guint j = 0; j < chart->columns->len; j++)
        {
          PolkuCoverageMark mark = polku_coverage_chart_get_mark (chart, i, j);
          double size = style->cell_size;

          if (mark != POLKU_COVERAGE_MARK_NONE)
            draw_mark (cr, mark, geometry->grid_x + size * j, y + (height - size) / 2, size, style);
        }

      /* The line under the row, across the label and the cells. */
      set_source (cr, &style->grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, geometry->label_x, floor (y + height) - 0.5);
      cairo_line_to (cr, geometry->grid_x + geometry->grid_width, floor (y + height) - 0.5);
      cairo_stroke (cr);

      grid_bottom = y + height;
    }

  /* Column lines, only where the rows are. */
  if (chart->rows->len > 0)
    {
      set_source (cr, &style->grid);
      cairo_set_line_width (cr, 1);
      for (guint j = 0; j <= chart->columns->len; j++)
        {
          double x = floor (geometry->grid_x + style->cell_size * j) + 0.5;

          for (guint i = 0; i < chart->rows->len; i++)
            {
              double y = g_array_index (geometry->row_y, double, i);
              double height = g_array_index (geometry->row_height, double, i);

              cairo_move_to (cr, x, y);
              cairo_line_to (cr, x, MIN (y + height, grid_bottom));
            }
        }
      cairo_stroke (cr);
    }
}

static void
draw_legend (PolkuCoverageChart       *chart,
             cairo_t                  *cr,
             PangoContext             *context,
             const PolkuCoverageStyle *style,
             const Geometry           *geometry)
{
  double symbol = geometry->text_height;

  for (guint i = 0; i < geometry->legend_items->len; i++)
    {
      const LegendItem *item = &g_array_index (geometry->legend_items, LegendItem, i);
      g_autoptr(PangoLayout) layout = new_layout (context, item->text, FALSE);

      if (item->uncovered)
        {
          set_source (cr, &style->uncovered_background);
          cairo_rectangle (cr, item->x - 2, item->y - 2, symbol + 4, symbol + 4);
          cairo_fill (cr);
          draw_uncovered_sign (cr, item->x + 1, item->y + 1, symbol - 2, style);
        }
      else
        {
          set_source (cr, &style->grid);
          cairo_set_line_width (cr, 1);
          cairo_rectangle (cr, item->x + 0.5, item->y + 0.5, symbol - 1, symbol - 1);
          cairo_stroke (cr);
          draw_mark (cr, item->mark, item->x, item->y, symbol, style);
        }

      set_source (cr, &style->foreground);
      show_layout (cr, layout, item->x + symbol + 6, item->y);
    }
}

/* Public API */

/**
 * polku_coverage_style_init_default:
 *
 * Fills @style with colours for a white page (printing, images) and sizes in
 * the units of a 10 pt font.
 */
void
polku_coverage_style_init_default (PolkuCoverageStyle *style)
{
  g_return_if_fail (style != NULL);

  /* The GNOME palette: dark 3 text, blue 4 marks, red 4 for what is missing. */
  style->foreground = (PolkuCoverageColor) { 0.14, 0.12, 0.16, 1.0 };
  style->background = (PolkuCoverageColor) { 1.0, 1.0, 1.0, 1.0 };
  style->grid = (PolkuCoverageColor) { 0.0, 0.0, 0.0, 0.15 };
  style->group_background = (PolkuCoverageColor) { 0.0, 0.0, 0.0, 0.06 };
  style->mark = (PolkuCoverageColor) { 0.11, 0.44, 0.85, 1.0 };
  style->uncovered = (PolkuCoverageColor) { 0.75, 0.11, 0.16, 1.0 };
  style->uncovered_background = (PolkuCoverageColor) { 0.75, 0.11, 0.16, 0.10 };
  style->cell_size = 26;
  style->label_width = 300;
  style->header_label_width = 170;
  style->label_lines = 2;
}

PolkuCoverageChart *
polku_coverage_chart_new (void)
{
  PolkuCoverageChart *chart = g_new0 (PolkuCoverageChart, 1);

  chart->columns = g_ptr_array_new_with_free_func (g_free);
  chart->rows = g_array_new (FALSE, FALSE, sizeof (ChartRow));
  g_array_set_clear_func (chart->rows, chart_row_clear);
  chart->marks = g_array_new (FALSE, TRUE, sizeof (guint8));
  return chart;
}

void
polku_coverage_chart_free (PolkuCoverageChart *chart)
{
  if (chart == NULL)
    return;

  g_ptr_array_unref (chart->columns);
  g_array_unref (chart->rows);
  g_array_unref (chart->marks);
  g_free (chart->not_covered);
  g_free (chart->legend_direct);
  g_free (chart->legend_by_code);
  g_free (chart->legend_uncovered);
  g_free (chart);
}

/**
 * polku_coverage_chart_set_labels:
 * @not_covered: (nullable): the words at the end of an uncovered row
 * @legend_direct: (nullable): the legend's text for a direct mapping
 * @legend_by_code: (nullable): … for a mapping by national code
 * @legend_uncovered: (nullable): … for an uncovered row
 *
 * The words the chart shows, already translated into the language wanted. A
 * legend entry whose text is %NULL is left out.
 */
void
polku_coverage_chart_set_labels (PolkuCoverageChart *chart,
                                 const char         *not_covered,
                                 const char         *legend_direct,
                                 const char         *legend_by_code,
                                 const char         *legend_uncovered)
{
  g_return_if_fail (chart != NULL);

  g_free (chart->not_covered);
  g_free (chart->legend_direct);
  g_free (chart->legend_by_code);
  g_free (chart->legend_uncovered);
  chart->not_covered = g_strdup (not_covered);
  chart->legend_direct = g_strdup (legend_direct);
  chart->legend_by_code = g_strdup (legend_by_code);
  chart->legend_uncovered = g_strdup (legend_uncovered);
}

/* Columns come first: adding one after rows would reshape the marks. */
guint
polku_coverage_chart_add_column (PolkuCoverageChart *chart,
                                 const char         *title)
{
  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (chart->rows->len == 0, 0);

  g_ptr_array_add (chart->columns, g_strdup (title != NULL ? title : ""));
  return chart->columns->len - 1;
}

/**
 * polku_coverage_chart_add_row:
 * @group: (nullable): the row's group (kohdealue); a band with it starts
 *   where the group changes
 * @covered: whether any task covers the row (a unit may count a requirement as
 *   covered through a task of no column, so this is not derived from the marks)
 */
guint
polku_coverage_chart_add_row (PolkuCoverageChart *chart,
                              const char         *group,
                              const char         *text,
                              int                 depth,
                              gboolean            covered)
{
  ChartRow row = { g_strdup (group), g_strdup (text), MAX (depth, 0), covered };

  g_return_val_if_fail (chart != NULL, 0);

  g_array_append_val (chart->rows, row);
  g_array_set_size (chart->marks, chart->rows->len * chart->columns->len);
  return chart->rows->len - 1;
}

void
polku_coverage_chart_set_mark (PolkuCoverageChart *chart,
                               guint               row,
                               guint               column,
                               PolkuCoverageMark   mark)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (row < chart->rows->len);
  g_return_if_fail (column < chart->columns->len);

  g_array_index (chart->marks, guint8, row * chart->columns->len + column) = mark;
}

PolkuCoverageMark
polku_coverage_chart_get_mark (PolkuCoverageChart *chart,
                               guint               row,
                               guint               column)
{
  g_return_val_if_fail (chart != NULL, POLKU_COVERAGE_MARK_NONE);
  g_return_val_if_fail (row < chart->rows->len, POLKU_COVERAGE_MARK_NONE);
  g_return_val_if_fail (column < chart->columns->len, POLKU_COVERAGE_MARK_NONE);

  return g_array_index (chart->marks, guint8, row * chart->columns->len + column);
}

guint
polku_coverage_chart_get_n_rows (PolkuCoverageChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);

  return chart->rows->len;
}

guint
polku_coverage_chart_get_n_columns (PolkuCoverageChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);

  return chart->columns->len;
}

guint
polku_coverage_chart_get_n_uncovered (PolkuCoverageChart *chart)
{
  guint n = 0;

  g_return_val_if_fail (chart != NULL, 0);

  for (guint i = 0; i < chart->rows->len; i++)
    if (!g_array_index (chart->rows, ChartRow, i).covered)
      n++;
  return n;
}

/**
 * polku_coverage_chart_get_size:
 * @context: the Pango context the chart will be drawn with (its font counts)
 *
 * The size polku_coverage_chart_draw() needs, in the units of @style.
 */
void
polku_coverage_chart_get_size (PolkuCoverageChart       *chart,
                               PangoContext             *context,
                               const PolkuCoverageStyle *style,
                               gboolean                  with_legend,
                               double                   *out_width,
                               double                   *out_height)
{
  Geometry geometry;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (style != NULL);

  layout_chart (chart, context, style, with_legend, &geometry);
  if (out_width != NULL)
    *out_width = ceil (geometry.width);
  if (out_height != NULL)
    *out_height = ceil (geometry.height);
  geometry_clear (&geometry);
}

/**
 * polku_coverage_chart_draw:
 * @cr: where to draw, with the chart's top left corner at the origin
 * @context: the Pango context for the text (e.g. pango_cairo_create_context()
 *   on @cr, or a widget's)
 *
 * Draws the chart in the size polku_coverage_chart_get_size() gives. The
 * background is left as it is.
 */
void
polku_coverage_chart_draw (PolkuCoverageChart       *chart,
                           cairo_t                  *cr,
                           PangoContext             *context,
                           const PolkuCoverageStyle *style,
                           gboolean                  with_legend)
{
  Geometry geometry;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (PANGO_IS_CONTEXT (context));
  g_return_if_fail (style != NULL);

  layout_chart (chart, context, style, with_legend, &geometry);

  cairo_save (cr);
  draw_rows (chart, cr, context, style, &geometry);
  draw_header (chart, cr, context, style, &geometry);
  if (with_legend)
    draw_legend (chart, cr, context, style, &geometry);
  cairo_restore (cr);

  geometry_clear (&geometry);
}

/**
 * polku_coverage_chart_hit_test:
 * @out_row: (out): the row under @x, @y
 * @out_column: (out): its column, or -1 outside the cells
 *
 * Returns: whether @x, @y is on a row (a group band is not)
 */
gboolean
polku_coverage_chart_hit_test (PolkuCoverageChart       *chart,
                               PangoContext             *context,
                               const PolkuCoverageStyle *style,
                               double                    x,
                               double                    y,
                               int                      *out_row,
                               int                      *out_column)
{
  Geometry geometry;
  gboolean found = FALSE;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (style != NULL, FALSE);

  layout_chart (chart, context, style, FALSE, &geometry);

  for (guint i = 0; i < chart->rows->len && !found; i++)
    {
      double top = g_array_index (geometry.row_y, double, i);
      double height = g_array_index (geometry.row_height, double, i);

      if (y >= top && y < top + height && x >= PADDING && x < geometry.width - PADDING)
        {
          int column = -1;

          if (x >= geometry.grid_x && x < geometry.grid_x + geometry.grid_width)
            column = (int) ((x - geometry.grid_x) / style->cell_size);

          if (out_row != NULL)
            *out_row = (int) i;
          if (out_column != NULL)
            *out_column = column;
          found = TRUE;
        }
    }

  geometry_clear (&geometry);
  return found;
}

/**
 * polku_coverage_chart_get_row_area:
 *
 * Where @row is drawn vertically (for scrolling a row into view).
 *
 * Returns: %FALSE when there is no such row
 */
gboolean
polku_coverage_chart_get_row_area (PolkuCoverageChart       *chart,
                                   PangoContext             *context,
                                   const PolkuCoverageStyle *style,
                                   guint                     row,
                                   double                   *out_y,
                                   double                   *out_height)
{
  Geometry geometry;

  g_return_val_if_fail (chart != NULL, FALSE);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (style != NULL, FALSE);

  if (row >= chart->rows->len)
    return FALSE;

  layout_chart (chart, context, style, FALSE, &geometry);
  if (out_y != NULL)
    *out_y = g_array_index (geometry.row_y, double, row);
  if (out_height != NULL)
    *out_height = g_array_index (geometry.row_height, double, row);
  geometry_clear (&geometry);
  return TRUE;
}

void
polku_coverage_draw_symbol (cairo_t                  *cr,
                            PolkuCoverageMark         mark,
                            double                    x,
                            double                    y,
                            double                    size,
                            const PolkuCoverageStyle *style)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  if (mark == POLKU_COVERAGE_MARK_NONE)
    draw_uncovered_sign (cr, x, y, size, style);
  else
    draw_mark (cr, mark, x, y, size, style);
}
