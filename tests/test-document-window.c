/* test-document-window.c: the document window (preview, language, period,
 * Export PDF) and the environment report's Print / Preview / Export buttons,
 * on the demo database under Xvfb. With POLKU_TEST_SHOTS=DIR it also saves
 * screenshots (light and dark).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "polku-demo.h"
#include "polku-document-window.h"
#include "polku-environment-report-view.h"
#include "polku-print-preview.h"
#include "polku-test-gtk-utils.h"
#include "polku-test-learners.h"

typedef struct
{
  Fixture       lt;
  PolkuContext *context;
} DocFixture;

/* Auxiliary */

static void
wait_idle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
doc_fixture_setup (DocFixture    *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  lt_fixture_setup_catalogue (&fixture->lt, LT_SET_DEMO);
  g_assert_cmpint (polku_demo_fill (fixture->lt.store, NULL, &error), ==, 0);
  g_assert_no_error (error);
  fixture->context = polku_test_context_new (fixture->lt.store);
}

static void
doc_fixture_teardown (DocFixture    *fixture,
                      gconstpointer  data)
{
  wait_idle ();
  g_clear_object (&fixture->context);
  lt_fixture_teardown (&fixture->lt, data);
}

static GtkStack *
get_stack (PolkuDocumentWindow *window)
{
  /* The window's own, not a drop-down's. */
  for (guint i = 0; i < polku_test_count_widgets (GTK_WIDGET (window), GTK_TYPE_STACK); i++)
    {
      GtkStack *stack = GTK_STACK (polku_test_find_widget (GTK_WIDGET (window), GTK_TYPE_STACK, i));

      if (gtk_stack_get_child_by_name (stack, "loading") != NULL)
        return stack;
    }
  g_assert_not_reached ();
}

static gboolean
window_settled (gpointer data)
{
  PolkuDocumentWindow *window = data;
  GtkStack *stack = get_stack (window);

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "loading") != 0;
}

static PolkuDocumentWindow *
open_window (DocFixture        *fixture,
             PolkuDocumentKind  kind,
             gint64             id)
{
  PolkuDocumentWindow *window = polku_document_window_new (NULL, fixture->context, kind, id);

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 900);
  gtk_window_present (GTK_WINDOW (window));
  polku_test_wait_for (window_settled, window);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (get_stack (window)), "error") == 0)
    g_test_message ("%s: %s", polku_document_kind_to_string (kind),
                    adw_status_page_get_description (ADW_STATUS_PAGE (polku_test_find_widget (GTK_WIDGET (window),
                                                                                              ADW_TYPE_STATUS_PAGE, 0))));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static PolkuPrintPreview *
get_preview (PolkuDocumentWindow *window)
{
  return POLKU_PRINT_PREVIEW (polku_test_find_widget (GTK_WIDGET (window), POLKU_TYPE_PRINT_PREVIEW, 0));
}

static const char *
visible_page (PolkuDocumentWindow *window)
{
  return gtk_stack_get_visible_child_name (get_stack (window));
}

static gboolean
action_enabled (GtkWidget  *widget,
                const char *name)
{
  /* The header bar's buttons follow the actions. */
  for (guint i = 0; i < polku_test_count_widgets (widget, GTK_TYPE_BUTTON); i++)
    {
      GtkWidget *button = polku_test_find_widget (widget, GTK_TYPE_BUTTON, i);

      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), name) == 0)
        return gtk_widget_get_sensitive (button);
    }
  g_assert_not_reached ();
}

static gint64
demo_learner (DocFixture *fixture)
{
  /* A demo learner with a plan and competence shown during a period:
   * every document has content. */
  gint64 id = lt_query_id (fixture->lt.store,
                           "SELECT ifnull ((SELECT c.learner_id FROM competence c "
                           "JOIN plan USING (learner_id) JOIN learner_period p USING (learner_id) "
                           "WHERE c.status IN ('identified', 'demonstrated', 'recognised') "
                           "AND c.shown_on BETWEEN p.starts_on AND ifnull (p.ends_on, '9999-12-31') "
                           "ORDER BY c.learner_id LIMIT 1), 0)");

  g_assert_cmpint (id, >, 0);
  return id;
}

static void
destroy_window (PolkuDocumentWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_idle ();
  g_assert_finalize_object (window);
}

/* The first page as pixels: what a reader would see of the document. */
static GBytes *
render_first_page (PolkuPrintDocument *document)
{
  g_autoptr(PolkuPrintDocument) copy = polku_print_document_copy (document);
  PangoContext *pango_context = polku_print_create_pango_context (NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  GBytes *pixels;

  g_assert_cmpuint (polku_print_document_paginate (copy, pango_context, POLKU_PRINTABLE_WIDTH,
                                                   POLKU_PRINTABLE_HEIGHT, NULL), >, 0);
  g_object_unref (pango_context);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) POLKU_PAGE_WIDTH, (int) POLKU_PAGE_HEIGHT);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_translate (cr, POLKU_PAGE_MARGIN_LEFT, POLKU_PAGE_MARGIN_TOP);
  polku_print_document_draw_page (copy, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                        cairo_image_surface_get_stride (surface) * cairo_image_surface_get_height (surface));
  cairo_surface_destroy (surface);
  return pixels;
}

typedef struct
{
  GMainLoop *loop;
  gboolean   ok;
  GError    *error;
} ExportState;

static void
export_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  ExportState *state = user_data;

  state->ok = polku_document_window_export_pdf_finish (POLKU_DOCUMENT_WINDOW (source), result, &state->error);
  g_main_loop_quit (state->loop);
}

static guint
pdf_page_count (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  const char *pages;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  pages = strstr (out, "\nPages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + 7, NULL, 10);
}

/* Tests */

static void
test_plan_language (DocFixture    *fixture,
                    gconstpointer  data)
{
  gint64 learner_id = demo_learner (fixture);
  PolkuDocumentWindow *window = open_window (fixture, POLKU_DOCUMENT_PLAN, learner_id);
  PolkuPrintPreview *preview = get_preview (window);
  PolkuPrintDocument *fi_doc;
  g_autofree char *fi_title = NULL;
  g_autoptr(GBytes) fi_page = NULL;
  g_autoptr(GBytes) sv_page = NULL;
  g_autoptr(GBytes) fi_again = NULL;
  g_autofree char *document_language = NULL;
  GtkDropDown *language;
  gint64 started;

  g_assert_cmpstr (visible_page (window), ==, "preview");
  fi_doc = polku_document_window_get_document (window);
  g_assert_nonnull (fi_doc);
  g_assert_true (polku_print_preview_get_document (preview) == fi_doc);
  g_assert_cmpuint (polku_print_preview_get_n_pages (preview), >, 0);
  g_assert_cmpstr (polku_print_document_get_language (fi_doc), ==, "fi");
  g_assert_cmpstr (polku_document_window_get_language (window), ==, "fi");
  g_assert_true (action_enabled (GTK_WIDGET (window), "win.print"));
  g_assert_true (action_enabled (GTK_WIDGET (window), "win.export-pdf"));
  fi_title = g_strdup (polku_print_document_get_title (fi_doc));
  fi_page = render_first_page (fi_doc);
  polku_test_assert_all_controls_named (GTK_WIDGET (window));

  /* The period chooser is the certificate's alone. */
  language = GTK_DROP_DOWN (polku_test_find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN, 0));
  g_assert_cmpuint (gtk_drop_down_get_selected (language), ==, 0);
  g_assert_false (gtk_widget_get_visible (polku_test_find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN, 1)));

  /* Swedish through the action: rebuilt, in Swedish, the chooser follows. */
  started = g_get_monotonic_time ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", "sv"));
  g_test_message ("Rebuilding the plan took %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - started) / 1000);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (polku_document_window_get_language (window), ==, "sv");
  g_assert_cmpuint (gtk_drop_down_get_selected (language), ==, 1);
  g_assert_nonnull (polku_document_window_get_document (window));
  g_assert_cmpstr (polku_print_document_get_language (polku_document_window_get_document (window)), ==, "sv");
  g_assert_true (polku_print_preview_get_document (preview) == polku_document_window_get_document (window));
  g_assert_cmpuint (polku_print_preview_get_n_pages (preview), >, 0);
  /* Its words are Swedish (the catalogue's sv texts at least): another page. */
  sv_page = render_first_page (polku_document_window_get_document (window));
  g_assert_false (g_bytes_equal (fi_page, sv_page));

  /* And back through the chooser. */
  gtk_drop_down_set_selected (language, 0);
  g_assert_cmpstr (polku_document_window_get_language (window), ==, "fi");
  g_assert_cmpstr (polku_print_document_get_title (polku_document_window_get_document (window)), ==, fi_title);
  fi_again = render_first_page (polku_document_window_get_document (window));
  g_assert_true (g_bytes_equal (fi_page, fi_again));

  /* The interface language is untouched by all this. */
  document_language = g_settings_get_string (polku_context_get_settings (fixture->context), "document-language");
  g_assert_cmpstr (document_language, ==, "fi");

  polku_test_screenshot_light_dark (GTK_WIDGET (window), "document-window-plan");
  destroy_window (window);
}

static void
test_default_language (DocFixture    *fixture,
                       gconstpointer  data)
{
  GSettings *settings = polku_context_get_settings (fixture->context);
  PolkuDocumentWindow *window;

  g_settings_set_string (settings, "document-language", "sv");
  window = open_window (fixture, POLKU_DOCUMENT_PLAN, demo_learner (fixture));
  g_assert_cmpstr (polku_document_window_get_language (window), ==, "sv");
  g_assert_nonnull (polku_document_window_get_document (window));
  g_assert_cmpstr (polku_print_document_get_language (polku_document_window_get_document (window)), ==, "sv");
  destroy_window (window);
  g_settings_reset (settings, "document-language");
}

static void
test_certificate_export (DocFixture    *fixture,
                         gconstpointer  data)
{
  gint64 learner_id = demo_learner (fixture);
  PolkuDocumentWindow *window = open_window (fixture, POLKU_DOCUMENT_CERTIFICATE, learner_id);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autofree char *dir = polku_test_make_tmpdir ();
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *pdfinfo = NULL;
  g_autoptr(GFile) file = NULL;
  ExportState state = { loop, FALSE, NULL };
  GtkDropDown *periods;
  gint64 n_periods;
  gsize length = 0;
  guint n_pages;

  g_assert_cmpstr (visible_page (window), ==, "preview");
  g_assert_nonnull (polku_document_window_get_document (window));
  n_pages = polku_print_preview_get_n_pages (get_preview (window));
  g_assert_cmpuint (n_pages, >, 0);
  polku_test_assert_all_controls_named (GTK_WIDGET (window));

  /* The learner's periods, newest first; the newest is chosen. */
  periods = GTK_DROP_DOWN (polku_test_find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN, 1));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (periods)));
  n_periods = lt_query_id (fixture->lt.store, "SELECT count(*) FROM learner_period WHERE learner_id = %" G_GINT64_FORMAT,
                           learner_id);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (periods)), ==, n_periods);
  {
    g_autoptr(PolkuPeriodRecord) period = NULL;

    /* The newest period with something to certify is chosen. */
    period = polku_store_get_period (fixture->lt.store, polku_document_window_get_period_id (window), NULL);
    g_assert_nonnull (period);
    g_assert_cmpint (period->learner_id, ==, learner_id);
    g_assert_cmpint (lt_query_id (fixture->lt.store,
                                  "SELECT period_id FROM learner_period WHERE learner_id = %" G_GINT64_FORMAT
                                  " ORDER BY starts_on DESC, period_id DESC LIMIT 1 OFFSET %u", learner_id,
                                  gtk_drop_down_get_selected (periods)),
                     ==, period->period_id);
  }
  if (n_periods > 1)
    {
      guint chosen = gtk_drop_down_get_selected (periods);
      gint64 period_id = polku_document_window_get_period_id (window);
      PolkuPrintDocument *before = polku_document_window_get_document (window);

      /* Another period: rebuilt for it (or said why not, in the window). */
      polku_print_document_ref (before);
      gtk_drop_down_set_selected (periods, chosen == 0 ? 1 : 0);
      g_assert_cmpint (polku_document_window_get_period_id (window), !=, period_id);
      g_assert_true (polku_document_window_get_document (window) != before);
      polku_print_document_unref (before);
      gtk_drop_down_set_selected (periods, chosen);
      g_assert_cmpint (polku_document_window_get_period_id (window), ==, period_id);
      g_assert_cmpstr (visible_page (window), ==, "preview");
    }

  /* The offered name: the title, whose, today. */
  name = polku_document_window_dup_file_name (window);
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  g_assert_null (strchr (name, '/'));
  {
    g_autoptr(PolkuLearnerRecord) learner = polku_store_get_learner (fixture->lt.store, learner_id, NULL);

    g_assert_nonnull (strstr (name, learner->last_name));
  }

  path = g_build_filename (dir, name, NULL);
  file = g_file_new_for_path (path);
  polku_document_window_export_pdf_async (window, file, NULL, export_cb, &state);
  g_main_loop_run (loop);
  g_assert_no_error (state.error);
  g_assert_true (state.ok);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  pdfinfo = g_find_program_in_path ("pdfinfo");
  if (pdfinfo != NULL)
    g_assert_cmpuint (pdf_page_count (path), ==, n_pages);

  polku_test_screenshot_light_dark (GTK_WIDGET (window), "document-window-certificate");
  destroy_window (window);
  polku_test_remove_tree (dir);
}

static gboolean
file_chooser_shown (gpointer data)
{
  return polku_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, FALSE) != NULL;
}

static gboolean
file_chooser_gone (gpointer data)
{
  return polku_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, FALSE) == NULL;
}

/* Shift+Ctrl+E's action asks where, offering the document's name. */
static void
test_export_action (DocFixture    *fixture,
                    gconstpointer  data)
{
  PolkuDocumentWindow *window;
  g_autofree char *name = NULL;
  g_autofree char *offered = NULL;
  GtkWindow *chooser;

#ifdef __SANITIZE_ADDRESS__
  /* GTK's file chooser leaks in libcloudproviders, outside Polku. */
  g_test_skip ("GTK's file chooser leaks under LeakSanitizer");
  return;
#endif

  window = open_window (fixture, POLKU_DOCUMENT_PLAN, demo_learner (fixture));
  name = polku_document_window_dup_file_name (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-pdf", NULL));
  polku_test_wait_for (file_chooser_shown, NULL);
  chooser = polku_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG, FALSE);
  g_assert_true (gtk_window_get_transient_for (chooser) == GTK_WINDOW (window));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  offered = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (chooser)), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_cmpstr (offered, ==, name);

  /* Cancelled: no error, no file. */
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  polku_test_wait_for (file_chooser_gone, NULL);
  destroy_window (window);
}

static void
test_missing_learner (DocFixture    *fixture,
                      gconstpointer  data)
{
  PolkuDocumentWindow *window = open_window (fixture, POLKU_DOCUMENT_REVIEW_SHEET, 999999);
  AdwStatusPage *status = ADW_STATUS_PAGE (polku_test_find_widget (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE, 0));

  /* Said in the window, never a warning; nothing to print or export. */
  g_assert_cmpstr (visible_page (window), ==, "error");
  g_assert_null (polku_document_window_get_document (window));
  g_assert_nonnull (adw_status_page_get_description (status));
  g_assert_cmpstr (adw_status_page_get_description (status), !=, "");
  g_assert_false (action_enabled (GTK_WIDGET (window), "win.print"));
  g_assert_false (action_enabled (GTK_WIDGET (window), "win.export-pdf"));
  polku_test_assert_all_controls_named (GTK_WIDGET (window));
  polku_test_screenshot_light_dark (GTK_WIDGET (window), "document-window-error");
  destroy_window (window);
}

static GtkWindow *
find_print_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* GtkPrintUnixDialog, without gtk4-unix-print's headers. */
      if (g_str_equal (G_OBJECT_TYPE_NAME (window), "GtkPrintUnixDialog"))
        return window;
    }
  return NULL;
}

static gboolean
print_dialog_shown (gpointer data)
{
  return find_print_dialog () != NULL;
}

static gboolean
print_action_enabled (gpointer data)
{
  return action_enabled (data, "win.print");
}

static void
test_environment_report_view (DocFixture    *fixture,
                              gconstpointer  data)
{
  gint64 workshop_id = lt_query_id (fixture->lt.store,
                                    "SELECT workshop_id FROM task GROUP BY workshop_id "
                                    "ORDER BY count(*) DESC, workshop_id LIMIT 1");
  GtkWidget *window = adw_window_new ();
  PolkuEnvironmentReportView *view = POLKU_ENVIRONMENT_REPORT_VIEW (polku_environment_report_view_new ());
  PolkuDocumentWindow *document_window;
  PolkuPrintDocument *document;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  adw_window_set_content (ADW_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  polku_environment_report_view_set_workshop (view, fixture->context, workshop_id);
  gtk_test_widget_wait_for_draw (window);

  g_assert_true (action_enabled (GTK_WIDGET (view), "report.preview"));
  g_assert_true (action_enabled (GTK_WIDGET (view), "report.print"));
  g_assert_true (action_enabled (GTK_WIDGET (view), "report.export-pdf"));
  polku_test_assert_all_controls_named (window);
  polku_test_screenshot_light_dark (window, "environment-report-view");

  g_assert_null (polku_test_find_toplevel (POLKU_TYPE_DOCUMENT_WINDOW, FALSE));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "report.preview", NULL));
  document_window = polku_test_find_toplevel (POLKU_TYPE_DOCUMENT_WINDOW, FALSE);
  g_assert_nonnull (document_window);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (document_window)) == GTK_WINDOW (window));
  polku_test_wait_for (window_settled, document_window);
  g_assert_cmpstr (visible_page (document_window), ==, "preview");
  document = polku_document_window_get_document (document_window);
  g_assert_nonnull (document);
  g_assert_cmpuint (polku_print_preview_get_n_pages (get_preview (document_window)), >, 0);
  polku_test_assert_all_controls_named (GTK_WIDGET (document_window));
  polku_test_screenshot_light_dark (GTK_WIDGET (document_window), "document-window-environment-report");

  /* Escape closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (document_window), "window.close", NULL));
  wait_idle ();
  g_assert_null (polku_test_find_toplevel (POLKU_TYPE_DOCUMENT_WINDOW, FALSE));

  /* Print: the same window, then GTK's print dialog over it once built. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "report.print", NULL));
  document_window = polku_test_find_toplevel (POLKU_TYPE_DOCUMENT_WINDOW, FALSE);
  g_assert_nonnull (document_window);
  polku_test_wait_for (print_dialog_shown, NULL);
  g_assert_true (gtk_window_get_transient_for (find_print_dialog ()) == GTK_WINDOW (document_window));
  gtk_dialog_response (GTK_DIALOG (find_print_dialog ()), GTK_RESPONSE_CANCEL);
  polku_test_wait_for (print_action_enabled, document_window);
  gtk_window_destroy (GTK_WINDOW (document_window));

  gtk_window_destroy (GTK_WINDOW (window));
  wait_idle ();
}

static void
test_print_dialog (DocFixture    *fixture,
                   gconstpointer  data)
{
  PolkuDocumentWindow *window = open_window (fixture, POLKU_DOCUMENT_PLAN, demo_learner (fixture));
  GtkWindow *dialog;

  /* Ctrl+P's action opens GTK's dialog over the window, asynchronously. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  polku_test_wait_for (print_dialog_shown, NULL);
  dialog = find_print_dialog ();
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  g_assert_false (action_enabled (GTK_WIDGET (window), "win.print"));
  polku_test_screenshot_light_dark (GTK_WIDGET (dialog), "print-dialog");

  /* Cancelled: nothing printed, Print is there again. */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  polku_test_wait_for (print_action_enabled, window);
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *user_dirs = NULL;
  int status;

  /* No CUPS: its backend may complain about a missing server. */
  g_setenv ("GTK_PRINT_BACKENDS", "file", TRUE);
  user_dirs = polku_test_gtk_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/document-window/" path, DocFixture, NULL, doc_fixture_setup, func, doc_fixture_teardown)

  ADD ("plan-language", test_plan_language);
  ADD ("default-language", test_default_language);
  ADD ("certificate-export", test_certificate_export);
  ADD ("export-action", test_export_action);
  ADD ("missing-learner", test_missing_learner);
  ADD ("environment-report-view", test_environment_report_view);
  ADD ("print-dialog", test_print_dialog);

#undef ADD

  status = g_test_run ();
  lt_remove_templates ();
  polku_test_remove_tree (user_dirs);
  return status;
}
