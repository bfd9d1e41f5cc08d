/* polku-test-print.c: sample print documents and PDF readers (poppler-utils)
 * shared by the print tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "polku-test-print.h"

static guint draw_count;

typedef struct
{
  const char *label;
  double      start;
  double      end;
} Period;

static const Period periods[] = {
  { "Perehdytys", 0.00, 0.12 },
  { "Puutyöpaja", 0.10, 0.55 },
  { "Työpaikkajakso", 0.50, 0.85 },
  { "Arviointi", 0.82, 1.00 },
};

/* A pathway timeline, the kind of chart the documents draw. */
static void
draw_timeline (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  user_data)
{
  double row = (height - 20) / G_N_ELEMENTS (periods);

  g_atomic_int_inc (&draw_count);

  cairo_set_line_width (cr, 0.5);
  cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
  cairo_rectangle (cr, 0.25, 0.25, width - 0.5, height - 0.5);
  cairo_stroke (cr);

  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      g_autoptr(PangoLayout) layout = polku_print_create_layout (cr);
      double x0 = 110 + periods[i].start * (width - 120);
      double x1 = 110 + periods[i].end * (width - 120);
      double y = 10 + i * row;

      pango_layout_set_text (layout, periods[i].label, -1);
      pango_layout_set_width (layout, 100 * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_move_to (cr, 6, y + 2);
      pango_cairo_show_layout (cr, layout);

      cairo_set_source_rgb (cr, 0.18, 0.44, 0.62);
      cairo_rectangle (cr, x0, y + 2, x1 - x0, row - 6);
      cairo_fill (cr);
    }
}

PolkuPrintDocument *
polku_test_print_sample (guint       n_rows,
                         const char *language)
{
  static const double widths[] = { 0.42, 0.14, 0.12, 0.32 };
  static const char * const header[] = { "Tutkinnon osa", "Koodi", "Laajuus", "Tehtävät" };
  static const PolkuPrintSignature signatures[] = {
    { "Äijä Öljymäki", "Nuori" },
    { "Sanna Työvalmentaja", "Työvalmentaja" },
    { "Olli Opettaja", "Opettaja, Ammattiopisto Länsi" },
  };
  PolkuPrintDocument *doc;
  PolkuPrintTable *table;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2025, 5, 20, 12, 0, 0);

  doc = polku_print_document_new ("Opintopolun yhteenveto", language);
  polku_print_document_set_header (doc, "Nuorten Työpajat ry", "Puu- ja metallipaja Väärämäki");
  polku_print_document_set_date (doc, date);

  polku_print_document_add_heading (doc, 0, "Opintopolun yhteenveto");
  polku_print_document_add_key_value (doc, "Nimi", "Äijä Öljymäki");
  polku_print_document_add_key_value (doc, "Tutkinto", "Rakennusalan perustutkinto");
  polku_print_document_add_key_value (doc, "Diaarinumero", "OPH-2607-2017");
  polku_print_document_add_key_value (doc, "Jakso", "1.9.2025–31.12.2025");

  polku_print_document_add_heading (doc, 1, "Tavoite");
  polku_print_document_add_paragraph (doc,
    "Äijä harjoittelee pajalla puutöiden perusteita: työturvallisuutta, käsityökalujen ja "
    "koneiden käyttöä sekä työn suunnittelua. Tavoitteena on tunnistaa osaaminen, joka "
    "vastaa rakennusalan perustutkinnon tutkinnon osien ammattitaitovaatimuksia, ja "
    "siirtyä syksyllä ammatilliseen koulutukseen. <b>Tämä ei ole lihavoitu</b> & tämä ei ole merkintää.");
  polku_print_document_add_bullet (doc, 0, "Työturvallisuus ja suojaimet");
  polku_print_document_add_bullet (doc, 0, "Mittaaminen, merkitseminen ja sahaaminen");
  polku_print_document_add_bullet (doc, 1, "Käsisaha, jiirisaha ja pyörösaha");
  polku_print_document_add_bullet (doc, 0, "Pintakäsittely ja jätteiden lajittelu");

  polku_print_document_add_heading (doc, 1, "Tutkinnon osat");
  table = polku_print_document_add_table (doc, 4, widths, header);
  polku_print_table_set_column_alignment (table, 2, PANGO_ALIGN_RIGHT);
  polku_print_table_add_section (table, "Ammatilliset tutkinnon osat");
  for (guint i = 0; i < n_rows; i++)
    {
      g_autofree char *name = g_strdup_printf ("Rakentamisen perustehtävät %u", i + 1);
      g_autofree char *code = g_strdup_printf ("1066%02u", i % 100);
      g_autofree char *credits = g_strdup_printf ("%u osp", 5 + (i % 4) * 5);
      const char *tasks = i % 3 == 0
        ? "Terassin runko, lattian laudoitus ja kaiteen asennus; työmaan siivous ja jätteiden lajittelu"
        : i % 3 == 1 ? "Hyllyn valmistus" : "Ikkunanpokien kunnostus ja maalaus ulkotiloissa";
      const char *cells[] = { name, code, credits, tasks };

      polku_print_table_add_row (table, cells);
    }

  polku_print_document_add_heading (doc, 1, "Edistyminen");
  polku_print_document_add_progress (doc, "Rakentamisen perustehtävät", 12, 25, "12 / 25 osp");
  polku_print_document_add_progress (doc, "Talonrakennustyöt ja niiden pitkä nimi, joka rivittyy kahdelle riville", 5, 20, NULL);
  polku_print_document_add_progress (doc, "Viestintä- ja vuorovaikutusosaaminen", 3, 3, "3 / 3 osp");

  polku_print_document_add_heading (doc, 1, "Jaksot");
  polku_print_document_add_drawing (doc, 110, draw_timeline, NULL, NULL);

  polku_print_document_add_heading (doc, 2, "Hyvin pitkä sana");
  polku_print_document_add_paragraph (doc,
    "Lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilaslentokonesuihkuturbiinimoottori"
    "apumekaanikkoaliupseerioppilaslentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas"
    "lentokonesuihkuturbiinimoottoriapumekaanikkoaliupseerioppilas");
  polku_print_document_add_text (doc, POLKU_PRINT_TEXT_SMALL,
                                 "Osaaminen on tunnistettu työpajalla. Osaamisen tunnustamisesta "
                                 "päättää koulutuksen järjestäjä.");

  polku_print_document_add_signatures (doc, "Paikka ja aika", "Väärämäki 20.5.2025",
                                       signatures, G_N_ELEMENTS (signatures));

  return doc;
}

guint
polku_test_print_draw_count (void)
{
  return g_atomic_int_get (&draw_count);
}

gboolean
polku_test_have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("poppler-utils is not installed (build-aux/dev deps installs it)");
      return FALSE;
    }
  return TRUE;
}

char *
polku_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", argv[0], err);
  return out;
}

guint
polku_test_pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = polku_test_run_tool (argv);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

char *
polku_test_pdf_text (const char *path,
                     guint       page)
{
  g_autofree char *first = g_strdup_printf ("%u", page);

  if (page == 0)
    {
      const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };

      return polku_test_run_tool (argv);
    }
  else
    {
      const char *argv[] = { "pdftotext", "-layout", "-f", first, "-l", first, path, "-", NULL };

      return polku_test_run_tool (argv);
    }
}

char *
polku_test_without_spaces (char *line)
{
  char *out = line;

  for (const char *in = line; *in != '\0'; in++)
    if (*in != ' ')
      *out++ = *in;
  *out = '\0';
  return line;
}

guint
polku_test_pdf_words_inside (const char *path,
                             double      slack_x)
{
  const char *argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  g_autofree char *html = polku_test_run_tool (argv);
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GError) error = NULL;
  guint n_words = 0;

  regex = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>",
                       0, 0, &error);
  g_assert_no_error (error);
  g_regex_match (regex, html, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *x0 = g_match_info_fetch (match, 1);
      g_autofree char *y0 = g_match_info_fetch (match, 2);
      g_autofree char *x1 = g_match_info_fetch (match, 3);
      g_autofree char *y1 = g_match_info_fetch (match, 4);
      g_autofree char *word = g_match_info_fetch (match, 5);

      /* Glyph boxes may reach a little past the line's logical box. */
      if (g_ascii_strtod (x0, NULL) < POLKU_PAGE_MARGIN_LEFT - slack_x ||
          g_ascii_strtod (y0, NULL) < POLKU_PAGE_MARGIN_TOP - 2 ||
          g_ascii_strtod (x1, NULL) > POLKU_PAGE_WIDTH - POLKU_PAGE_MARGIN_RIGHT + slack_x ||
          g_ascii_strtod (y1, NULL) > POLKU_PAGE_HEIGHT - POLKU_PAGE_MARGIN_BOTTOM + 2)
        g_error ("“%s” at %s,%s–%s,%s in %s is outside the margins", word, x0, y0, x1, y1, path);
      n_words++;
      g_match_info_next (match, NULL);
    }
  return n_words;
}

guint
polku_test_print_paginate (PolkuPrintDocument *doc)
{
  PangoContext *context = polku_print_create_pango_context (NULL);
  g_autoptr(GError) error = NULL;
  guint n_pages;

  n_pages = polku_print_document_paginate (doc, context, POLKU_PRINTABLE_WIDTH, POLKU_PRINTABLE_HEIGHT, &error);
  g_object_unref (context);
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >=, 1);
  return n_pages;
}
