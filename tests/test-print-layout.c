/* test-print-layout.c: pagination and drawing of print documents, no display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "polku-print-i18n.h"
#include "polku-print-layout-private.h"
#include "polku-test-print.h"
#include "polku-test-utils.h"

#define SLACK 0.5

static PangoContext *
new_context (void)
{
  return polku_print_create_pango_context (NULL);
}

static guint
paginate (PolkuPrintDocument *doc)
{
  PangoContext *context = new_context ();
  g_autoptr(GError) error = NULL;
  guint n_pages;

  n_pages = polku_print_document_paginate (doc, context, POLKU_PRINTABLE_WIDTH,
                                           POLKU_PRINTABLE_HEIGHT, &error);
  g_object_unref (context);
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >=, 1);
  g_assert_cmpuint (n_pages, ==, polku_print_document_get_n_pages (doc));
  return n_pages;
}

static const PolkuPrintTextBox *
find_box (GPtrArray  *boxes,
          const char *text)
{
  for (guint i = 0; i < boxes->len; i++)
    {
      const PolkuPrintTextBox *box = g_ptr_array_index (boxes, i);

      if (g_str_equal (box->text, text))
        return box;
    }
  return NULL;
}

/* Every line of every page lies inside the printable area. */
static void
assert_boxes_inside (PolkuPrintDocument *doc,
                     double              width,
                     double              height)
{
  guint n_pages = polku_print_document_get_n_pages (doc);

  for (guint page = 0; page < n_pages; page++)
    {
      g_autoptr(GPtrArray) boxes = _polku_print_document_get_text_boxes (doc, page);

      g_assert_cmpuint (boxes->len, >, 0);
      for (guint i = 0; i < boxes->len; i++)
        {
          const PolkuPrintTextBox *box = g_ptr_array_index (boxes, i);

          if (box->x0 < -SLACK || box->y0 < -SLACK || box->x1 > width + SLACK || box->y1 > height + SLACK)
            g_error ("Page %u: “%s” at (%.1f, %.1f)–(%.1f, %.1f) leaves the %.1f × %.1f area",
                     page + 1, box->text, box->x0, box->y0, box->x1, box->y1, width, height);
        }
    }
}

static void
test_empty_document (void)
{
  g_autoptr(PolkuPrintDocument) doc = polku_print_document_new ("Tyhjä", "fi");
  g_autoptr(GPtrArray) boxes = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2025, 1, 7, 9, 0, 0);

  polku_print_document_set_date (doc, date);
  g_assert_cmpuint (paginate (doc), ==, 1);

  boxes = _polku_print_document_get_text_boxes (doc, 0);
  g_assert_nonnull (find_box (boxes, "Tyhjä"));
  g_assert_nonnull (find_box (boxes, "1 / 1"));
  g_assert_true (polku_print_document_is_sealed (doc));
}

static void
test_header_and_footer (void)
{
  g_autoptr(PolkuPrintDocument) doc = polku_print_document_new ("Osaamistodistus", "sv");
  g_autoptr(GPtrArray) boxes = NULL;
  g_autoptr(GDateTime) date = g_date_time_new_utc (2025, 12, 31, 9, 0, 0);
  g_autofree char *formatted = NULL;
  const PolkuPrintTextBox *org, *workshop, *title, *left, *number;

  polku_print_document_set_header (doc, "Nuorten Työpajat ry", "Puu-\npaja");
  polku_print_document_set_footer (doc, "Sida %N av %Q", "Utskriven 31.12.2025");
  polku_print_document_set_date (doc, date);
  polku_print_document_add_paragraph (doc, "Text");

  formatted = polku_print_document_format_date (doc, date);
  g_assert_cmpstr (formatted, ==, "31.12.2025");
  g_assert_cmpstr (polku_print_document_get_language (doc), ==, "sv");

  paginate (doc);
  boxes = _polku_print_document_get_text_boxes (doc, 0);

  org = find_box (boxes, "Nuorten Työpajat ry");
  workshop = find_box (boxes, "Puu- paja");
  title = find_box (boxes, "Osaamistodistus");
  left = find_box (boxes, "Utskriven 31.12.2025");
  number = find_box (boxes, "Sida 1 av 1");
  g_assert_nonnull (org);
  g_assert_nonnull (workshop);
  g_assert_nonnull (title);
  g_assert_nonnull (left);
  g_assert_nonnull (number);

  /* Header at the top, footer at the bottom, title and page number right. */
  g_assert_cmpfloat (org->y0, <, workshop->y0);
  g_assert_cmpfloat (org->y0, <, 1);
  g_assert_cmpfloat (left->y1, >, POLKU_PRINTABLE_HEIGHT - 1);
  g_assert_cmpfloat (title->x1, >, POLKU_PRINTABLE_WIDTH - 1);
  g_assert_cmpfloat (number->x1, >, POLKU_PRINTABLE_WIDTH - 1);
  g_assert_cmpfloat (find_box (boxes, "Text")->y0, >, workshop->y1);
}

typedef struct
{
  guint row;
  guint word;
} Token;

/* Words like "r017w003": row 17, word 3. */
static char *
row_text (guint row,
          guint n_words)
{
  GString *str = g_string_new (NULL);

  for (guint w = 0; w < n_words; w++)
    g_string_append_printf (str, "%sr%03uw%03u", w > 0 ? " " : "", row, w);

  return g_string_free (str, FALSE);
}

static PolkuPrintDocument *
token_table (guint  n_rows,
             guint  tall_row,
             guint  tall_words)
{
  static const double widths[] = { 0.5, 0.2, 0.3 };
  static const char * const header[] = { "Tutkinnon osa", "Laajuus", "Näytöt" };
  PolkuPrintDocument *doc;
  PolkuPrintTable *table;

  doc = polku_print_document_new ("Taulukko", "fi");
  polku_print_document_add_heading (doc, 1, "Osat");
  table = polku_print_document_add_table (doc, 3, widths, header);

  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *a = row_text (r, r == tall_row ? tall_words : 3 + r % 7);
      g_autofree char *b = g_strdup_printf ("r%03uw900", r);
      g_autofree char *c = g_strdup_printf ("r%03uw901 r%03uw902", r, r);
      const char *cells[] = { a, b, c };

      polku_print_table_add_row (table, cells);
    }

  return doc;
}

/* Collects, for every token on every page, the page it is on; each must
 * appear exactly once, whole. */
static GHashTable *
token_pages (PolkuPrintDocument *doc,
             GPtrArray          *header_y)
{
  GHashTable *pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_pages = polku_print_document_get_n_pages (doc);

  for (guint page = 0; page < n_pages; page++)
    {
      g_autoptr(GPtrArray) boxes = _polku_print_document_get_text_boxes (doc, page);
      const PolkuPrintTextBox *header = find_box (boxes, "Tutkinnon osa");
      double first_token_y = G_MAXDOUBLE;

      for (guint i = 0; i < boxes->len; i++)
        {
          const PolkuPrintTextBox *box = g_ptr_array_index (boxes, i);
          g_auto(GStrv) words = NULL;

          if (box->text[0] != 'r')
            continue;

          first_token_y = MIN (first_token_y, box->y0);
          words = g_strsplit (box->text, " ", -1);
          for (guint w = 0; words[w] != NULL; w++)
            {
              if (*words[w] == '\0')
                continue;
              g_assert_cmpuint (strlen (words[w]), ==, 8);
              if (g_hash_table_contains (pages, words[w]))
                g_error ("“%s” is drawn twice", words[w]);
              g_hash_table_insert (pages, g_strdup (words[w]), GUINT_TO_POINTER (page));
            }
        }

      /* Wherever rows are, their header is above them. */
      if (first_token_y < G_MAXDOUBLE)
        {
          g_assert_nonnull (header);
          g_assert_cmpfloat (header->y1, <=, first_token_y + SLACK);
          g_assert_nonnull (find_box (boxes, "Näytöt"));
          if (header_y != NULL)
            g_ptr_array_add (header_y, g_memdup2 (&header->y0, sizeof (double)));
        }
    }

  return pages;
}

static void
test_long_table (void)
{
  g_autoptr(PolkuPrintDocument) doc = token_table (150, G_MAXUINT, 0);
  g_autoptr(GHashTable) pages = NULL;
  g_autoptr(GPtrArray) header_y = g_ptr_array_new_with_free_func (g_free);
  guint n_pages = paginate (doc);

  g_assert_cmpuint (n_pages, >=, 4);

  pages = token_pages (doc, header_y);
  g_assert_cmpuint (header_y->len, ==, n_pages);

  /* The header repeats at the same place on every page after the first. */
  for (guint i = 2; i < header_y->len; i++)
    g_assert_cmpfloat_with_epsilon (*(double *) g_ptr_array_index (header_y, i),
                                    *(double *) g_ptr_array_index (header_y, 1), 0.01);

  /* Every word of every row once, and a row's words all on one page. */
  for (guint r = 0; r < 150; r++)
    {
      guint n_words = 3 + r % 7;
      g_autofree char *first = g_strdup_printf ("r%03uw000", r);
      gpointer page;

      g_assert_true (g_hash_table_lookup_extended (pages, first, NULL, &page));
      for (guint w = 0; w < n_words; w++)
        {
          g_autofree char *token = g_strdup_printf ("r%03uw%03u", r, w);
          gpointer other;

          g_assert_true (g_hash_table_lookup_extended (pages, token, NULL, &other));
          g_assert_cmpuint (GPOINTER_TO_UINT (other), ==, GPOINTER_TO_UINT (page));
        }
      for (guint w = 900; w <= 902; w++)
        {
          g_autofree char *token = g_strdup_printf ("r%03uw%03u", r, w);
          gpointer other;

          g_assert_true (g_hash_table_lookup_extended (pages, token, NULL, &other));
          g_assert_cmpuint (GPOINTER_TO_UINT (other), ==, GPOINTER_TO_UINT (page));
        }
    }

  assert_boxes_inside (doc, POLKU_PRINTABLE_WIDTH, POLKU_PRINTABLE_HEIGHT);
}

/* A row taller than a page is cut between lines, never through one. */
static void
test_row_taller_than_page (void)
{
  g_autoptr(PolkuPrintDocument) doc = token_table (6, 3, 900);
  g_autoptr(GHashTable) pages = NULL;
  guint n_pages = paginate (doc);
  guint first_page, last_page = 0;
  guint previous_page = 0;

  g_assert_cmpuint (n_pages, >=, 3);
  pages = token_pages (doc, NULL);

  first_page = GPOINTER_TO_UINT (g_hash_table_lookup (pages, "r003w000"));
  for (guint w = 0; w < 900; w++)
    {
      g_autofree char *token = g_strdup_printf ("r003w%03u", w);
      gpointer page;

      /* Drawn once (token_pages), whole, and in reading order. */
      g_assert_true (g_hash_table_lookup_extended (pages, token, NULL, &page));
      g_assert_cmpuint (GPOINTER_TO_UINT (page), >=, previous_page);
      previous_page = last_page = GPOINTER_TO_UINT (page);
    }
  g_assert_cmpuint (last_page, >, first_page + 1);

  /* It starts right under the row before it, not on a page of its own. */
  g_assert_cmpuint (first_page, ==, GPOINTER_TO_UINT (g_hash_table_lookup (pages, "r002w000")));

  /* Later rows still follow. */
  g_assert_true (g_hash_table_contains (pages, "r005w000"));
  assert_boxes_inside (doc, POLKU_PRINTABLE_WIDTH, POLKU_PRINTABLE_HEIGHT);
}

static void
test_pages_grow_with_content (void)
{
  guint previous = 0;

  for (guint n = 5; n <= 405; n += 100)
    {
      g_autoptr(PolkuPrintDocument) doc = polku_print_document_new ("Kasvu", "fi");
      guint n_pages;

      for (guint i = 0; i < n; i++)
        polku_print_document_add_paragraph (doc, "Työpajalla harjoitellaan päivittäin erilaisia "
                                                 "työtehtäviä ohjaajan kanssa.");
      n_pages = paginate (doc);
      g_assert_cmpuint (n_pages, >, previous);
      previous = n_pages;
    }
}

static void
test_everything_inside_the_area (void)
{
  g_autoptr(PolkuPrintDocument) doc = polku_test_print_sample (60, "fi");
  g_autoptr(PolkuPrintDocument) narrow = NULL;
  g_autoptr(GError) error = NULL;
  guint before = polku_test_print_draw_count ();
  PangoContext *context;
  guint n_pages;

  n_pages = paginate (doc);
  g_assert_cmpuint (n_pages, >=, 3);
  assert_boxes_inside (doc, POLKU_PRINTABLE_WIDTH, POLKU_PRINTABLE_HEIGHT);
  g_assert_cmpuint (polku_test_print_draw_count (), >, before);

  /* A narrower and shorter sheet (A5 with margins) too. */
  narrow = polku_print_document_copy (doc);
  context = new_context ();
  n_pages = polku_print_document_paginate (narrow, context, 360, 520, &error);
  g_object_unref (context);
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >, polku_print_document_get_n_pages (doc));
  assert_boxes_inside (narrow, 360, 520);
}

static GString *
page_text (PolkuPrintDocument *doc)
{
  GString *text = g_string_new (NULL);

  for (guint page = 0; page < polku_print_document_get_n_pages (doc); page++)
    {
      g_autoptr(GPtrArray) boxes = _polku_print_document_get_text_boxes (doc, page);

      for (guint i = 0; i < boxes->len; i++)
        {
          const PolkuPrintTextBox *box = g_ptr_array_index (boxes, i);

          g_string_append (text, box->text);
          g_string_append_c (text, '\n');
        }
    }

  return text;
}

static void
test_finnish_text (void)
{
  g_autoptr(PolkuPrintDocument) doc = polku_print_document_new ("Äidinkieli ja viestintä", "fi");
  g_autoptr(GString) text = NULL;

  polku_print_document_add_heading (doc, 1, "Ympäristöosaaminen");
  polku_print_document_add_paragraph (doc, "Öljyisten jätteiden käsittely ja lajittelu työsalissa.");
  polku_print_document_add_key_value (doc, "Näyttöympäristö", "Väärämäen työpaja, Åbo");
  paginate (doc);

  text = page_text (doc);
  g_assert_nonnull (strstr (text->str, "Äidinkieli ja viestintä\n"));
  g_assert_nonnull (strstr (text->str, "Ympäristöosaaminen\n"));
  g_assert_nonnull (strstr (text->str, "Öljyisten jätteiden käsittely ja lajittelu työsalissa.\n"));
  g_assert_nonnull (strstr (text->str, "Näyttöympäristö\n"));
  g_assert_nonnull (strstr (text->str, "Väärämäen työpaja, Åbo\n"));
}

static void
test_huge_word (void)
{
  g_autoptr(PolkuPrintDocument) doc = polku_print_document_new ("Sana", "fi");
  g_autoptr(PolkuPrintDocument) alone = polku_print_document_new ("Sana", "fi");
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autoptr(GPtrArray) boxes = NULL;
  static const double widths[] = { 0.8, 0.2 };
  PolkuPrintTable *table;
  const char *cells[2];
  guint n_lines = 0;

  for (guint i = 0; i < 300; i++)
    g_string_append (word, "työpaja");

  /* Everywhere text goes, the word stays inside the area. */
  polku_print_document_add_heading (doc, 0, word->str);
  polku_print_document_add_paragraph (doc, word->str);
  table = polku_print_document_add_table (doc, 2, widths, NULL);
  cells[0] = "x";
  cells[1] = word->str;
  polku_print_table_add_row (table, cells);
  polku_print_document_add_key_value (doc, word->str, "arvo");
  polku_print_document_add_bullet (doc, 3, word->str);
  polku_print_document_add_progress (doc, word->str, 1, 2, word->str);
  polku_print_document_add_signatures (doc, word->str, word->str,
                                       &(PolkuPrintSignature) { word->str, word->str }, 1);
  polku_print_document_set_header (doc, word->str, word->str);
  polku_print_document_set_footer (doc, word->str, word->str);
  paginate (doc);
  assert_boxes_inside (doc, POLKU_PRINTABLE_WIDTH, POLKU_PRINTABLE_HEIGHT);

  /* Its lines put together give the word back. */
  polku_print_document_set_footer (alone, "", "");
  polku_print_document_add_paragraph (alone, word->str);
  paginate (alone);
  boxes = _polku_print_document_get_text_boxes (alone, 0);
  for (guint i = 0; i < boxes->len; i++)
    {
      const PolkuPrintTextBox *box = g_ptr_array_index (boxes, i);

      if (g_str_equal (box->text, "Sana") || *box->text == '\0')
        continue;
      g_string_append (joined, box->text);
      n_lines++;
    }
  g_assert_cmpuint (n_lines, >, 3);
  g_assert_true (g_str_equal (joined->str, word->str));
}

static void
test_plain_text_is_not_markup (void)
{
  g_autoptr(PolkuPrintDocument) doc = polku_print_document_new ("<b>Otsikko</b> & muut", "fi");
  g_autoptr(GString) text = NULL;
  PolkuPrintTable *table;
  const char *plain[] = { "<i>kursiivi</i>", "a & b" };
  const char *markup[] = { "<b>lihava</b> &amp; ok", "<b>rikki" };
  g_autofree char *invalid = g_strdup ("Virheellinen \xff merkki");

  polku_print_document_add_paragraph (doc, "<span foreground='red'>ei väriä</span> & <");
  polku_print_document_add_markup (doc, POLKU_PRINT_TEXT_BODY, "<b>Nimi:</b> Äijä");
  polku_print_document_add_markup (doc, POLKU_PRINT_TEXT_BODY, "<b>rikki & väärin");
  polku_print_document_add_paragraph (doc, invalid);
  table = polku_print_document_add_table (doc, 2, NULL, NULL);
  polku_print_table_add_row (table, plain);
  polku_print_table_add_row_markup (table, markup);
  paginate (doc);

  text = page_text (doc);
  g_assert_nonnull (strstr (text->str, "<b>Otsikko</b> & muut\n"));
  g_assert_nonnull (strstr (text->str, "<span foreground='red'>ei väriä</span> & <\n"));
  g_assert_nonnull (strstr (text->str, "Nimi: Äijä\n"));
  g_assert_nonnull (strstr (text->str, "<b>rikki & väärin\n"));
  g_assert_nonnull (strstr (text->str, "<i>kursiivi</i>\n"));
  g_assert_nonnull (strstr (text->str, "a & b\n"));
  g_assert_nonnull (strstr (text->str, "lihava & ok\n"));
  g_assert_nonnull (strstr (text->str, "<b>rikki\n"));
  g_assert_nonnull (strstr (text->str, "Virheellinen \xef\xbf\xbd merkki\n"));
}

/* A heading is never the last thing on a page. */
static void
test_heading_kept_with_text (void)
{
  for (guint filler = 30; filler < 60; filler++)
    {
      g_autoptr(PolkuPrintDocument) doc = polku_print_document_new ("Otsikot", "fi");
      guint n_pages;

      for (guint i = 0; i < filler; i++)
        polku_print_document_add_paragraph (doc, "Täyte.");
      polku_print_document_add_heading (doc, 1, "OTSIKKO");
      polku_print_document_add_paragraph (doc, "Ensimmäinen rivi otsikon jälkeen.");
      n_pages = paginate (doc);

      for (guint page = 0; page < n_pages; page++)
        {
          g_autoptr(GPtrArray) boxes = _polku_print_document_get_text_boxes (doc, page);
          const PolkuPrintTextBox *last = g_ptr_array_index (boxes, boxes->len - 1);

          g_assert_cmpstr (last->text, !=, "OTSIKKO");
        }
    }
}

/* A paragraph leaves at least two of its lines on a page; one-line
 * paragraphs fill a page to its end. */
static void
test_widows_and_orphans (void)
{
  for (guint filler = 30; filler < 45; filler++)
    {
      g_autoptr(PolkuPrintDocument) doc = polku_print_document_new ("Lesket", "fi");
      g_autofree char *long_text = row_text (7, 120);
      guint n_pages;

      for (guint i = 0; i < filler; i++)
        polku_print_document_add_paragraph (doc, "Täyte.");
      polku_print_document_add_paragraph (doc, long_text);
      n_pages = paginate (doc);

      for (guint page = 0; page < n_pages; page++)
        {
          g_autoptr(GPtrArray) boxes = _polku_print_document_get_text_boxes (doc, page);
          guint n_lines = 0;
          double last_bottom = 0;

          for (guint i = 0; i < boxes->len; i++)
            {
              const PolkuPrintTextBox *box = g_ptr_array_index (boxes, i);

              if (g_str_has_prefix (box->text, "r007"))
                n_lines++;
              if (g_str_equal (box->text, "Täyte.") || g_str_has_prefix (box->text, "r007"))
                last_bottom = MAX (last_bottom, box->y1);
            }

          g_assert_true (n_lines == 0 || n_lines >= 2);
          /* A full first page ends within two lines of the footer. */
          if (page == 0 && n_pages > 1)
            g_assert_cmpfloat (last_bottom, >, POLKU_PRINTABLE_HEIGHT - 70);
        }
    }
}

static void
draw_nothing (cairo_t  *cr,
              double    width,
              double    height,
              gpointer  user_data)
{
}

static guint
page_of (PolkuPrintDocument *doc,
         const char         *text)
{
  for (guint page = 0; page < polku_print_document_get_n_pages (doc); page++)
    {
      g_autoptr(GPtrArray) boxes = _polku_print_document_get_text_boxes (doc, page);

      if (find_box (boxes, text) != NULL)
        return page;
    }

  g_error ("“%s” is on no page", text);
}

/* Signature blocks stay whole wherever the page ends, and say what they should. */
static void
test_kept_blocks (void)
{
  static const PolkuPrintSignature signatures[] = {
    { "Äijä Öljymäki", "Nuori" },
    { "Sanna Valmentaja", "Työvalmentaja" },
    { NULL, "Opettaja" },
    { "Neljäs", NULL },
  };
  gboolean moved = FALSE;

  for (guint filler = 25; filler < 45; filler++)
    {
      g_autoptr(PolkuPrintDocument) doc = polku_print_document_new ("Allekirjoitukset", "fi");
      g_autoptr(GString) text = NULL;
      guint page;

      for (guint i = 0; i < filler; i++)
        polku_print_document_add_paragraph (doc, "Täyte.");
      polku_print_document_add_signatures (doc, "Paikka ja aika", NULL, signatures, G_N_ELEMENTS (signatures));
      polku_print_document_add_progress (doc, "Osa", 30, 20, NULL);
      polku_print_document_add_progress (doc, "Nolla", 1, 0, "–");
      polku_print_document_add_drawing (doc, 5000, draw_nothing, NULL, NULL);
      paginate (doc);

      page = page_of (doc, "Paikka ja aika");
      g_assert_cmpuint (page_of (doc, "Äijä Öljymäki"), ==, page);
      g_assert_cmpuint (page_of (doc, "Neljäs"), ==, page);
      moved |= page == 1;

      /* The drawing, as tall as a page, has a page of its own. */
      g_assert_cmpuint (polku_print_document_get_n_pages (doc), ==, page_of (doc, "Nolla") + 2);

      text = page_text (doc);
      g_assert_nonnull (strstr (text->str, "Paikka ja aika\nÄijä Öljymäki\nNuori\nSanna Valmentaja\n"
                                           "Työvalmentaja\n\nOpettaja\nNeljäs\n\n"));
      g_assert_nonnull (strstr (text->str, "Osa\n20 / 20\n"));
      g_assert_nonnull (strstr (text->str, "Nolla\n–\n"));
    }

  g_assert_true (moved);
}

static void
draw_check_size (cairo_t  *cr,
                 double    width,
                 double    height,
                 gpointer  user_data)
{
  double *size = user_data;
  double x0, y0, x1, y1;

  size[0] = width;
  size[1] = height;

  /* Clipped to the drawing's own box (cairo rounds clip extents to
   * whole device units). */
  cairo_clip_extents (cr, &x0, &y0, &x1, &y1);
  g_assert_cmpfloat (x0, >=, -1);
  g_assert_cmpfloat (y0, >=, -1);
  g_assert_cmpfloat (x1, <=, width + 1);
  g_assert_cmpfloat (y1, <=, height + 1);
}

static void
test_drawing_fits_a_page (void)
{
  g_autoptr(PolkuPrintDocument) doc = polku_print_document_new ("Piirros", "fi");
  g_autoptr(PolkuPrintDocument) copy = NULL;
  double size[2] = { 0, 0 };
  cairo_surface_t *surface;
  cairo_t *cr;

  polku_print_document_add_paragraph (doc, "Ennen");
  polku_print_document_add_drawing (doc, 10000, draw_check_size, size, NULL);
  polku_print_document_add_paragraph (doc, "Jälkeen");
  g_assert_cmpuint (paginate (doc), ==, 3);

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  polku_print_document_draw_page (doc, cr, 1);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_assert_cmpfloat_with_epsilon (size[0], POLKU_PRINTABLE_WIDTH, 0.01);
  g_assert_cmpfloat (size[1], <, POLKU_PRINTABLE_HEIGHT - 40);
  g_assert_cmpfloat (size[1], >, POLKU_PRINTABLE_HEIGHT - 120);

  /* A copy paginates on its own and leaves the original as it was. */
  copy = polku_print_document_copy (doc);
  g_assert_cmpuint (polku_print_document_get_n_pages (copy), ==, 0);
  g_assert_cmpuint (polku_print_document_get_n_pages (doc), ==, 3);
}

static void
test_page_breaks_and_spacing (void)
{
  g_autoptr(PolkuPrintDocument) doc = polku_print_document_new ("Sivut", "fi");
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;

  polku_print_document_add_page_break (doc);   /* nothing before: no empty page */
  polku_print_document_add_paragraph (doc, "Yksi");
  polku_print_document_add_page_break (doc);
  polku_print_document_add_page_break (doc);   /* twice: still one break */
  polku_print_document_add_spacing (doc, 400); /* dropped at the top of a page */
  polku_print_document_add_paragraph (doc, "Kaksi");
  polku_print_document_add_rule (doc);
  polku_print_document_add_spacing (doc, 5000);   /* nothing after it: no page */
  g_assert_cmpuint (paginate (doc), ==, 2);

  first = _polku_print_document_get_text_boxes (doc, 0);
  second = _polku_print_document_get_text_boxes (doc, 1);
  g_assert_nonnull (find_box (first, "Yksi"));
  g_assert_nonnull (find_box (second, "Kaksi"));
  g_assert_cmpfloat_with_epsilon (find_box (first, "Yksi")->y0, find_box (second, "Kaksi")->y0, 0.01);
}

static void
test_sealed_document (void)
{
  g_autoptr(PolkuPrintDocument) doc = polku_print_document_new ("Sinetti", "fi");
  g_autoptr(PolkuPrintDocument) copy = NULL;

  polku_print_document_add_paragraph (doc, "Ennen");
  copy = polku_print_document_copy (doc);
  g_assert_true (polku_print_document_is_sealed (doc));

  g_test_expect_message ("polku-print-layout", G_LOG_LEVEL_CRITICAL, "*cannot change*");
  polku_print_document_add_paragraph (doc, "Jälkeen");
  g_test_assert_expected_messages ();

  paginate (copy);
}

static void
test_paper_too_small (void)
{
  g_autoptr(PolkuPrintDocument) doc = polku_print_document_new ("Pieni", "fi");
  PangoContext *context = new_context ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (polku_print_document_paginate (doc, context, 100, 800, &error), ==, 0);
  g_object_unref (context);
  g_assert_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED);
  g_assert_cmpuint (polku_print_document_get_n_pages (doc), ==, 0);
}

/* The document's language, not the process's, picks the catalogue. */
static void
test_translations (void)
{
  g_autofree char *dir = polku_test_make_tmpdir ();
  g_autofree char *mo_dir = g_build_filename (dir, "xx", "LC_MESSAGES", NULL);
  g_autofree char *mo = g_build_filename (mo_dir, GETTEXT_PACKAGE ".mo", NULL);
  const char *old = g_getenv ("POLKU_LOCALEDIR");
  g_autofree char *saved = g_strdup (old);
  g_autoptr(GBytes) fi_mo = NULL;
  g_autofree char *fi_path = NULL;

  /* Compiled in the build tree by the po targets. */
  g_assert_nonnull (old);
  fi_path = g_build_filename (old, "fi", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  if (g_file_test (fi_path, G_FILE_TEST_EXISTS))
    {
      g_assert_cmpstr (polku_print_gettext ("fi", "Welcome to Polku"), ==, "Tervetuloa Polkuun");
      g_assert_cmpstr (polku_print_gettext ("fi_FI", "Welcome to Polku"), ==, "Tervetuloa Polkuun");
      g_assert_cmpstr (polku_print_gettext ("sv", "Welcome to Polku"), !=, "Welcome to Polku");
      fi_mo = polku_test_read_file (fi_path);
    }
  else
    g_test_message ("No compiled Finnish catalogue at %s", fi_path);

  g_assert_cmpstr (polku_print_gettext ("en", "Welcome to Polku"), ==, "Welcome to Polku");
  g_assert_cmpstr (polku_print_gettext ("fi", "No such message"), ==, "No such message");
  g_assert_cmpstr (polku_print_ngettext ("fi", "%u thing nobody translates", "%u things nobody translates", 2), ==, "%u things nobody translates");
  g_assert_cmpstr (polku_print_ngettext ("zz", "%u unit", "%u units", 1), ==, "%u unit");

  /* A truncated or hostile catalogue is ignored. */
  g_assert_cmpint (g_mkdir_with_parents (mo_dir, 0700), ==, 0);
  if (fi_mo != NULL)
    polku_test_write_file (mo, g_bytes_get_data (fi_mo, NULL), g_bytes_get_size (fi_mo) / 2);
  else
    polku_test_write_file (mo, "\xde\x12\x04\x95\0\0\0\0\xff\xff\xff\x7f\x1c\0\0\0\xff\xff\0\0", 20);
  g_setenv ("POLKU_LOCALEDIR", dir, TRUE);
  g_assert_cmpstr (polku_print_gettext ("xx", "Welcome to Polku"), ==, "Welcome to Polku");
  g_setenv ("POLKU_LOCALEDIR", saved, TRUE);

  polku_test_remove_tree (dir);
}

static guint
page_of_line_ending (PolkuPrintDocument *doc,
                     const char         *end)
{
  for (guint page = 0; page < polku_print_document_get_n_pages (doc); page++)
    {
      g_autoptr(GPtrArray) boxes = _polku_print_document_get_text_boxes (doc, page);

      for (guint i = 0; i < boxes->len; i++)
        if (g_str_has_suffix (((PolkuPrintTextBox *) g_ptr_array_index (boxes, i))->text, end))
          return page;
    }

  g_error ("no line ends with “%s”", end);
}

/* Wherever the page ends: a unit's heading and the short lines under it go
 * with its table; a signature takes the statement above it along; a long row
 * starts at the foot of a page instead of leaving it empty. */
static void
test_sections_kept_together (void)
{
  static const double widths[] = { 0.7, 0.3 };
  static const char * const header[] = { "Vaatimus", "Taso" };
  static const PolkuPrintSignature signature = { "Sanna Valmentaja", "Työvalmentaja" };
  gboolean split = FALSE, split_facts = FALSE;

  for (guint filler = 20; filler < 60; filler++)
    {
      g_autoptr(PolkuPrintDocument) doc = polku_print_document_new ("Osiot", "fi");
      g_autofree char *long_row = row_text (1, 700);
      PolkuPrintTable *table;
      guint heading_page;

      for (guint i = 0; i < filler; i++)
        polku_print_document_add_paragraph (doc, "Täyte.");
      polku_print_document_add_heading (doc, 2, "OSA");
      polku_print_document_add_text (doc, POLKU_PRINT_TEXT_SMALL, "Koodi 1");
      polku_print_document_add_text (doc, POLKU_PRINT_TEXT_EMPHASIS, "Tunnistettu 1 / 2");
      polku_print_document_add_spacing (doc, 2);
      table = polku_print_document_add_table (doc, 2, widths, header);
      {
        const char *cells[] = { "lyhyt", "H2" };

        polku_print_table_add_row (table, cells);
      }
      polku_print_document_add_heading (doc, 2, "PITKÄ");
      table = polku_print_document_add_table (doc, 2, widths, header);
      {
        const char *cells[] = { long_row, "K3" };

        polku_print_table_add_row (table, cells);
      }
      polku_print_document_add_key_value (doc, "Nimi", "Ensimmäinen");
      polku_print_document_add_key_value (doc, "Järjestäjä", "Toinen");
      polku_print_document_add_rule (doc);
      polku_print_document_add_text (doc, POLKU_PRINT_TEXT_EMPHASIS, "Lausuma.");
      polku_print_document_add_spacing (doc, 6);
      polku_print_document_add_signatures (doc, "Paikka ja aika", NULL, &signature, 1);
      paginate (doc);
      assert_boxes_inside (doc, POLKU_PRINTABLE_WIDTH, POLKU_PRINTABLE_HEIGHT);

      heading_page = page_of (doc, "OSA");
      g_assert_cmpuint (page_of (doc, "Koodi 1"), ==, heading_page);
      g_assert_cmpuint (page_of (doc, "Tunnistettu 1 / 2"), ==, heading_page);
      g_assert_cmpuint (page_of (doc, "lyhyt"), ==, heading_page);

      /* The long row (about half a page) starts under its heading, on its page. */
      g_assert_cmpuint (page_of (doc, "PITKÄ"), ==, page_of (doc, "K3"));
      split |= page_of (doc, "K3") != page_of_line_ending (doc, "r001w699");

      g_assert_cmpuint (page_of (doc, "Paikka ja aika"), ==, page_of (doc, "Lausuma."));
      /* Two facts to fill in are one piece. */
      g_assert_cmpuint (page_of (doc, "Nimi"), ==, page_of (doc, "Järjestäjä"));
      split_facts |= page_of (doc, "Nimi") != page_of (doc, "PITKÄ");
    }

  /* Some filler put the page end inside the long row, some before the facts. */
  g_assert_true (split);
  g_assert_true (split_facts);
}

/* The roles under the signature lines line up, however long a name. */
static void
test_signature_roles_aligned (void)
{
  static const PolkuPrintSignature signatures[] = {
    { "Maria-Kristiina Johanna Eveliina Aleksandra Vähäjylhä-Kuusiniemi-Oksanen-Lindqvist", "Nuori" },
    { "Sanna Valmentaja", "Työvalmentaja" },
    { NULL, "Opettaja" },
  };
  g_autoptr(PolkuPrintDocument) doc = polku_print_document_new ("Allekirjoitukset", "fi");
  g_autoptr(GPtrArray) boxes = NULL;
  const PolkuPrintTextBox *young, *coach, *teacher;

  polku_print_document_add_signatures (doc, "Paikka ja aika", NULL, signatures, G_N_ELEMENTS (signatures));
  paginate (doc);
  boxes = _polku_print_document_get_text_boxes (doc, 0);
  young = find_box (boxes, "Nuori");
  coach = find_box (boxes, "Työvalmentaja");
  teacher = find_box (boxes, "Opettaja");
  g_assert_nonnull (young);
  g_assert_nonnull (coach);
  g_assert_nonnull (teacher);
  /* The long name takes more than one line. */
  g_assert_cmpfloat (young->y0 - find_box (boxes, "Sanna Valmentaja")->y1, >, 5);
  g_assert_cmpfloat (fabs (young->y0 - coach->y0), <, 0.5);
  g_assert_cmpfloat (fabs (young->y0 - teacher->y0), <, 0.5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print-layout/empty-document", test_empty_document);
  g_test_add_func ("/print-layout/header-and-footer", test_header_and_footer);
  g_test_add_func ("/print-layout/long-table", test_long_table);
  g_test_add_func ("/print-layout/row-taller-than-page", test_row_taller_than_page);
  g_test_add_func ("/print-layout/pages-grow-with-content", test_pages_grow_with_content);
  g_test_add_func ("/print-layout/everything-inside-the-area", test_everything_inside_the_area);
  g_test_add_func ("/print-layout/finnish-text", test_finnish_text);
  g_test_add_func ("/print-layout/huge-word", test_huge_word);
  g_test_add_func ("/print-layout/plain-text-is-not-markup", test_plain_text_is_not_markup);
  g_test_add_func ("/print-layout/heading-kept-with-text", test_heading_kept_with_text);
  g_test_add_func ("/print-layout/widows-and-orphans", test_widows_and_orphans);
  g_test_add_func ("/print-layout/kept-blocks", test_kept_blocks);
  g_test_add_func ("/print-layout/sections-kept-together", test_sections_kept_together);
  g_test_add_func ("/print-layout/signature-roles-aligned", test_signature_roles_aligned);
  g_test_add_func ("/print-layout/drawing-fits-a-page", test_drawing_fits_a_page);
  g_test_add_func ("/print-layout/page-breaks-and-spacing", test_page_breaks_and_spacing);
  g_test_add_func ("/print-layout/sealed-document", test_sealed_document);
  g_test_add_func ("/print-layout/paper-too-small", test_paper_too_small);
  g_test_add_func ("/print-layout/translations", test_translations);

  return g_test_run ();
}
