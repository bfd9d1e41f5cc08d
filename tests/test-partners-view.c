/* test-partners-view.c: education providers and agreements as a coach enters
 * them, the flag on an agreement that ends next month, Undo, the start page's
 * reminder, and the date field. With POLKU_TEST_SHOTS=DIR it also saves
 * screenshots.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "polku-agreement-editor.h"
#include "polku-date-entry.h"
#include "polku-partners-view.h"
#include "polku-provider-editor.h"
#include "polku-start-page.h"
#include "polku-store-workshop.h"
#include "polku-test-gtk-utils.h"
#include "polku-test-utils.h"

#define OID "1.2.246.562.10.12345678901"

typedef struct
{
  char         *dir;
  PolkuStore   *store;
  PolkuContext *context;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->dir = polku_test_make_tmpdir ();
  fixture->store = polku_test_open_store (fixture->dir);
  fixture->context = polku_test_context_new (fixture->store);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->context);
  g_assert_finalize_object (fixture->store);
  polku_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Auxiliary */

static void
wait_frames (GtkWidget *widget,
             guint      n)
{
  for (guint i = 0; i < n; i++)
    {
      gtk_test_widget_wait_for_draw (widget);
      polku_test_wait (20);
    }
}

static void
maybe_screenshot (GtkWidget  *window,
                  const char *name)
{
  const char *dir = g_getenv ("POLKU_TEST_SHOTS");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  wait_frames (window, 3);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  polku_test_save_png (window, path);
}

static GtkWidget *
new_window (GtkWidget *child,
            int        width,
            int        height)
{
  GtkWidget *window = adw_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  adw_window_set_content (ADW_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  wait_frames (window, 2);
  return window;
}

/* Clicks the button showing @text (mnemonics left out) under @root. */
static void
click (GtkWidget  *root,
       const char *text)
{
  GtkWidget *label = polku_test_find_label (root, text);
  GtkWidget *button;

  g_assert_nonnull (label);
  button = gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
}

/* Activates the list row showing @text, as a click would. */
static void
activate_row (GtkWidget  *root,
              const char *text)
{
  GtkWidget *label = polku_test_find_label (root, text);
  GtkWidget *row;

  g_assert_nonnull (label);
  row = gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activate");
}

static void
type_into_row (GtkWidget  *row,
               const char *text)
{
  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "entry-activated");
}

static void
type_date (PolkuDateEntry *entry,
           const char     *text)
{
  GtkWidget *field = polku_test_find_widget (GTK_WIDGET (entry), GTK_TYPE_ENTRY, 0);

  gtk_editable_set_text (GTK_EDITABLE (field), text);
  polku_date_entry_commit (entry);
}

static GDate *
date_in (int days)
{
  GDate *date = g_date_new ();

  g_date_set_time_t (date, time (NULL));
  if (days >= 0)
    g_date_add_days (date, days);
  else
    g_date_subtract_days (date, -days);
  return date;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%d.%d.%d", g_date_get_day (date), g_date_get_month (date), g_date_get_year (date));
}

static GPtrArray *
list_agreements (PolkuStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *agreements = polku_store_list_agreements (store, 0, TRUE, &error);

  g_assert_no_error (error);
  return agreements;
}

static gboolean
is_shown (GtkWidget *widget)
{
  return widget != NULL && gtk_widget_get_mapped (widget);
}

/* Enters a provider and an agreement ending in 30 days through the view, as
 * a coach would. */
static void
enter_partner_and_agreement (Fixture   *fixture,
                             GtkWidget *view,
                             GtkWidget *window)
{
  GtkWidget *provider_editor = polku_test_find_widget (view, POLKU_TYPE_PROVIDER_EDITOR, 0);
  GtkWidget *agreement_editor = polku_test_find_widget (view, POLKU_TYPE_AGREEMENT_EDITOR, 0);
  g_autoptr(GDate) end = date_in (30);
  g_autofree char *end_text = format_date (end);

  /* The provider: named at once, then its OID. */
  click (view, "Add Provider");
  wait_frames (window, 1);
  g_assert_true (is_shown (provider_editor));
  type_into_row (polku_test_find_widget (provider_editor, ADW_TYPE_ENTRY_ROW, 0), "Stadin ammattiopisto");
  type_into_row (polku_test_find_widget (provider_editor, ADW_TYPE_ENTRY_ROW, 1), OID);
  click (provider_editor, "Partners");
  wait_frames (window, 1);

  /* The agreement: with the one provider there is, ending next month. */
  click (view, "Add Agreement");
  wait_frames (window, 1);
  g_assert_true (is_shown (agreement_editor));
  type_into_row (polku_test_find_widget (agreement_editor, ADW_TYPE_ENTRY_ROW, 0), "Koulutussopimusten puitesopimus");
  type_date (POLKU_DATE_ENTRY (polku_test_find_widget (agreement_editor, POLKU_TYPE_DATE_ENTRY, 2)), end_text);
  wait_frames (window, 1);
}

/* Tests */

static void
test_partners_flag_expiring (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *view = polku_partners_view_new ();
  GtkWidget *window = new_window (view, 900, 800);
  GtkWidget *agreement_editor;
  g_autoptr(GPtrArray) agreements = NULL;
  g_autoptr(GPtrArray) providers = NULL;
  g_autoptr(GDate) end = date_in (30);
  g_autofree char *end_iso = polku_date_to_iso (end);
  g_autoptr(GError) error = NULL;
  const PolkuAgreementRecord *agreement;

  polku_partners_view_set_context (POLKU_PARTNERS_VIEW (view), fixture->context);
  wait_frames (window, 1);
  g_assert_nonnull (polku_test_find_label (view, "No agreements yet"));
  g_assert_false (is_shown (polku_test_find_label (view, "0 agreements need attention")));
  polku_test_assert_all_controls_named (window);

  enter_partner_and_agreement (fixture, view, window);
  agreement_editor = polku_test_find_widget (view, POLKU_TYPE_AGREEMENT_EDITOR, 0);

  /* Saved at once, with the provider filled in. */
  providers = polku_store_list_providers (fixture->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (providers->len, ==, 1);
  g_assert_cmpstr (((PolkuProviderRecord *) g_ptr_array_index (providers, 0))->name, ==, "Stadin ammattiopisto");
  g_assert_cmpstr (((PolkuProviderRecord *) g_ptr_array_index (providers, 0))->oid, ==, OID);

  agreements = list_agreements (fixture->store);
  g_assert_cmpuint (agreements->len, ==, 1);
  agreement = g_ptr_array_index (agreements, 0);
  g_assert_cmpstr (agreement->title, ==, "Koulutussopimusten puitesopimus");
  g_assert_cmpstr (agreement->valid_to, ==, end_iso);
  g_assert_cmpint (agreement->provider_id, ==, ((PolkuProviderRecord *) g_ptr_array_index (providers, 0))->provider_id);
  g_assert_cmpint (agreement->kind, ==, POLKU_AGREEMENT_KIND_COOPERATION);

  /* The editor flags it too. */
  g_assert_true (is_shown (polku_test_find_label (agreement_editor, "Ends in 30 days")));
  polku_test_assert_all_controls_named (window);
  maybe_screenshot (window, "agreement-editor-light");

  /* Back on the list: a badge with words and an icon, and the summary on top. */
  click (agreement_editor, "Partners");
  wait_frames (window, 2);
  g_assert_true (is_shown (polku_test_find_label (view, "Ends in 30 days")));
  g_assert_true (is_shown (polku_test_find_label (view, "1 agreement needs attention")));
  g_assert_true (is_shown (polku_test_find_label (view, "Stadin ammattiopisto")));
  polku_test_assert_all_controls_named (window);
  maybe_screenshot (window, "partners-light");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  maybe_screenshot (window, "partners-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_partners_refused_edits (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *view = polku_partners_view_new ();
  GtkWidget *window = new_window (view, 900, 900);
  GtkWidget *provider_editor = polku_test_find_widget (view, POLKU_TYPE_PROVIDER_EDITOR, 0);
  GtkWidget *oid_row;
  GtkWidget *email_row;
  g_autoptr(GPtrArray) providers = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  gint64 provider_id;

  polku_partners_view_set_context (POLKU_PARTNERS_VIEW (view), fixture->context);
  click (view, "Add Provider");
  wait_frames (window, 1);

  /* A half-typed OID stays in the field, marked, and is not saved. */
  oid_row = polku_test_find_widget (provider_editor, ADW_TYPE_ENTRY_ROW, 1);
  type_into_row (oid_row, "1.2.246.562");
  g_assert_true (gtk_widget_has_css_class (oid_row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (oid_row)), ==, "1.2.246.562");
  providers = polku_store_list_providers (fixture->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_null (((PolkuProviderRecord *) g_ptr_array_index (providers, 0))->oid);
  provider_id = ((PolkuProviderRecord *) g_ptr_array_index (providers, 0))->provider_id;

  type_into_row (oid_row, OID);
  g_assert_false (gtk_widget_has_css_class (oid_row, "error"));

  /* A contact person, with an e-mail address finished on the second try. */
  click (provider_editor, "Add Contact");
  wait_frames (window, 2);
  type_into_row (polku_test_find_widget (provider_editor, ADW_TYPE_ENTRY_ROW, 2), "Liisa Opettaja");
  email_row = polku_test_find_widget (provider_editor, ADW_TYPE_ENTRY_ROW, 5);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (email_row)), ==, "E-mail");
  type_into_row (email_row, "liisa.opettaja");
  g_assert_true (gtk_widget_has_css_class (email_row, "error"));
  type_into_row (email_row, "liisa.opettaja@stadi.fi");
  g_assert_false (gtk_widget_has_css_class (email_row, "error"));
  wait_frames (window, 2);

  contacts = polku_store_list_contacts (fixture->store, 0, provider_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (contacts->len, ==, 1);
  g_assert_cmpstr (((PolkuContactRecord *) g_ptr_array_index (contacts, 0))->name, ==, "Liisa Opettaja");
  g_assert_cmpstr (((PolkuContactRecord *) g_ptr_array_index (contacts, 0))->email, ==, "liisa.opettaja@stadi.fi");

  polku_test_assert_all_controls_named (window);
  maybe_screenshot (window, "provider-editor-light");
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_undo_button (GtkWidget *root)
{
  for (guint i = 0; ; i++)
    {
      GtkWidget *button = polku_test_find_widget (root, GTK_TYPE_BUTTON, i);

      if (button == NULL)
        return NULL;
      if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), "_Undo") == 0)
        return button;
    }
}

static void
test_partners_delete_undo (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkWidget *view = polku_partners_view_new ();
  GtkWidget *window = new_window (view, 900, 800);
  GtkWidget *agreement_editor = polku_test_find_widget (view, POLKU_TYPE_AGREEMENT_EDITOR, 0);
  GtkWidget *provider_editor = polku_test_find_widget (view, POLKU_TYPE_PROVIDER_EDITOR, 0);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) providers = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *undo;

  polku_partners_view_set_context (POLKU_PARTNERS_VIEW (view), fixture->context);
  enter_partner_and_agreement (fixture, view, window);
  before = list_agreements (fixture->store);

  /* A provider that an agreement names is not deleted: the toast says why. */
  click (agreement_editor, "Partners");
  wait_frames (window, 1);
  activate_row (view, "Stadin ammattiopisto");
  wait_frames (window, 1);
  g_assert_true (is_shown (provider_editor));
  click (provider_editor, "Delete");
  wait_frames (window, 1);
  providers = polku_store_list_providers (fixture->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (providers->len, ==, 1);
  g_assert_true (is_shown (provider_editor));
  click (provider_editor, "Partners");

  /* The agreement goes, and comes back with Undo. */
  activate_row (view, "Koulutussopimusten puitesopimus");
  wait_frames (window, 1);
  g_assert_true (is_shown (agreement_editor));
  click (agreement_editor, "Delete");
  wait_frames (window, 2);
  g_clear_pointer (&after, g_ptr_array_unref);
  after = list_agreements (fixture->store);
  g_assert_cmpuint (after->len, ==, 0);
  g_assert_true (is_shown (polku_test_find_label (view, "No agreements yet")));

  undo = find_undo_button (view);
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  wait_frames (window, 2);

  g_clear_pointer (&after, g_ptr_array_unref);
  after = list_agreements (fixture->store);
  g_assert_cmpuint (after->len, ==, 1);
  g_assert_cmpstr (((PolkuAgreementRecord *) g_ptr_array_index (after, 0))->title, ==,
                   ((PolkuAgreementRecord *) g_ptr_array_index (before, 0))->title);
  g_assert_cmpstr (((PolkuAgreementRecord *) g_ptr_array_index (after, 0))->valid_to, ==,
                   ((PolkuAgreementRecord *) g_ptr_array_index (before, 0))->valid_to);
  g_assert_true (is_shown (polku_test_find_label (view, "Ends in 30 days")));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_start_page_reminder (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *page = g_object_new (POLKU_TYPE_START_PAGE, "context", fixture->context, NULL);
  GtkWidget *window = new_window (page, 800, 900);
  g_autoptr(GDate) end = date_in (30);
  g_autoptr(GDate) ended = date_in (-3);
  PolkuAgreementRecord record = { .kind = POLKU_AGREEMENT_KIND_COOPERATION, .title = "Yhteistyösopimus" };
  g_autoptr(GError) error = NULL;
  GtkWidget *row;
  gint64 id;

  /* Nothing to renew: no reminder. */
  g_assert_false (is_shown (polku_test_find_label (page, "Agreements")));

  record.valid_to = polku_date_to_iso (end);
  id = polku_store_add_agreement (fixture->store, &record, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_free (record.valid_to);
  wait_frames (window, 2);

  g_assert_true (is_shown (polku_test_find_label (page, "1 agreement ends within 60 days")));
  row = gtk_widget_get_ancestor (polku_test_find_label (page, "1 agreement ends within 60 days"), ADW_TYPE_ACTION_ROW);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "win.show-section");
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row)), NULL), ==,
                   "workshop");
  polku_test_assert_all_controls_named (window);

  /* One more that has ended: the reminder counts both. */
  record.title = "Vanha sopimus";
  record.valid_to = polku_date_to_iso (ended);
  g_assert_cmpint (polku_store_add_agreement (fixture->store, &record, &error), >, 0);
  g_assert_no_error (error);
  g_free (record.valid_to);
  wait_frames (window, 2);
  g_assert_true (is_shown (polku_test_find_label (page, "2 agreements have ended or end within 60 days")));
  maybe_screenshot (window, "start-page-agreements");

  /* Renewed: the reminder goes. */
  g_assert_true (polku_store_delete_agreement (fixture->store, id, &error));
  g_assert_no_error (error);
  wait_frames (window, 2);
  g_assert_true (is_shown (polku_test_find_label (page, "1 agreement has ended")));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_date_entry_parse (void)
{
  struct { const char *text; gboolean ok; const char *iso; } cases[] = {
    { "", TRUE, NULL },
    { "   ", TRUE, NULL },
    { "31.12.2025", TRUE, "2025-12-31" },
    { "1.3.2025", TRUE, "2025-03-01" },
    { "01.03.2025", TRUE, "2025-03-01" },
    { "1.3.25", TRUE, "2025-03-01" },
    { "1.3.2025.", TRUE, "2025-03-01" },
    { " 2025-03-01 ", TRUE, "2025-03-01" },
    { "29.2.2024", TRUE, "2024-02-29" },
    { "29.2.2025", FALSE, NULL },
    { "31.4.2025", FALSE, NULL },
    { "1.13.2025", FALSE, NULL },
    { "0.1.2025", FALSE, NULL },
    { "1.2.2025x", FALSE, NULL },
    { "1.2.2025..", FALSE, NULL },
    { "1.2", FALSE, NULL },
    { "huomenna", FALSE, NULL },
    { "2025-02-30", FALSE, NULL },
    { "-1.2.2025", FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = NULL;

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (polku_date_entry_parse (cases[i].text, &iso), ==, cases[i].ok);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
count_cb (guint *counter)
{
  (*counter)++;
}

static void
test_date_entry_commit (void)
{
  GtkWidget *entry = polku_date_entry_new ();
  GtkWidget *window = new_window (entry, 300, 100);
  guint committed = 0;

  /* Set by the program: shown, not committed. */
  polku_date_entry_set_date (POLKU_DATE_ENTRY (entry), "2025-06-30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (polku_test_find_widget (entry, GTK_TYPE_ENTRY, 0))), ==,
                   "30.6.2025");

  g_signal_connect_swapped (entry, "date-committed", G_CALLBACK (count_cb), &committed);
  type_date (POLKU_DATE_ENTRY (entry), "bad");
  g_assert_false (polku_date_entry_get_valid (POLKU_DATE_ENTRY (entry)));
  g_assert_cmpstr (polku_date_entry_get_date (POLKU_DATE_ENTRY (entry)), ==, "2025-06-30");
  g_assert_cmpuint (committed, ==, 0);

  type_date (POLKU_DATE_ENTRY (entry), "1.7.2025");
  g_assert_true (polku_date_entry_get_valid (POLKU_DATE_ENTRY (entry)));
  g_assert_cmpstr (polku_date_entry_get_date (POLKU_DATE_ENTRY (entry)), ==, "2025-07-01");
  g_assert_cmpuint (committed, ==, 1);

  type_date (POLKU_DATE_ENTRY (entry), "");
  g_assert_null (polku_date_entry_get_date (POLKU_DATE_ENTRY (entry)));
  g_assert_cmpuint (committed, ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *user_dirs = NULL;
  g_autoptr(GtkCssProvider) css = NULL;
  int status;

  user_dirs = polku_test_isolate_user_dirs ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  /* Polku's own style, as the application loads it. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

#define ADD(path, func) \
  g_test_add ("/partners-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("flag-expiring", test_partners_flag_expiring);
  ADD ("refused-edits", test_partners_refused_edits);
  ADD ("delete-undo", test_partners_delete_undo);
  ADD ("start-page-reminder", test_start_page_reminder);
  g_test_add_func ("/partners-view/date-entry-parse", test_date_entry_parse);
  g_test_add_func ("/partners-view/date-entry-commit", test_date_entry_commit);

#undef ADD

  status = g_test_run ();
  polku_test_remove_tree (user_dirs);
  return status;
}
