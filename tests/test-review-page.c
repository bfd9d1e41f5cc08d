/* test-review-page.c: the Review section and the decision dialog on the demo
 * database, under Xvfb: they render without warnings, every control is named,
 * and a decision (and a reopening) made through the UI lands in the store.
 * With POLKU_TEST_SHOTS=DIR it also saves screenshots.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "polku-decision-dialog.h"
#include "polku-demo.h"
#include "polku-exchange-import-dialog.h"
#include "polku-package-export-dialog.h"
#include "polku-catalogue-page.h"
#include "polku-review-page.h"
#include "polku-window.h"
#include "polku-test-gtk-utils.h"
#include "polku-test-learners.h"

typedef struct
{
  Fixture          lt;
  PolkuContext    *context;
  GtkWidget       *window;
  PolkuReviewPage *page;
} PageFixture;

/* The demo is filled once and copied for each test (the ASan build is slow). */
static char *demo_dir;

static void
setup_demo (Fixture *lt)
{
  g_autofree char *template = demo_dir != NULL ? g_build_filename (demo_dir, "polku.db", NULL) : NULL;
  g_autoptr(GError) error = NULL;

  if (template != NULL)
    {
      g_autoptr(GBytes) bytes = polku_test_read_file (template);
      g_autofree char *copy = NULL;

      lt->dir = polku_test_make_tmpdir ();
      copy = g_build_filename (lt->dir, "polku.db", NULL);
      polku_test_write_file (copy, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
      lt->store = polku_test_open_store (lt->dir);
      return;
    }

  lt_fixture_setup_catalogue (lt, LT_SET_DEMO);
  g_assert_cmpint (polku_demo_fill (lt->store, NULL, &error), ==, 0);
  g_assert_no_error (error);

  /* A consistent copy through SQLite's backup API. */
  {
    g_autofree char *backup = polku_store_backup (lt->store, 1, &error);
    g_autoptr(GBytes) bytes = NULL;

    g_assert_no_error (error);
    g_assert_nonnull (backup);
    bytes = polku_test_read_file (backup);
    demo_dir = polku_test_make_tmpdir ();
    template = g_build_filename (demo_dir, "polku.db", NULL);
    polku_test_write_file (template, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
  }
}

static void
page_fixture_setup (PageFixture   *fixture,
                    gconstpointer  data)
{
  gboolean empty = GPOINTER_TO_INT (data);

  if (empty)
    lt_fixture_setup_catalogue (&fixture->lt, LT_SET_EMPTY);
  else
    setup_demo (&fixture->lt);
  fixture->context = polku_test_context_new (fixture->lt.store);

  fixture->window = adw_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1100, 760);
  fixture->page = POLKU_REVIEW_PAGE (polku_review_page_new ());
  adw_window_set_content (ADW_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
  polku_review_page_set_context (fixture->page, fixture->context);
  polku_test_wait_frames (fixture->window, 2);
}

static void
page_fixture_teardown (PageFixture   *fixture,
                       gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_object (&fixture->context);
  lt_fixture_teardown (&fixture->lt, data);
}

/* The button whose label is @label (with its mnemonic underscore). */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  guint n = polku_test_count_widgets (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *button = polku_test_find_widget (root, GTK_TYPE_BUTTON, i);

      if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), label) == 0)
        return button;
    }

  g_assert_not_reached ();
}

/* The review list (the drop-downs have list views of their own, in popovers). */
static GtkListView *
list_view (PageFixture *fixture)
{
  guint n = polku_test_count_widgets (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_VIEW);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *view = polku_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_LIST_VIEW, i);

      if (gtk_widget_get_ancestor (view, GTK_TYPE_POPOVER) == NULL)
        return GTK_LIST_VIEW (view);
    }

  g_assert_not_reached ();
}

static gboolean
dialog_gone (gpointer data)
{
  return *(GtkWidget **) data == NULL;
}

static void check_package_needs_consent (PageFixture *fixture);

static const char *
dropdown_text (GtkWidget *root,
               guint      nth)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (polku_test_find_widget (root, GTK_TYPE_DROP_DOWN, nth));
  GObject *item = gtk_drop_down_get_selected_item (dropdown);

  return GTK_IS_STRING_OBJECT (item) ? gtk_string_object_get_string (GTK_STRING_OBJECT (item)) : NULL;
}

/* The filters' choices are read after the first frame; until then (and
 * after) the filters say "All …", never GtkDropDown's "(None)". */
static void
test_filters_say_all (PageFixture   *fixture,
                      gconstpointer  data)
{
  const char *all[] = { "All education providers", "All qualifications", "All learners" };
  GtkWidget *window = adw_window_new ();
  GtkWidget *page = polku_review_page_new ();

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    g_assert_cmpstr (dropdown_text (page, i), ==, all[i]);

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  adw_window_set_content (ADW_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  polku_review_page_set_context (POLKU_REVIEW_PAGE (page), fixture->context);
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    g_assert_cmpstr (dropdown_text (page, i), ==, all[i]);

  /* The choices came; "All" is still the one chosen. */
  polku_test_wait_frames (window, 2);
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      GtkDropDown *dropdown = GTK_DROP_DOWN (polku_test_find_widget (page, GTK_TYPE_DROP_DOWN, i));

      g_assert_cmpstr (dropdown_text (page, i), ==, all[i]);
      g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), >, 1);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The list shows every waiting item; selecting one shows what the teacher needs. */
static void
test_render (PageFixture   *fixture,
             gconstpointer  data)
{
  PolkuReviewList *list = polku_review_page_get_list (fixture->page);
  g_autoptr(PolkuReviewItem) first = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  const PolkuReviewItemRecord *record;

  /* Archived learners' items are left out. */
  g_assert_cmpuint (n, ==, (guint) lt_query_id (fixture->lt.store, "SELECT count(*) FROM competence c "
                                                "JOIN learner l ON l.learner_id = c.learner_id WHERE l.archived = 0 "
                                                "AND c.status IN ('identified', 'demonstrated')"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (polku_review_page_get_selection (fixture->page))), ==, n);
  /* Rows are drawn, with the group header of the first learner. */
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  record = polku_review_item_get_record (first);
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (list_view (fixture)), record->learner_name));
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (fixture->page), "No Item Selected"));
  polku_test_assert_all_controls_named (fixture->window);
  polku_test_screenshot_light_dark (fixture->window, "review-list");

  polku_review_page_select (fixture->page, 0);
  polku_test_wait_frames (fixture->window, 2);
  /* The requirement, the observation and the criteria heading are shown. */
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (fixture->page), record->text_fi));
  if (record->observation != NULL)
    g_assert_nonnull (polku_test_find_label (GTK_WIDGET (fixture->page), record->observation));
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (fixture->page), "Recorded Level and Its Criteria"));
  g_assert_true (gtk_widget_get_sensitive (find_button (fixture->window, "_Decide…")));
  g_assert_false (gtk_widget_get_sensitive (find_button (fixture->window, "_Reopen…")));
  polku_test_assert_all_controls_named (fixture->window);
  polku_test_screenshot_light_dark (fixture->window, "review-item");

  /* Enter on the row (its activation) opens the decision dialog. */
  g_signal_emit_by_name (list_view (fixture), "activate", 0);
  {
    GtkWidget *dialog = NULL;
    GList *toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (POLKU_IS_DECISION_DIALOG (l->data))
        dialog = l->data;
    g_list_free (toplevels);
    g_assert_nonnull (dialog);
    g_assert_nonnull (polku_test_find_label (dialog, record->text_fi));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  /* Filtering by learner narrows the list. */
  {
    PolkuReviewFilter filter = { .learner_id = record->learner_id };

    polku_review_page_set_filter (fixture->page, &filter);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <, n);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), >, 0);
  }

  /* The demo is set up already: the package export without consent too. */
  check_package_needs_consent (fixture);
}

/* Two items of one learner decided at once through the dialog, then one
 * reopened with a reason. */
static void
test_decide (PageFixture   *fixture,
             gconstpointer  data)
{
  PolkuReviewList *list = polku_review_page_get_list (fixture->page);
  GSettings *settings = polku_context_get_settings (fixture->context);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_autoptr(PolkuReviewItem) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_autoptr(PolkuReviewItem) second = g_list_model_get_item (G_LIST_MODEL (list), 1);
  gint64 learner = polku_review_item_get_learner_id (first);
  gint64 requirement = polku_review_item_get_requirement_id (first);
  g_autoptr(PolkuReviewItemRecord) record = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  GtkWidget *record_button;
  GtkTextView *comment;

  g_assert_cmpint (polku_review_item_get_learner_id (second), ==, learner);

  polku_review_page_select (fixture->page, 0);
  gtk_selection_model_select_item (polku_review_page_get_selection (fixture->page), 1, FALSE);
  polku_test_wait_frames (fixture->window, 1);
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (fixture->page), "2 items selected"));

  dialog = polku_review_page_decide (fixture->page);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  polku_test_wait_frames (dialog, 2);
  polku_test_assert_all_controls_named (dialog);
  g_assert_nonnull (polku_test_find_label (dialog, "2 requirements"));

  /* Nothing can be recorded before a decision and a name are given. */
  record_button = find_button (dialog, "_Save");
  g_assert_false (gtk_widget_get_sensitive (record_button));
  polku_decision_dialog_set_decision (POLKU_DECISION_DIALOG (dialog), POLKU_TEACHER_DECISION_RECOGNISED);
  g_assert_false (gtk_widget_get_sensitive (record_button));
  gtk_editable_set_text (GTK_EDITABLE (polku_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, 0)), "Olli Opettaja");
  gtk_editable_set_text (GTK_EDITABLE (polku_test_find_widget (dialog, ADW_TYPE_ENTRY_ROW, 1)), "Esimerkkiopisto");
  comment = GTK_TEXT_VIEW (polku_test_find_widget (dialog, GTK_TYPE_TEXT_VIEW, 0));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (comment), "Näyttö riittää", -1);
  g_assert_true (gtk_widget_get_sensitive (record_button));
  polku_test_screenshot_light_dark (dialog, "decision-dialog");

  gtk_widget_activate (record_button);
  polku_test_wait_for (dialog_gone, &dialog);

  /* In the store, with who and when, and remembered for next time. */
  record = polku_store_get_review_item (fixture->lt.store, learner, requirement, &error);
  g_assert_no_error (error);
  g_assert_cmpint (record->status, ==, POLKU_COMPETENCE_RECOGNISED);
  g_assert_cmpstr (record->teacher_name, ==, "Olli Opettaja");
  g_assert_cmpstr (record->teacher_organisation, ==, "Esimerkkiopisto");
  g_assert_cmpstr (record->teacher_comment, ==, "Näyttö riittää");
  g_assert_nonnull (record->decided_on);
  g_assert_cmpint (lt_query_id (fixture->lt.store, "SELECT count(*) FROM competence_decision "
                                "WHERE decision = 'recognised' AND comment = 'Näyttö riittää'"), ==, 2);
  {
    g_autofree char *name = g_settings_get_string (settings, "teacher-name");

    g_assert_cmpstr (name, ==, "Olli Opettaja");
  }

  /* Both left the list; the next item is selected. */
  polku_test_wait_frames (fixture->window, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n - 2);
  g_assert_true (gtk_selection_model_is_selected (polku_review_page_get_selection (fixture->page), 0));

  /* Reopen the first: with the decided items shown, select it, give the reason. */
  {
    PolkuReviewFilter filter = { .include_decided = TRUE };
    PolkuReviewItem *item;
    guint position = 0;

    polku_review_page_set_filter (fixture->page, &filter);
    item = polku_review_list_find (list, polku_review_item_get_competence_id (first));
    g_assert_nonnull (item);
    g_assert_true (polku_review_item_get_locked (item));
    while (position < g_list_model_get_n_items (G_LIST_MODEL (list)))
      {
        g_autoptr(PolkuReviewItem) at = g_list_model_get_item (G_LIST_MODEL (list), position);

        if (at == item)
          break;
        position++;
      }
    polku_review_page_select (fixture->page, position);
    polku_test_wait_frames (fixture->window, 1);
    polku_test_screenshot_light_dark (fixture->window, "review-recognised");
    g_assert_false (gtk_widget_get_sensitive (find_button (fixture->window, "_Decide…")));
    g_assert_true (gtk_widget_get_sensitive (find_button (fixture->window, "_Reopen…")));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "review.reopen", NULL));
  {
    GtkWidget *reopen = NULL;
    GList *toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (POLKU_IS_DECISION_DIALOG (l->data))
        reopen = l->data;
    g_list_free (toplevels);
    g_assert_nonnull (reopen);
    g_object_add_weak_pointer (G_OBJECT (reopen), (gpointer *) &reopen);
    polku_test_wait_frames (reopen, 2);
    polku_test_assert_all_controls_named (reopen);

    record_button = find_button (reopen, "_Reopen");
    /* The name is remembered; a reason is still needed. */
    g_assert_false (gtk_widget_get_sensitive (record_button));
    comment = GTK_TEXT_VIEW (polku_test_find_widget (reopen, GTK_TYPE_TEXT_VIEW, 0));
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (comment), "Väärä tutkinnon osa", -1);
    g_assert_true (gtk_widget_get_sensitive (record_button));
    polku_test_screenshot_light_dark (reopen, "reopen-dialog");
    gtk_widget_activate (record_button);
    polku_test_wait_for (dialog_gone, &reopen);
  }

  g_clear_pointer (&record, polku_review_item_record_free);
  record = polku_store_get_review_item (fixture->lt.store, learner, requirement, &error);
  g_assert_no_error (error);
  g_assert_cmpint (record->status, !=, POLKU_COMPETENCE_RECOGNISED);
  history = polku_store_list_decision_history (fixture->lt.store, learner, requirement, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, ==, 2);
  g_assert_cmpstr (((PolkuDecisionHistoryRecord *) g_ptr_array_index (history, 1))->reason, ==,
                   "Väärä tutkinnon osa");
  g_assert_cmpstr (((PolkuDecisionHistoryRecord *) g_ptr_array_index (history, 1))->teacher_name, ==,
                   "Olli Opettaja");
}

/* Nothing to review: the empty state says so. */
static void
test_empty (PageFixture   *fixture,
            gconstpointer  data)
{
  GtkWidget *title = polku_test_find_label (GTK_WIDGET (fixture->page), "Nothing Waits for a Decision");

  g_assert_nonnull (title);
  g_assert_true (gtk_widget_get_mapped (title));
  polku_test_assert_all_controls_named (fixture->window);
  polku_test_screenshot_light_dark (fixture->window, "review-empty");
}

/* Without consent the package cannot be exported, and the dialog says why. */
static void
check_package_needs_consent (PageFixture *fixture)
{
  GtkWidget *dialog = polku_package_export_dialog_new (fixture->context,
                                                       lt_learner_by_last_name (fixture->lt.store, "Demo"));

  gtk_window_present (GTK_WINDOW (dialog));
  polku_test_wait_frames (dialog, 2);
  g_assert_false (polku_package_export_dialog_can_export (POLKU_PACKAGE_EXPORT_DIALOG (dialog)));
  g_assert_false (gtk_widget_get_sensitive (find_button (dialog, "_Export…")));
  g_assert_true (gtk_widget_get_mapped (polku_test_find_label (dialog, "The learner has not given consent to share data "
                                                                       "with any education provider. Record the consent "
                                                                       "on the learner’s page first (Learners → the "
                                                                       "learner → Consent to Share); then the package can be "
                                                                       "exported.")));
  polku_test_assert_all_controls_named (dialog);
  polku_test_screenshot_light_dark (dialog, "package-export-no-consent");
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
label_contains (GtkWidget  *root,
                const char *text)
{
  guint n = polku_test_count_widgets (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *label = polku_test_find_widget (root, GTK_TYPE_LABEL, i);

      if (strstr (gtk_label_get_text (GTK_LABEL (label)), text) != NULL)
        return TRUE;
    }

  return FALSE;
}

/* Coach → teacher: the package exported through the dialog is previewed in
 * another database, shows what is new, and lands there when applied. */
static void
test_package_round_trip (PageFixture   *fixture,
                         gconstpointer  data)
{
  gint64 learner = lt_learner_by_last_name (fixture->lt.store, "Harjoitus");
  GtkWidget *dialog = polku_package_export_dialog_new (fixture->context, learner);
  g_autofree char *path = g_build_filename (fixture->lt.dir, "package.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  Fixture teacher = { 0 };
  g_autoptr(PolkuContext) teacher_context = NULL;
  PolkuExchangeImport *import;
  GtkWidget *preview;

  gtk_window_present (GTK_WINDOW (dialog));
  polku_test_wait_frames (dialog, 2);
  g_assert_true (polku_package_export_dialog_can_export (POLKU_PACKAGE_EXPORT_DIALOG (dialog)));
  g_assert_true (gtk_widget_get_sensitive (find_button (dialog, "_Export…")));
  /* It says plainly what leaves the machine. */
  g_assert_true (label_contains (dialog, "Iida Harjoitus"));
  g_assert_true (label_contains (dialog, "DEMO-1234"));
  polku_test_assert_all_controls_named (dialog);
  polku_test_screenshot_light_dark (dialog, "package-export");

  /* Without the student number, it is not in the description. */
  gtk_switch_set_active (GTK_SWITCH (polku_test_find_widget (dialog, GTK_TYPE_SWITCH, 0)), FALSE);
  g_assert_false (label_contains (dialog, "DEMO-1234"));

  g_assert_true (polku_package_export_dialog_export_to (POLKU_PACKAGE_EXPORT_DIALOG (dialog), file, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (g_file_query_exists (file, NULL));

  /* The teacher's Polku. */
  lt_fixture_setup_catalogue (&teacher, LT_SET_DEMO);
  teacher_context = polku_test_context_new (teacher.store);
  import = polku_exchange_import_prepare (teacher.store, file, &error);
  g_assert_no_error (error);
  g_assert_nonnull (import);
  g_assert_cmpuint (polku_exchange_import_count (import, POLKU_EXCHANGE_CHANGE_NEW), >, 0);
  preview = polku_exchange_import_dialog_new (teacher_context, import, "package.xml");
  gtk_window_present (GTK_WINDOW (preview));
  polku_test_wait_frames (preview, 2);
  g_assert_true (gtk_widget_get_sensitive (find_button (preview, "_Apply")));
  g_assert_nonnull (polku_test_find_label (preview, "New"));
  polku_test_assert_all_controls_named (preview);
  polku_test_screenshot_light_dark (preview, "import-preview");
  /* Nothing is written before Apply. */
  g_assert_cmpint (lt_query_id (teacher.store, "SELECT count(*) FROM learner"), ==, 0);
  g_assert_true (polku_exchange_import_dialog_apply (POLKU_EXCHANGE_IMPORT_DIALOG (preview), &error));
  g_assert_no_error (error);
  g_assert_cmpint (lt_query_id (teacher.store, "SELECT count(*) FROM learner WHERE last_name = 'Harjoitus'"), ==, 1);
  gtk_window_destroy (GTK_WINDOW (preview));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* The teacher sees the items in the review. */
  {
    g_autoptr(GPtrArray) items = polku_store_list_review_items (teacher.store, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (items->len, >, 0);
  }

  g_clear_object (&teacher_context);
  lt_fixture_teardown (&teacher, NULL);
}

static GtkWidget *
find_toplevel (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWidget *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* In the main window: the Review section with its count, Alt+5, the package
 * export action for the learner page, and exchange files through the
 * window's import. */
static void
test_window_run (PageFixture *fixture);

/* In a process of its own: the whole window registers so many types that
 * GLib's first quark block is replaced, which LeakSanitizer reports. */
static void
test_window (void)
{
  PageFixture fixture = { 0 };

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
      g_test_trap_assert_passed ();
      return;
    }

  page_fixture_setup (&fixture, GINT_TO_POINTER (FALSE));
  test_window_run (&fixture);
  page_fixture_teardown (&fixture, NULL);
}

static void
test_window_run (PageFixture *fixture)
{
  PolkuApplication *app = polku_application_new ();
  g_autofree char *app_db = g_build_filename (fixture->lt.dir, "app.db", NULL);
  g_autofree char *path = g_build_filename (fixture->lt.dir, "package.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListStore) files = g_list_store_new (G_TYPE_FILE);
  g_autoptr(GError) error = NULL;
  PolkuPackageOptions options;
  PolkuWindow *window;
  GtkWidget *dialog;
  AdwViewStack *stack;

  g_object_set (app, "database", app_db, NULL);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  window = polku_window_new (app, fixture->context);
  gtk_window_present (GTK_WINDOW (window));
  polku_test_wait_frames (GTK_WIDGET (window), 2);

  stack = ADW_VIEW_STACK (polku_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, 0));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "review"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "review");
  g_assert_cmpuint (adw_view_stack_page_get_badge_number (adw_view_stack_get_page (stack,
                                                                                   adw_view_stack_get_visible_child (stack))),
                    ==, polku_store_count_review_waiting (fixture->lt.store, NULL));

  /* The learner page's menu opens the export with the learner's id. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-package", "x",
                                             lt_learner_by_last_name (fixture->lt.store, "Harjoitus")));
  dialog = find_toplevel (POLKU_TYPE_PACKAGE_EXPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (polku_package_export_dialog_can_export (POLKU_PACKAGE_EXPORT_DIALOG (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* An exchange file given to the window's import is previewed, not applied. */
  polku_package_options_init (&options);
  options.learner_id = lt_learner_by_last_name (fixture->lt.store, "Harjoitus");
  options.provider_id = lt_query_id (fixture->lt.store, "SELECT provider_id FROM learner WHERE learner_id = %"
                                     G_GINT64_FORMAT, options.learner_id);
  g_assert_true (polku_exchange_export_package (fixture->lt.store, &options, file, &error));
  g_assert_no_error (error);
  g_list_store_append (files, file);
  g_signal_emit_by_name (polku_test_find_widget (GTK_WIDGET (window), POLKU_TYPE_CATALOGUE_PAGE, 0),
                         "import-requested", files);
  dialog = find_toplevel (POLKU_TYPE_EXCHANGE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_object_unref (app);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *user_dirs = NULL;
  int status;

  user_dirs = polku_test_gtk_init (&argc, &argv);

  g_test_add ("/review-page/render", PageFixture, GINT_TO_POINTER (FALSE), page_fixture_setup, test_render,
              page_fixture_teardown);
  g_test_add ("/review-page/decide", PageFixture, GINT_TO_POINTER (FALSE), page_fixture_setup, test_decide,
              page_fixture_teardown);
  g_test_add ("/review-page/package-round-trip", PageFixture, GINT_TO_POINTER (FALSE), page_fixture_setup,
              test_package_round_trip, page_fixture_teardown);
  g_test_add_func ("/review-page/window", test_window);
  g_test_add ("/review-page/filters-say-all", PageFixture, GINT_TO_POINTER (FALSE), page_fixture_setup,
              test_filters_say_all, page_fixture_teardown);
  g_test_add ("/review-page/empty", PageFixture, GINT_TO_POINTER (TRUE), page_fixture_setup, test_empty,
              page_fixture_teardown);

  status = g_test_run ();
  lt_remove_templates ();
  if (demo_dir != NULL)
    polku_test_remove_tree (demo_dir);
  g_free (demo_dir);
  return status;
}
