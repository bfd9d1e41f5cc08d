/* test-coverage-drawing.c: the coverage matrix drawn onto an image surface,
 * with no display: what printing will do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "polku-coverage-drawing.h"

static PolkuCoverageChart *
new_chart (void)
{
  PolkuCoverageChart *chart = polku_coverage_chart_new ();

  polku_coverage_chart_set_labels (chart, "Not covered", "Mapped", "By national code", "Not covered by any task");
  polku_coverage_chart_add_column (chart, "Pöydän kokoaminen");
  polku_coverage_chart_add_column (chart, "Hyllyn valmistus");
  polku_coverage_chart_add_column (chart, "A task with a very long title that has to be shortened somewhere");

  polku_coverage_chart_add_row (chart, "Työn suunnittelu", "suunnitella kalusteiden valmistuksen", 0, TRUE);
  polku_coverage_chart_add_row (chart, "Työn suunnittelu", "käyttää kalusteiden valmistuksessa puupohjaisia levyjä", 0, TRUE);
  polku_coverage_chart_add_row (chart, "Työn tekeminen", "noudattaa kestävän kehityksen ympäristöperiaatteita", 0, FALSE);
  polku_coverage_chart_add_row (chart, "Työn tekeminen", "toimia työyhteisön jäsenenä", 1, TRUE);

  polku_coverage_chart_set_mark (chart, 0, 0, POLKU_COVERAGE_MARK_DIRECT);
  polku_coverage_chart_set_mark (chart, 1, 1, POLKU_COVERAGE_MARK_BY_CODE);
  polku_coverage_chart_set_mark (chart, 3, 2, POLKU_COVERAGE_MARK_DIRECT);
  return chart;
}

/* Pixels in rows @top..@bottom that are clearly red (the "not covered" tint,
 * sign and words). */
static guint
count_red (cairo_surface_t *surface,
           int              top,
           int              bottom)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int width = cairo_image_surface_get_width (surface);
  guint n = 0;

  for (int y = MAX (top, 0); y < MIN (bottom, cairo_image_surface_get_height (surface)); y++)
    for (int x = 0; x < width; x++)
      {
        const guint8 *pixel = data + y * stride + 4 * x;   /* B G R A */

        if (pixel[2] > pixel[1] + 12 && pixel[2] > pixel[0] + 12)
          n++;
      }

  return n;
}

static guint
count_not_white (cairo_surface_t *surface)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        const guint8 *pixel = data + y * stride + 4 * x;

        if (pixel[0] < 250 || pixel[1] < 250 || pixel[2] < 250)
          n++;
      }

  return n;
}

static void
test_drawing_marks_uncovered (void)
{
  g_autoptr(PolkuCoverageChart) chart = new_chart ();
  PolkuCoverageStyle style;
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height, with_legend_height;
  double y[4], h[4];
  int row, column;

  polku_coverage_style_init_default (&style);
  g_assert_cmpuint (polku_coverage_chart_get_n_rows (chart), ==, 4);
  g_assert_cmpuint (polku_coverage_chart_get_n_columns (chart), ==, 3);
  g_assert_cmpuint (polku_coverage_chart_get_n_uncovered (chart), ==, 1);
  g_assert_cmpint (polku_coverage_chart_get_mark (chart, 1, 1), ==, POLKU_COVERAGE_MARK_BY_CODE);
  g_assert_cmpint (polku_coverage_chart_get_mark (chart, 2, 0), ==, POLKU_COVERAGE_MARK_NONE);

  polku_coverage_chart_get_size (chart, context, &style, FALSE, &width, &height);
  polku_coverage_chart_get_size (chart, context, &style, TRUE, NULL, &with_legend_height);
  g_assert_cmpfloat (width, >, style.label_width + 3 * style.cell_size);
  g_assert_cmpfloat (height, >, 4 * style.cell_size);
  g_assert_cmpfloat (with_legend_height, >, height);

  for (guint i = 0; i < 4; i++)
    {
      g_assert_true (polku_coverage_chart_get_row_area (chart, context, &style, i, &y[i], &h[i]));
      g_assert_cmpfloat (h[i], >=, style.cell_size);
      if (i > 0)
        g_assert_cmpfloat (y[i], >=, y[i - 1] + h[i - 1]);
    }
  /* A band with the group's name comes before the first row of a group. */
  g_assert_cmpfloat (y[2], >, y[1] + h[1]);
  g_assert_false (polku_coverage_chart_get_row_area (chart, context, &style, 4, NULL, NULL));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) with_legend_height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  polku_coverage_chart_draw (chart, cr, context, &style, TRUE);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);

  if (g_getenv ("POLKU_TEST_SHOTS") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("POLKU_TEST_SHOTS"), "coverage-drawing.png", NULL);

      cairo_surface_write_to_png (surface, path);
    }

  /* Something was drawn, and the uncovered row, only it, is red. */
  g_assert_cmpuint (count_not_white (surface), >, 2000);
  g_assert_cmpuint (count_red (surface, (int) y[2] + 1, (int) (y[2] + h[2]) - 1), >, (guint) width * 4);
  g_assert_cmpuint (count_red (surface, (int) y[0] + 1, (int) (y[0] + h[0]) - 1), ==, 0);
  g_assert_cmpuint (count_red (surface, (int) y[3] + 1, (int) (y[3] + h[3]) - 1), ==, 0);

  /* Hit testing finds cells and the label column. */
  g_assert_true (polku_coverage_chart_hit_test (chart, context, &style, width / 2, y[2] + h[2] / 2, &row, &column));
  g_assert_cmpint (row, ==, 2);
  g_assert_true (polku_coverage_chart_hit_test (chart, context, &style, 30, y[0] + 2, &row, &column));
  g_assert_cmpint (row, ==, 0);
  g_assert_cmpint (column, ==, -1);
  g_assert_false (polku_coverage_chart_hit_test (chart, context, &style, 30, 1, &row, &column));

  cairo_surface_destroy (surface);
  g_object_unref (context);
}

static void
test_drawing_empty (void)
{
  g_autoptr(PolkuCoverageChart) chart = polku_coverage_chart_new ();
  PolkuCoverageStyle style;
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);
  double width = -1, height = -1;

  /* No tasks and no requirements: a tiny, valid picture. */
  polku_coverage_style_init_default (&style);
  polku_coverage_chart_get_size (chart, context, &style, TRUE, &width, &height);
  g_assert_cmpfloat (width, >=, 0);
  g_assert_cmpfloat (height, >=, 0);
  polku_coverage_chart_draw (chart, cr, context, &style, TRUE);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_object_unref (context);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/coverage-drawing/marks-uncovered", test_drawing_marks_uncovered);
  g_test_add_func ("/coverage-drawing/empty", test_drawing_empty);

  return g_test_run ();
}
