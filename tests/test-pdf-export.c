/* test-pdf-export.c: PDF export without a display, read back with poppler-utils.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "polku-pdf-export.h"
#include "polku-test-print.h"
#include "polku-print-i18n.h"
#include "polku-test-utils.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = polku_test_make_tmpdir ();
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  polku_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static guint
paginated_pages (PolkuPrintDocument *doc)
{
  g_autoptr(PolkuPrintDocument) copy = polku_print_document_copy (doc);
  PangoContext *context = polku_print_create_pango_context (NULL);
  guint n_pages;

  n_pages = polku_print_document_paginate (copy, context, POLKU_PRINTABLE_WIDTH,
                                           POLKU_PRINTABLE_HEIGHT, NULL);
  g_object_unref (context);
  return n_pages;
}

/* Keeps a copy for looking at: POLKU_TEST_KEEP_PDF=/tmp/x.pdf */
static void
maybe_keep (const char *path)
{
  const char *keep = g_getenv ("POLKU_TEST_KEEP_PDF");
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) target = NULL;

  if (keep == NULL)
    return;

  source = g_file_new_for_path (path);
  target = g_file_new_for_path (keep);
  g_file_copy (source, target, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, NULL);
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_long_document (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(PolkuPrintDocument) doc = polku_test_print_sample (120, "fi");
  g_autofree char *path = g_build_filename (fixture->dir, "yhteenveto.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  guint n_pages, expected;

  if (!polku_test_have_poppler ())
    return;

  /* No display is needed, nor used. */
  g_unsetenv ("DISPLAY");
  g_unsetenv ("WAYLAND_DISPLAY");

  g_assert_true (polku_pdf_export_to_file (doc, path, &error));
  g_assert_no_error (error);
  maybe_keep (path);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);

  expected = paginated_pages (doc);
  n_pages = polku_test_pdf_pages (path);
  g_assert_cmpuint (n_pages, ==, expected);
  g_assert_cmpuint (n_pages, >=, 5);

  {
    const char *argv[] = { "pdfinfo", path, NULL };

    info = polku_test_run_tool (argv);
    g_assert_nonnull (strstr (info, "Title:           Opintopolun yhteenveto\n"));
    g_assert_nonnull (strstr (info, "Creator:         Polku\n"));
    g_assert_nonnull (strstr (info, "Page size:       595.276 x 841.89 pts (A4)"));
  }

  {
    const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };

    text = polku_test_run_tool (argv);
  }

  /* pdftotext ends every page with a form feed. */
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);

  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *footer = g_strdup_printf ("%u/%u", i + 1, n_pages);
      g_auto(GStrv) lines = g_strsplit (pages[i], "\n", -1);
      guint last = g_strv_length (lines);
      g_autofree char *printed = g_strdup_printf (polku_print_gettext ("fi", "Printed %s"), "20.5.2025");

      /* Header with organisation and title, footer with date and page. */
      g_assert_nonnull (strstr (lines[0], "Nuorten Työpajat ry"));
      g_assert_nonnull (strstr (lines[0], "Opintopolun yhteenveto"));
      while (last > 0 && *g_strstrip (lines[last - 1]) == '\0')
        last--;
      g_assert_cmpuint (last, >, 2);
      /* The footer speaks the document's language, whatever the UI's is. */
      g_assert_true (g_str_has_prefix (lines[last - 1], printed));
      /* pdftotext guesses the narrow spaces around the slash either way. */
      g_assert_true (g_str_has_suffix (polku_test_without_spaces (lines[last - 1]), footer));

      /* The table's header on every page its rows are on. */
      if (strstr (pages[i], "Rakentamisen perustehtävät") != NULL)
        {
          g_assert_nonnull (strstr (pages[i], "Tutkinnon osa"));
          g_assert_nonnull (strstr (pages[i], "Laajuus"));
        }
    }

  /* Finnish text, the default escaping, every row. */
  g_assert_nonnull (strstr (text, "Äijä harjoittelee pajalla puutöiden perusteita"));
  g_assert_nonnull (strstr (text, "<b>Tämä ei ole lihavoitu</b>"));
  g_assert_nonnull (strstr (text, "Työturvallisuus ja suojaimet"));
  g_assert_nonnull (strstr (text, "OPH-2607-2017"));
  g_assert_nonnull (strstr (text, "Väärämäki 20.5.2025"));
  g_assert_nonnull (strstr (text, "Sanna Työvalmentaja"));
  g_assert_nonnull (strstr (text, "12 / 25 osp"));
  g_assert_nonnull (strstr (text, "Perehdytys"));
  for (guint r = 1; r <= 120; r++)
    {
      g_autofree char *row = g_strdup_printf ("Rakentamisen perustehtävät %u ", r);

      g_assert_nonnull (strstr (text, row));
    }
}

/* pdftotext -bbox: every word lies inside the sheet's margins. */
static void
test_words_inside_margins (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(PolkuPrintDocument) doc = polku_test_print_sample (50, "sv");
  g_autofree char *path = g_build_filename (fixture->dir, "bbox.pdf", NULL);
  g_autoptr(GError) error = NULL;

  if (!polku_test_have_poppler ())
    return;

  g_assert_true (polku_pdf_export_to_file (doc, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (polku_test_pdf_words_inside (path, 1), >, 500);
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(PolkuPrintDocument) doc = polku_test_print_sample (3, "fi");
  g_autofree char *missing = g_build_filename (fixture->dir, "ei-ole", NULL);
  g_autofree char *path = g_build_filename (missing, "x.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (polku_pdf_export_to_file (doc, path, &error));
  g_assert_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "x.pdf"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_entries (fixture->dir), ==, 0);
}

/* Renaming onto a folder fails at the very end: the temporary file goes. */
static void
test_failure_leaves_nothing (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(PolkuPrintDocument) doc = polku_test_print_sample (3, "fi");
  g_autofree char *path = g_build_filename (fixture->dir, "kansio.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_false (polku_pdf_export_to_file (doc, path, &error));
  g_assert_error (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_IO);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
}

static void
test_replaces_existing_file (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(PolkuPrintDocument) doc = polku_test_print_sample (3, "fi");
  g_autofree char *path = g_build_filename (fixture->dir, "vanha.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  polku_test_write_file (path, "not a pdf", -1);
  g_assert_true (polku_pdf_export_to_file (doc, path, &error));
  g_assert_no_error (error);

  bytes = polku_test_read_file (path);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 1000);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);
}

typedef struct
{
  GMainLoop *loop;
  GError    *error;
  gboolean   ok;
} AsyncResult;

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncResult *state = user_data;

  state->ok = polku_pdf_export_finish (result, &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "async.pdf", NULL);
  g_autofree char *cancelled_path = g_build_filename (fixture->dir, "peruttu.pdf", NULL);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncResult state = { loop, NULL, FALSE };
  guint draws = polku_test_print_draw_count ();

  if (!polku_test_have_poppler ())
    return;

  /* The caller lets go of the document at once: the export has its own. */
  {
    g_autoptr(PolkuPrintDocument) doc = polku_test_print_sample (80, "sv");

    polku_pdf_export_async (doc, path, NULL, export_done_cb, &state);
    g_assert_true (polku_print_document_is_sealed (doc));
  }
  g_main_loop_run (loop);
  g_assert_no_error (state.error);
  g_assert_true (state.ok);
  g_assert_cmpuint (polku_test_pdf_pages (path), >=, 3);
  g_assert_cmpuint (polku_test_print_draw_count (), >, draws);

  /* Cancelled: an error and no file. */
  {
    g_autoptr(PolkuPrintDocument) doc = polku_test_print_sample (80, "sv");

    g_cancellable_cancel (cancellable);
    polku_pdf_export_async (doc, cancelled_path, cancellable, export_done_cb, &state);
  }
  g_main_loop_run (loop);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (state.ok);
  g_clear_error (&state.error);
  g_assert_cmpuint (count_entries (fixture->dir), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/pdf-export/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("long-document", test_long_document);
  ADD ("words-inside-margins", test_words_inside_margins);
  ADD ("missing-folder", test_missing_folder);
  ADD ("failure-leaves-nothing", test_failure_leaves_nothing);
  ADD ("replaces-existing-file", test_replaces_existing_file);
  ADD ("async", test_async);

#undef ADD

  return g_test_run ();
}
