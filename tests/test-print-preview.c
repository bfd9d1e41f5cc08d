/* test-print-preview.c: the print preview widget and the print operation, under Xvfb.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "polku-print-operation.h"
#include "polku-print-page-view.h"
#include "polku-print-preview.h"
#include "polku-test-gtk-utils.h"
#include "polku-test-print.h"
#include "polku-test-utils.h"

typedef struct
{
  GtkWidget         *window;
  PolkuPrintPreview *preview;
  PolkuPrintPageView *page_view;
  GtkLabel          *page_label;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 700, 800);
  fixture->preview = POLKU_PRINT_PREVIEW (polku_print_preview_new ());
  gtk_window_set_child (GTK_WINDOW (fixture->window), GTK_WIDGET (fixture->preview));
  fixture->page_view = POLKU_PRINT_PAGE_VIEW (polku_test_find_widget (GTK_WIDGET (fixture->preview),
                                                                      POLKU_TYPE_PRINT_PAGE_VIEW, 0));
  fixture->page_label = GTK_LABEL (polku_test_find_widget (GTK_WIDGET (fixture->preview), GTK_TYPE_LABEL, 0));
  g_assert_nonnull (fixture->page_view);
  g_assert_nonnull (fixture->page_label);

  gtk_window_present (GTK_WINDOW (fixture->window));
  gtk_test_widget_wait_for_draw (fixture->window);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_object_ref (fixture->preview);
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  g_assert_finalize_object (fixture->preview);
}

static void
assert_page (Fixture *fixture,
             guint    page,
             guint    n_pages)
{
  g_autofree char *label = g_strdup_printf ("Page %u of %u", page + 1, n_pages);

  g_assert_cmpuint (polku_print_preview_get_page (fixture->preview), ==, page);
  g_assert_cmpuint (polku_print_preview_get_n_pages (fixture->preview), ==, n_pages);
  g_assert_cmpstr (gtk_label_get_label (fixture->page_label), ==, label);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->page_view),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (fixture->page_view)),
                   ==, GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (fixture->page_view)));
  gtk_test_widget_wait_for_draw (fixture->window);
}

static gboolean
action_enabled (Fixture    *fixture,
                const char *name)
{
  gboolean enabled = FALSE;

  /* The buttons follow the actions. */
  for (guint i = 0; i < polku_test_count_widgets (GTK_WIDGET (fixture->preview), GTK_TYPE_BUTTON); i++)
    {
      GtkWidget *button = polku_test_find_widget (GTK_WIDGET (fixture->preview), GTK_TYPE_BUTTON, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), name) == 0)
        enabled = gtk_widget_get_sensitive (button);
    }

  return enabled;
}

static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  g_assert_null (polku_print_preview_get_document (fixture->preview));
  g_assert_cmpuint (polku_print_preview_get_n_pages (fixture->preview), ==, 0);
  g_assert_cmpstr (gtk_label_get_label (fixture->page_label), ==, "No pages");
  g_assert_false (action_enabled (fixture, "preview.previous-page"));
  g_assert_false (action_enabled (fixture, "preview.next-page"));
  polku_test_assert_all_controls_named (fixture->window);
}

static void
test_pages (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(PolkuPrintDocument) doc = polku_test_print_sample (80, "fi");
  guint n_pages;

  polku_print_preview_set_document (fixture->preview, doc);
  g_assert_true (polku_print_preview_get_document (fixture->preview) == doc);
  g_assert_true (polku_print_document_is_sealed (doc));
  n_pages = polku_print_preview_get_n_pages (fixture->preview);
  g_assert_cmpuint (n_pages, >=, 3);

  assert_page (fixture, 0, n_pages);
  g_assert_false (action_enabled (fixture, "preview.previous-page"));
  g_assert_true (action_enabled (fixture, "preview.next-page"));
  polku_test_assert_all_controls_named (fixture->window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->preview), "preview.next-page", NULL));
  assert_page (fixture, 1, n_pages);
  g_assert_true (action_enabled (fixture, "preview.previous-page"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->preview), "preview.previous-page", NULL));
  assert_page (fixture, 0, n_pages);

  /* Every page draws (under fatal warnings); past the end is the last. */
  for (guint i = 0; i < n_pages; i++)
    {
      polku_print_preview_set_page (fixture->preview, i);
      assert_page (fixture, i, n_pages);
    }
  polku_print_preview_set_page (fixture->preview, 999);
  assert_page (fixture, n_pages - 1, n_pages);
  g_assert_false (action_enabled (fixture, "preview.next-page"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->preview), "preview.next-page", NULL));
  assert_page (fixture, n_pages - 1, n_pages);

  /* Another document starts from its first page. */
  {
    g_autoptr(PolkuPrintDocument) short_doc = polku_test_print_sample (1, "sv");

    polku_print_preview_set_document (fixture->preview, short_doc);
    assert_page (fixture, 0, polku_print_preview_get_n_pages (fixture->preview));
  }

  polku_print_preview_set_document (fixture->preview, NULL);
  g_assert_cmpuint (polku_print_preview_get_n_pages (fixture->preview), ==, 0);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->page_view),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "No pages to show");
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(PolkuPrintDocument) doc = polku_test_print_sample (10, "fi");
  GtkWidget *view = GTK_WIDGET (fixture->page_view);
  int fit_height;

  polku_print_preview_set_document (fixture->preview, doc);
  gtk_test_widget_wait_for_draw (fixture->window);

  /* Fit width: the page fills the width, whatever the window's. */
  g_assert_cmpstr (polku_print_preview_get_zoom (fixture->preview), ==, "fit-width");
  g_assert_true (polku_print_page_view_get_fit_width (fixture->page_view));
  g_assert_cmpfloat (polku_print_page_view_get_scale (fixture->page_view), <, 96.0 / 72.0);
  g_assert_cmpfloat (polku_print_page_view_get_scale (fixture->page_view), >, 0.8);
  fit_height = gtk_widget_get_height (view);

  /* 100 %: a point is 96/72 pixels. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->preview), "preview.zoom", "s", "actual-size"));
  g_assert_cmpstr (polku_print_preview_get_zoom (fixture->preview), ==, "actual-size");
  g_assert_false (polku_print_page_view_get_fit_width (fixture->page_view));
  gtk_test_widget_wait_for_draw (fixture->window);
  g_assert_cmpfloat (polku_print_page_view_get_scale (fixture->page_view), ==, 96.0 / 72.0);
  g_assert_cmpint (gtk_widget_get_width (view), >=, (int) (POLKU_PAGE_WIDTH * 96.0 / 72.0));
  g_assert_cmpint (gtk_widget_get_height (view), >, fit_height);

  {
    GtkWidget *actual = polku_test_find_widget (GTK_WIDGET (fixture->preview), GTK_TYPE_TOGGLE_BUTTON, 1);
    GtkWidget *fit = polku_test_find_widget (GTK_WIDGET (fixture->preview), GTK_TYPE_TOGGLE_BUTTON, 0);

    g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (actual)));
    g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (fit)));
  }

  polku_print_preview_set_zoom (fixture->preview, "nonsense");
  g_assert_cmpstr (polku_print_preview_get_zoom (fixture->preview), ==, "fit-width");
  gtk_test_widget_wait_for_draw (fixture->window);
}

typedef struct
{
  GMainLoop               *loop;
  GtkPrintOperationResult  result;
} DoneState;

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         DoneState               *state)
{
  state->result = result;
  g_main_loop_quit (state->loop);
}

static void
test_print_operation (void)
{
  g_autoptr(PolkuPrintDocument) doc = polku_test_print_sample (60, "fi");
  g_autoptr(PolkuPrintOperation) operation = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = polku_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "tulostus.pdf", NULL);
  g_autofree char *saved = g_build_filename (g_get_user_data_dir (), "polku", "page-setup.ini", NULL);
  g_autofree char *text = NULL;
  g_autofree char *pdfinfo = NULL;
  DoneState state = { loop, GTK_PRINT_OPERATION_RESULT_ERROR };
  GtkPrintOperationResult result;
  GtkPageSetup *setup;
  guint expected;
  gboolean allow_async, embed, full_page;
  GtkUnit unit;

  operation = polku_print_operation_new (doc);
  g_assert_true (polku_print_operation_get_document (operation) == doc);

  g_object_get (operation,
                "allow-async", &allow_async,
                "embed-page-setup", &embed,
                "use-full-page", &full_page,
                "unit", &unit,
                NULL);
  g_assert_true (allow_async);
  g_assert_true (embed);
  g_assert_false (full_page);
  g_assert_cmpint (unit, ==, GTK_UNIT_POINTS);

  setup = gtk_print_operation_get_default_page_setup (GTK_PRINT_OPERATION (operation));
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (setup)), ==, GTK_PAPER_NAME_A4);
  g_assert_cmpfloat_with_epsilon (gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS), POLKU_PAGE_MARGIN_LEFT, 0.01);
  g_assert_cmpfloat_with_epsilon (gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS), POLKU_PAGE_MARGIN_TOP, 0.01);

  /* Exporting goes through begin_print, draw_page and end_print like
   * printing does, without a dialog. */
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), &state);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    g_main_loop_run (loop);
  else
    state.result = result;
  g_assert_cmpint (state.result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_null (polku_print_operation_get_layout_error (operation));
  g_assert_true (g_file_test (saved, G_FILE_TEST_EXISTS));

  /* The same pages as the preview and the PDF export. */
  {
    g_autoptr(PolkuPrintDocument) copy = polku_print_document_copy (doc);
    PangoContext *context = polku_print_create_pango_context (NULL);

    expected = polku_print_document_paginate (copy, context, POLKU_PRINTABLE_WIDTH,
                                              POLKU_PRINTABLE_HEIGHT, NULL);
    g_object_unref (context);
  }

  pdfinfo = g_find_program_in_path ("pdfinfo");
  if (pdfinfo != NULL)
    {
      const char *info_argv[] = { "pdfinfo", path, NULL };
      const char *text_argv[] = { "pdftotext", "-layout", path, "-", NULL };
      g_autofree char *info = NULL;

      g_spawn_sync (NULL, (char **) info_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &info, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (strstr (info, "\nPages:"));
      g_assert_cmpuint (g_ascii_strtoull (strstr (info, "\nPages:") + 7, NULL, 10), ==, expected);

      g_spawn_sync (NULL, (char **) text_argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &text, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (strstr (text, "Äijä harjoittelee pajalla"));
      g_assert_nonnull (strstr (text, "Rakentamisen perustehtävät 60"));
    }

  polku_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *user_dirs = NULL;
  int status;

  user_dirs = polku_test_isolate_user_dirs ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/print-preview/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("empty", test_empty);
  ADD ("pages", test_pages);
  ADD ("zoom", test_zoom);

#undef ADD

  g_test_add_func ("/print-operation/export", test_print_operation);

  status = g_test_run ();
  polku_test_remove_tree (user_dirs);
  return status;
}
