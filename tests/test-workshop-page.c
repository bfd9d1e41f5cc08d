/* test-workshop-page.c: the Workshop section (workshops, profile, tasks and the
 * mapping of tasks to a real qualification), under Xvfb. With
 * POLKU_TEST_SHOTS=DIR it also saves screenshots of a coach's afternoon.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "polku-contact-list.h"
#include "polku-eperusteet.h"
#include "polku-field-saver.h"
#include "polku-store-catalogue-units.h"
#include "polku-mapping-dialog.h"
#include "polku-organisation-editor.h"
#include "polku-task-editor.h"
#include "polku-task-list-view.h"
#include "polku-test-gtk-utils.h"
#include "polku-test-utils.h"
#include "polku-workshop-editor.h"
#include "polku-workshop-list.h"
#include "polku-workshop-page.h"

#define PUUTEOLLISUUS "eperusteet/puuteollisuuden-perustutkinto_OPH-2455-2017.json"

/* A database with Puuteollisuuden perustutkinto imported once; each test works
 * on a copy. */
static char *template_dir;

typedef struct
{
  char         *dir;
  PolkuStore   *store;
  PolkuContext *context;
} Fixture;

/* A coach's afternoon: eight real tasks of a carpentry workshop. */
static const char * const carpentry_tasks[] = {
  "Huonekalun kokoaminen",
  "Pintakäsittely",
  "Sahaus ja höylääminen",
  "Puusepän liitosten tekeminen",
  "Kalusteiden korjaus ja entisöinti",
  "Levytyö ja kalusteovet",
  "Työstöterien vaihto ja teroitus",
  "Työpisteen siivous ja jätteiden lajittelu",
};

/* Auxiliary */

static void
import_template (void)
{
  g_autoptr(PolkuStore) store = NULL;
  g_autoptr(PolkuImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = polku_test_shared_data_path (PUUTEOLLISUUS);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  template_dir = polku_test_make_tmpdir ();
  store = polku_test_open_store (template_dir);
  summary = polku_eperusteet_import_file (store, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (summary);
  /* The last connection closing folds the WAL into the file. */
  g_assert_finalize_object (g_steal_pointer (&store));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  gboolean with_catalogue = GPOINTER_TO_INT (data);

  fixture->dir = polku_test_make_tmpdir ();
  if (with_catalogue)
    {
      g_autofree char *template = g_build_filename (template_dir, "polku.db", NULL);
      g_autofree char *copy = g_build_filename (fixture->dir, "polku.db", NULL);
      g_autoptr(GBytes) bytes = polku_test_read_file (template);

      polku_test_write_file (copy, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
    }
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

static PolkuWorkshopPage *
new_page (Fixture    *fixture,
          int         width,
          GtkWidget **out_window)
{
  PolkuWorkshopPage *page = g_object_new (POLKU_TYPE_WORKSHOP_PAGE, NULL);

  *out_window = polku_test_present_window (GTK_WIDGET (page), width, 800);
  polku_workshop_page_set_context (page, fixture->context);
  polku_test_wait_frames (*out_window, 1);
  return page;
}

/* Saves what @window shows as a PNG when POLKU_TEST_SHOTS names a folder. */
static void
maybe_screenshot (GtkWidget  *window,
                  const char *name)
{
  const char *dir = g_getenv ("POLKU_TEST_SHOTS");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  /* Past the stacks' transitions. */
  polku_test_wait (450);
  polku_test_wait_frames (window, 3);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  polku_test_save_png (window, path);
}

static gint64
query_id (PolkuStore *store,
          const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 id = polku_store_query_int (store, sql, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
unit_id_of (PolkuStore *store,
            const char *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT unit_id FROM unit WHERE koodi_arvo = '%s'", code);

  return query_id (store, sql);
}

/* The @nth requirement (from 0) of a unit, in the unit's order. */
static gint64
requirement_of (PolkuStore *store,
                const char *unit_code,
                guint       nth)
{
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("SELECT r.requirement_id FROM requirement r JOIN unit u ON u.unit_id = r.unit_id"
                         " WHERE u.koodi_arvo = '%s' AND r.retired = 0"
                         " ORDER BY r.osa_alue_id, r.kohdealue_ord, r.ord LIMIT 1 OFFSET %u", unit_code, nth);
  return query_id (store, sql);
}

static char *
requirement_text (PolkuStore *store,
                  gint64      requirement_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) requirements = NULL;
  gint64 unit_id = polku_store_catalogue_find_requirement_unit (store, requirement_id, &error);

  g_assert_no_error (error);
  requirements = polku_store_catalogue_list_requirements (store, unit_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < requirements->len; i++)
    {
      PolkuRequirementRecord *record = g_ptr_array_index (requirements, i);

      if (record->requirement_id == requirement_id)
        return g_strdup (record->text_fi);
    }

  g_assert_not_reached ();
}

/* The first mapped preferences row under @root with @title. */
static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Mapped widgets under @root that match: of @type, and with @name or @title
 * (a preferences row's) when given. */
static void
collect (GtkWidget  *root,
         GType       type,
         const char *name,
         const char *title,
         GPtrArray  *out)
{
  if (!gtk_widget_get_mapped (root))
    return;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (name == NULL || g_strcmp0 (gtk_widget_get_name (root), name) == 0) &&
      (title == NULL || g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0))
    g_ptr_array_add (out, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect (child, type, name, title, out);
}

static GtkWidget *
find_nth (GtkWidget  *root,
          GType       type,
          const char *name,
          const char *title,
          guint       nth)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  /* Rows are rebuilt when the models catch up, which may take a few main loop
   * turns depending on the renderer and the machine's load: wait for them. */
  collect (root, type, name, title, found);
  while (found->len <= nth && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
      g_ptr_array_set_size (found, 0);
      collect (root, type, name, title, found);
    }
  g_assert_cmpuint (found->len, >, nth);
  return g_ptr_array_index (found, nth);
}

/* A button on screen (a toast's) whose label is @label. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;

  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
undo_shown (gpointer data)
{
  return find_button (data, "_Undo") != NULL;
}

static gboolean
undo_gone (gpointer data)
{
  return find_button (data, "_Undo") == NULL;
}

/* Clicks the toast's Undo and waits for the toast to go, so that the next
 * toast's button is not mistaken for it. */
static void
click_undo (GtkWidget *window)
{
  polku_test_wait_for (undo_shown, window);
  g_signal_emit_by_name (find_button (window, "_Undo"), "clicked");
  polku_test_wait_for (undo_gone, window);
}

static gboolean
message_dialog_shown (gpointer data)
{
  return polku_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE) != NULL;
}

static gboolean
message_dialog_gone (gpointer data)
{
  return polku_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE) == NULL;
}

typedef struct
{
  PolkuTaskList *tasks;
  gint64         id;
} TaskRef;

static gboolean
task_gone (gpointer data)
{
  TaskRef *ref = data;

  return polku_task_list_find (ref->tasks, ref->id) == NULL;
}

static GtkWidget *
template_child (gpointer    widget,
                GType       type,
                const char *name)
{
  GtkWidget *child = GTK_WIDGET (gtk_widget_get_template_child (widget, type, name));

  g_assert_nonnull (child);
  return child;
}

static PolkuTask *
add_task (PolkuTaskListView *view,
          const char        *title)
{
  GtkWidget *entry = template_child (view, POLKU_TYPE_TASK_LIST_VIEW, "new_task_entry");
  PolkuTask *task;

  gtk_editable_set_text (GTK_EDITABLE (entry), title);
  g_signal_emit_by_name (entry, "activate");
  task = polku_task_list_view_get_selected (view);
  g_assert_nonnull (task);
  g_assert_cmpstr (polku_task_get_title (task), ==, title);
  /* The entry is ready for the next one. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  return task;
}

/* Tests */

static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *window;
  PolkuWorkshopPage *page = new_page (fixture, 1100, &window);
  GtkWidget *first_entry;
  GtkWidget *title;
  PolkuWorkshop *workshop;

  g_assert_cmpstr (polku_workshop_page_get_visible_view (page), ==, "none");
  g_assert_nonnull (polku_test_find_label (window, "Add Your First Workshop"));
  maybe_screenshot (window, "workshop-empty-wide");
  g_assert_nonnull (polku_test_find_label (window, "No workshops yet."));
  polku_test_assert_all_controls_named (window);

  /* An empty name is refused where it was typed. */
  first_entry = template_child (page, POLKU_TYPE_WORKSHOP_PAGE, "first_entry");
  g_signal_emit_by_name (first_entry, "activate");
  g_assert_true (gtk_widget_has_css_class (first_entry, "error"));
  g_assert_cmpuint (g_list_model_get_n_items (polku_workshop_page_get_workshops (page)), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (first_entry), "Puutyöpaja");
  g_signal_emit_by_name (first_entry, "activate");
  polku_test_wait_frames (window, 1);

  workshop = polku_workshop_page_get_workshop (page);
  g_assert_nonnull (workshop);
  g_assert_cmpstr (polku_workshop_get_name (workshop), ==, "Puutyöpaja");
  g_assert_cmpstr (polku_workshop_page_get_visible_view (page), ==, "workshop");
  g_assert_cmpstr (polku_workshop_page_get_visible_tab (page), ==, "profile");
  title = template_child (page, POLKU_TYPE_WORKSHOP_PAGE, "content_title");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (title)), ==, "Puutyöpaja");
  g_assert_cmpuint (g_list_model_get_n_items (polku_workshop_page_get_workshops (page)), ==, 1);

  /* A second one through the sidebar's popover. */
  {
    GtkWidget *add_entry = template_child (page, POLKU_TYPE_WORKSHOP_PAGE, "add_entry");

    gtk_editable_set_text (GTK_EDITABLE (add_entry), "Kahvila");
    g_signal_emit_by_name (add_entry, "activate");
    g_assert_cmpuint (g_list_model_get_n_items (polku_workshop_page_get_workshops (page)), ==, 2);
    g_assert_cmpstr (polku_workshop_get_name (polku_workshop_page_get_workshop (page)), ==, "Kahvila");
  }

  /* The tasks of a new workshop: an empty state that says what to do. */
  polku_workshop_page_show_workshop (page, polku_workshop_get_id (workshop), "tasks");
  polku_test_wait_frames (window, 1);
  g_assert_nonnull (polku_test_find_label (window, "Add the Workshop’s Tasks"));
  g_assert_nonnull (polku_test_find_label (window, "No tasks yet. Write the title of a real work task below and press Enter."));
  polku_test_assert_all_controls_named (window);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_workshops_sidebar (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *window;
  PolkuWorkshopPage *page = new_page (fixture, 1100, &window);
  GListModel *workshops;
  g_autoptr(PolkuWorkshop) first = NULL;
  g_autoptr(PolkuWorkshop) second = NULL;
  g_autoptr(GError) error = NULL;

  first = polku_workshop_page_add_workshop (page, "Puutyöpaja", &error);
  g_assert_no_error (error);
  second = polku_workshop_page_add_workshop (page, "Autopaja", &error);
  g_assert_no_error (error);
  workshops = polku_workshop_page_get_workshops (page);

  /* Reorder through the rows' menus. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "workshop.move-up", "x", polku_workshop_get_id (second)));
  {
    g_autoptr(PolkuWorkshop) top = g_list_model_get_item (workshops, 0);

    g_assert_true (top == second);
  }

  /* Rename opens the profile with the name to edit. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "workshop.rename", "x", polku_workshop_get_id (first)));
  g_assert_true (polku_workshop_page_get_workshop (page) == first);
  g_assert_cmpstr (polku_workshop_page_get_visible_tab (page), ==, "profile");

  /* Archive hides it, with Undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "workshop.archive", "x", polku_workshop_get_id (first)));
  polku_test_wait_frames (window, 1);
  g_assert_true (polku_workshop_get_archived (first));
  g_assert_cmpuint (g_list_model_get_n_items (workshops), ==, 1);
  g_assert_cmpstr (polku_workshop_page_get_visible_view (page), ==, "none");
  click_undo (window);
  g_assert_false (polku_workshop_get_archived (first));
  g_assert_cmpuint (g_list_model_get_n_items (workshops), ==, 2);

  /* The archived ones can be shown again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "workshop.archive", "x", polku_workshop_get_id (second)));
  g_assert_cmpuint (g_list_model_get_n_items (workshops), ==, 1);
  g_object_set (page, "show-archived", TRUE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (workshops), ==, 2);
  g_assert_true (polku_workshop_page_show_workshop (page, polku_workshop_get_id (second), NULL));
  polku_test_wait_frames (window, 1);
  g_assert_nonnull (polku_test_find_label (window, "Autopaja (archived)"));

  /* The organisation and the partners have their own entries. */
  polku_workshop_page_show_organisation (page);
  polku_test_wait_frames (window, 1);
  g_assert_cmpstr (polku_workshop_page_get_visible_view (page), ==, "organisation");
  polku_test_assert_all_controls_named (window);
  polku_workshop_page_show_partners (page);
  polku_test_wait_frames (window, 1);
  g_assert_cmpstr (polku_workshop_page_get_visible_view (page), ==, "partners");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_profile_saved (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *window;
  PolkuWorkshopPage *page = new_page (fixture, 1100, &window);
  PolkuWorkshopEditor *editor = polku_workshop_page_get_workshop_editor (page);
  g_autoptr(PolkuWorkshop) workshop = NULL;
  g_autoptr(PolkuWorkshop) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *address, *municipality, *description, *new_contact, *email;
  GListModel *contacts;
  GtkTextBuffer *buffer;

  workshop = polku_workshop_page_add_workshop (page, "Puutyöpaja", &error);
  g_assert_no_error (error);
  polku_test_wait_frames (window, 1);
  polku_test_assert_all_controls_named (window);

  /* Typing is saved when it pauses, not per keystroke... */
  address = find_row (window, ADW_TYPE_ENTRY_ROW, "Street address");
  g_assert_nonnull (address);
  gtk_editable_set_text (GTK_EDITABLE (address), "Verstaskatu 3 ");
  g_assert_null (polku_workshop_get_address (workshop));
  polku_test_wait (POLKU_FIELD_SAVER_DELAY_MS + 200);
  g_assert_cmpstr (polku_workshop_get_address (workshop), ==, "Verstaskatu 3");
  /* ...and the space being typed stays where it is. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (address)), ==, "Verstaskatu 3 ");

  /* ...or at once when the coach moves on. */
  municipality = find_row (window, ADW_TYPE_ENTRY_ROW, "Municipality");
  gtk_editable_set_text (GTK_EDITABLE (municipality), "Jyväskylä");
  g_signal_emit_by_name (municipality, "entry-activated");
  g_assert_cmpstr (polku_workshop_get_municipality (workshop), ==, "Jyväskylä");

  description = template_child (editor, POLKU_TYPE_WORKSHOP_EDITOR, "description_view");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (description));
  gtk_text_buffer_set_text (buffer, "Puutyöpajassa tehdään kalusteita\nja korjataan huonekaluja.", -1);
  g_assert_true (polku_workshop_page_flush (page));
  g_assert_cmpstr (polku_workshop_get_description (workshop), ==,
                   "Puutyöpajassa tehdään kalusteita\nja korjataan huonekaluja.");

  /* What is saved is in the database, not only in the object. */
  reloaded = polku_workshop_load (fixture->store, polku_workshop_get_id (workshop), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (polku_workshop_get_address (reloaded), ==, "Verstaskatu 3");

  /* The name cannot be emptied: the field says so and keeps the text. */
  {
    GtkWidget *name = find_row (window, ADW_TYPE_ENTRY_ROW, "Name");

    gtk_editable_set_text (GTK_EDITABLE (name), "   ");
    g_assert_false (polku_workshop_editor_flush (editor));
    g_assert_true (gtk_widget_has_css_class (name, "error"));
    g_assert_cmpstr (polku_workshop_get_name (workshop), ==, "Puutyöpaja");
    gtk_editable_set_text (GTK_EDITABLE (name), "Puutyöpaja Verstas");
    g_assert_true (polku_workshop_editor_flush (editor));
    g_assert_false (gtk_widget_has_css_class (name, "error"));
    g_assert_cmpstr (polku_workshop_get_name (workshop), ==, "Puutyöpaja Verstas");
  }

  /* Contact people: added by name, opened for the rest. */
  contacts = polku_workshop_editor_get_contacts (editor);
  new_contact = template_child (editor, POLKU_TYPE_WORKSHOP_EDITOR, "new_contact_row");
  gtk_editable_set_text (GTK_EDITABLE (new_contact), "Aino Valmentaja");
  g_signal_emit_by_name (new_contact, "entry-activated");
  polku_test_wait_frames (window, 1);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (new_contact), "Eino Ohjaaja");
  g_signal_emit_by_name (new_contact, "entry-activated");
  polku_test_wait_frames (window, 1);
  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
  polku_test_assert_all_controls_named (window);

  /* A wrong e-mail address is refused and marked. */
  email = find_nth (window, ADW_TYPE_ENTRY_ROW, NULL, "E-mail", 1);
  gtk_editable_set_text (GTK_EDITABLE (email), "eino.ohjaaja");
  g_assert_false (polku_workshop_editor_flush (editor));
  g_assert_true (gtk_widget_has_css_class (email, "error"));
  gtk_editable_set_text (GTK_EDITABLE (email), "eino.ohjaaja@example.fi");
  g_assert_true (polku_workshop_editor_flush (editor));
  g_assert_false (gtk_widget_has_css_class (email, "error"));
  {
    g_autoptr(PolkuContact) second = g_list_model_get_item (contacts, 1);

    g_assert_cmpstr (polku_contact_get_email (second), ==, "eino.ohjaaja@example.fi");
  }

  /* Reorder, remove, and Undo. */
  {
    g_autoptr(PolkuContact) top = NULL;

    g_signal_emit_by_name (find_nth (window, GTK_TYPE_BUTTON, "move-up", NULL, 1), "clicked");
    polku_test_wait_frames (window, 1);
    top = g_list_model_get_item (contacts, 0);
    g_assert_cmpstr (polku_contact_get_name (top), ==, "Eino Ohjaaja");
    /* The first one cannot go further up. */
    g_assert_false (gtk_widget_get_sensitive (find_nth (window, GTK_TYPE_BUTTON, "move-up", NULL, 0)));

    g_signal_emit_by_name (find_nth (window, GTK_TYPE_BUTTON, "remove", NULL, 0), "clicked");
    polku_test_wait_frames (window, 1);
    g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 1);
    click_undo (window);
    g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 2);
    g_clear_object (&top);
    top = g_list_model_get_item (contacts, 0);
    g_assert_cmpstr (polku_contact_get_name (top), ==, "Eino Ohjaaja");
    g_assert_cmpstr (polku_contact_get_email (top), ==, "eino.ohjaaja@example.fi");
  }

  /* The organisation: a Y-tunnus is checked. */
  polku_workshop_page_show_organisation (page);
  polku_test_wait_frames (window, 1);
  {
    GtkWidget *business_id = find_row (window, ADW_TYPE_ENTRY_ROW, "Business ID (Y-tunnus)");
    GtkWidget *name = find_row (window, ADW_TYPE_ENTRY_ROW, "Name");
    GtkWidget *organisation_editor = template_child (page, POLKU_TYPE_WORKSHOP_PAGE, "organisation_editor");
    GtkWidget *organisation_label = template_child (page, POLKU_TYPE_WORKSHOP_PAGE, "organisation_name_label");

    gtk_editable_set_text (GTK_EDITABLE (business_id), "1234567-0");
    g_assert_false (polku_organisation_editor_flush (POLKU_ORGANISATION_EDITOR (organisation_editor)));
    g_assert_true (gtk_widget_has_css_class (business_id, "error"));

    gtk_editable_set_text (GTK_EDITABLE (name), "Nuorten Verstas ry");
    g_signal_emit_by_name (name, "entry-activated");
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (organisation_label)), ==, "Nuorten Verstas ry");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_tasks (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *window;
  PolkuWorkshopPage *page = new_page (fixture, 1200, &window);
  g_autoptr(PolkuWorkshop) workshop = NULL;
  g_autoptr(GError) error = NULL;
  PolkuTaskListView *view = polku_workshop_page_get_task_list_view (page);
  GtkWidget *search, *filter;
  GListModel *visible;
  gint64 ids[G_N_ELEMENTS (carpentry_tasks)];
  PolkuTask *task;

  workshop = polku_workshop_page_add_workshop (page, "Puutyöpaja", &error);
  g_assert_no_error (error);
  polku_workshop_page_show_workshop (page, polku_workshop_get_id (workshop), "tasks");
  polku_test_wait_frames (window, 1);

  for (guint i = 0; i < G_N_ELEMENTS (carpentry_tasks); i++)
    ids[i] = polku_task_get_id (add_task (view, carpentry_tasks[i]));
  polku_test_wait_frames (window, 1);

  visible = polku_task_list_view_get_visible (view);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 8);
  g_assert_nonnull (polku_test_find_label (window, "Sahaus ja höylääminen"));
  g_assert_cmpuint (polku_workshop_get_n_tasks (workshop), ==, 8);
  polku_test_assert_all_controls_named (window);

  /* The editor saves the task's texts. */
  polku_task_list_view_select (view, ids[1]);
  {
    GtkWidget *duration = find_row (window, ADW_TYPE_ENTRY_ROW, "Typical duration, e.g. “2–3 hours”");
    GtkWidget *safety = template_child (polku_task_list_view_get_editor (view), POLKU_TYPE_TASK_EDITOR, "safety_view");

    g_assert_nonnull (duration);
    gtk_editable_set_text (GTK_EDITABLE (duration), "2–4 tuntia");
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (safety)), "Hengityssuojain ja käsineet", -1);
    g_assert_true (polku_task_list_view_flush (view));
    task = polku_task_list_find (polku_task_list_view_get_tasks (view), ids[1]);
    g_assert_cmpstr (polku_task_get_duration (task), ==, "2–4 tuntia");
    g_assert_cmpstr (polku_task_get_safety (task), ==, "Hengityssuojain ja käsineet");
  }

  /* Reorder with the keyboard's actions. */
  g_assert_true (polku_task_list_view_select (view, ids[2]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "tasks.move-up", NULL));
  {
    g_autoptr(PolkuTask) second = g_list_model_get_item (visible, 1);

    g_assert_cmpint (polku_task_get_id (second), ==, ids[2]);
    g_assert_true (polku_task_list_view_get_selected (view) == second);
  }

  /* Drag and drop: a task dropped on the first row goes first. */
  {
    GtkWidget *list = template_child (view, POLKU_TYPE_TASK_LIST_VIEW, "task_list");
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (row));
    g_auto(GValue) value = G_VALUE_INIT;
    g_autoptr(PolkuTask) first = NULL;
    gboolean dropped = FALSE;

    g_value_init (&value, G_TYPE_INT64);
    g_value_set_int64 (&value, ids[5]);
    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &dropped);
      }
    g_assert_true (dropped);
    first = g_list_model_get_item (visible, 0);
    g_assert_cmpint (polku_task_get_id (first), ==, ids[5]);
    g_assert_true (polku_task_list_view_get_selected (view) == first);
  }

  /* Search: case-insensitive, ä as typed. */
  search = template_child (view, POLKU_TYPE_TASK_LIST_VIEW, "search_entry");
  gtk_editable_set_text (GTK_EDITABLE (search), "HÖYL");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (search), "zzz");
  g_signal_emit_by_name (search, "search-changed");
  polku_test_wait_frames (window, 1);
  g_assert_nonnull (polku_test_find_label (window, "No matching tasks."));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  g_signal_emit_by_name (search, "search-changed");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 8);

  /* Retire one; the filter shows in use or retired ones. */
  g_assert_true (polku_task_list_view_select (view, ids[7]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "tasks.retire", NULL));
  g_assert_false (polku_task_get_active (polku_task_list_view_get_selected (view)));
  filter = template_child (view, POLKU_TYPE_TASK_LIST_VIEW, "filter_dropdown");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (filter), 1);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 7);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (filter), 2);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 1);
  /* Back in use, it leaves the retired list. */
  g_assert_true (polku_task_list_view_select (view, ids[7]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "tasks.activate", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (filter), 0);
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 8);

  /* Duplicate: the copy comes right after and is chosen. */
  g_assert_true (polku_task_list_view_select (view, ids[0]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "tasks.duplicate", NULL));
  task = polku_task_list_view_get_selected (view);
  g_assert_cmpstr (polku_task_get_title (task), ==, "Huonekalun kokoaminen (copy)");
  g_assert_cmpuint (g_list_model_get_n_items (visible), ==, 9);

  /* No qualification imported yet: the picker says where to get one. */
  {
    PolkuMappingDialog *dialog = polku_task_list_view_open_unit_mapping (view, 0);

    polku_test_wait_frames (GTK_WIDGET (dialog), 1);
    g_assert_cmpstr (polku_mapping_dialog_get_visible_step (dialog), ==, "no-perusteet");
    g_assert_nonnull (polku_test_find_label (GTK_WIDGET (dialog), "No Qualifications Yet"));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_mapping_shown (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *window;
  PolkuWorkshopPage *page = new_page (fixture, 1200, &window);
  PolkuTaskListView *view = polku_workshop_page_get_task_list_view (page);
  g_autoptr(PolkuWorkshop) workshop = NULL;
  g_autoptr(GError) error = NULL;
  PolkuRecognition who = { "Aino Valmentaja", "Liisa Opettaja", "Gradia", NULL };
  gint64 surface_1 = requirement_of (fixture->store, "105438", 1);
  gint64 surface_2 = requirement_of (fixture->store, "105438", 2);
  gint64 basics = requirement_of (fixture->store, "105444", 3);
  g_autofree char *text_1 = requirement_text (fixture->store, surface_1);
  g_autofree char *text_basics = requirement_text (fixture->store, basics);
  PolkuTask *task;
  GListModel *mappings;
  GtkWidget *row, *remove;

  workshop = polku_workshop_page_add_workshop (page, "Puutyöpaja", &error);
  g_assert_no_error (error);
  polku_workshop_page_show_workshop (page, polku_workshop_get_id (workshop), "tasks");
  task = add_task (view, "Pintakäsittely");
  polku_test_wait_frames (window, 1);
  g_assert_nonnull (polku_test_find_label (window, "Not mapped yet. Choose “Add Requirements” to pick the requirements of a qualification that this task teaches."));

  /* Mapped through the model, shown in the editor, grouped by qualification and unit. */
  g_assert_true (polku_task_map_requirement (task, surface_1, FALSE, &who, &error));
  g_assert_true (polku_task_map_requirement (task, surface_2, FALSE, &who, &error));
  g_assert_true (polku_task_map_requirement (task, basics, FALSE, NULL, &error));
  g_assert_no_error (error);
  polku_test_wait_frames (window, 2);

  mappings = polku_task_editor_get_mappings (polku_task_list_view_get_editor (view));
  g_assert_cmpuint (g_list_model_get_n_items (mappings), ==, 3);
  g_assert_nonnull (polku_test_find_label (window, "Puuteollisuuden perustutkinto"));
  g_assert_nonnull (polku_test_find_label (window, "Puupintojen käsitteleminen (105438)"));
  g_assert_nonnull (polku_test_find_label (window, "Puutuotevalmistuksessa toimiminen (105444)"));
  row = find_row (window, ADW_TYPE_ACTION_ROW, text_1);
  g_assert_nonnull (row);
  g_assert_nonnull (find_row (window, ADW_TYPE_ACTION_ROW, text_basics));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Aino Valmentaja, Liisa Opettaja (Gradia)"));
  g_assert_cmpuint (polku_task_get_n_requirements (task), ==, 3);
  polku_test_assert_all_controls_named (window);

  /* The list says what the task teaches. */
  g_assert_nonnull (polku_test_find_label (window, "Teaches 3 requirements"));

  /* Removed from the editor, and put back with its recognition by Undo. */
  remove = polku_test_find_widget (row, GTK_TYPE_BUTTON, 0);
  g_signal_emit_by_name (remove, "clicked");
  polku_test_wait_frames (window, 1);
  g_assert_cmpuint (polku_task_get_n_requirements (task), ==, 2);
  g_assert_null (find_row (window, ADW_TYPE_ACTION_ROW, text_1));
  click_undo (window);
  g_assert_cmpuint (polku_task_get_n_requirements (task), ==, 3);
  row = find_row (window, ADW_TYPE_ACTION_ROW, text_1);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Liisa Opettaja (Gradia)"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_delete_undo (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *window;
  PolkuWorkshopPage *page = new_page (fixture, 1200, &window);
  PolkuTaskListView *view = polku_workshop_page_get_task_list_view (page);
  PolkuTaskList *tasks;
  g_autoptr(PolkuWorkshop) workshop = NULL;
  g_autoptr(GError) error = NULL;
  gint64 requirement = requirement_of (fixture->store, "105429", 0);
  PolkuTask *plain, *mapped;
  gint64 plain_id, mapped_id;
  GtkWidget *dialog;

  workshop = polku_workshop_page_add_workshop (page, "Puutyöpaja", &error);
  g_assert_no_error (error);
  polku_workshop_page_show_workshop (page, polku_workshop_get_id (workshop), "tasks");
  add_task (view, "Huonekalun kokoaminen");
  plain = add_task (view, "Sahaus ja höylääminen");
  mapped = add_task (view, "Kalusteiden valmistus");
  plain_id = polku_task_get_id (plain);
  mapped_id = polku_task_get_id (mapped);
  g_assert_true (polku_task_map_requirement (mapped, requirement, FALSE, NULL, &error));
  g_assert_no_error (error);
  tasks = polku_task_list_view_get_tasks (view);

  /* Not mapped: deleted at once, with Undo. */
  g_assert_true (polku_task_list_view_select (view, plain_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "tasks.delete", NULL));
  polku_test_wait_frames (window, 1);
  g_assert_null (polku_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE));
  g_assert_null (polku_task_list_find (tasks, plain_id));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tasks)), ==, 2);
  /* Its neighbour is chosen instead. */
  g_assert_true (polku_task_list_view_get_selected (view) == mapped);
  click_undo (window);
  g_assert_nonnull (polku_task_list_find (tasks, plain_id));
  g_assert_true (polku_task_list_view_get_selected (view) == polku_task_list_find (tasks, plain_id));
  {
    g_autoptr(PolkuTask) second = g_list_model_get_item (G_LIST_MODEL (tasks), 1);

    g_assert_cmpint (polku_task_get_id (second), ==, plain_id);
  }

  /* Mapped: asked first; cancelling keeps it. */
  g_assert_true (polku_task_list_view_select (view, mapped_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "tasks.delete", NULL));
  polku_test_wait_for (message_dialog_shown, NULL);
  dialog = polku_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Delete “Kalusteiden valmistus”?");
  /* As a click does: the dialog closes and answers once. */
  g_signal_emit_by_name (find_button (dialog, "_Cancel"), "clicked");
  polku_test_wait_for (message_dialog_gone, NULL);
  polku_test_wait (50);
  g_assert_nonnull (polku_task_list_find (tasks, mapped_id));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "tasks.delete", NULL));
  polku_test_wait_for (message_dialog_shown, NULL);
  dialog = polku_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG, TRUE);
  g_signal_emit_by_name (find_button (dialog, "_Delete"), "clicked");
  polku_test_wait_for (message_dialog_gone, NULL);
  polku_test_wait_for (task_gone, &(TaskRef) { tasks, mapped_id });
  g_assert_null (polku_task_list_find (tasks, mapped_id));
  click_undo (window);
  mapped = polku_task_list_find (tasks, mapped_id);
  g_assert_nonnull (mapped);
  g_assert_cmpuint (polku_task_get_n_requirements (mapped), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
dialog_closed (gpointer data)
{
  return polku_test_find_toplevel (POLKU_TYPE_MAPPING_DIALOG, TRUE) == NULL;
}

static void
test_mapping_dialog (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *window;
  PolkuWorkshopPage *page = new_page (fixture, 1200, &window);
  PolkuTaskListView *view = polku_workshop_page_get_task_list_view (page);
  g_autoptr(PolkuWorkshop) workshop = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) units = NULL;
  gint64 unit = unit_id_of (fixture->store, "105438");
  gint64 first = requirement_of (fixture->store, "105438", 0);
  gint64 third = requirement_of (fixture->store, "105438", 2);
  PolkuMappingDialog *dialog;
  PolkuTask *surface, *cleaning;
  GtkWidget *check, *menu_button, *popover, *task_check, *extent;

  workshop = polku_workshop_page_add_workshop (page, "Puutyöpaja", &error);
  g_assert_no_error (error);
  polku_workshop_page_show_workshop (page, polku_workshop_get_id (workshop), "tasks");
  cleaning = add_task (view, "Työpisteen siivous");
  surface = add_task (view, "Pintakäsittely");

  /* From the task: one qualification in the catalogue, so its units come first. */
  g_settings_set_string (polku_context_get_settings (fixture->context), "coach-name", "Aino Valmentaja");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "tasks.add-requirements", NULL));
  dialog = POLKU_MAPPING_DIALOG (polku_test_find_toplevel (POLKU_TYPE_MAPPING_DIALOG, TRUE));
  g_assert_nonnull (dialog);
  polku_test_wait_frames (GTK_WIDGET (dialog), 2);
  g_assert_true (polku_mapping_dialog_get_task (dialog) == surface);
  g_assert_cmpstr (polku_mapping_dialog_get_visible_step (dialog), ==, "units");
  polku_test_assert_all_controls_named (GTK_WIDGET (dialog));

  g_assert_true (polku_mapping_dialog_show_unit (dialog, unit));
  polku_test_wait_frames (GTK_WIDGET (dialog), 2);
  g_assert_cmpstr (polku_mapping_dialog_get_visible_step (dialog), ==, "requirements");
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (dialog), "Puupintojen käsitteleminen"));
  polku_test_assert_all_controls_named (GTK_WIDGET (dialog));

  /* Ticking maps at once, with the coach's name from the preferences. */
  check = polku_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, 0);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_cmpuint (polku_task_get_n_requirements (surface), ==, 1);
  {
    g_autoptr(GPtrArray) mappings = polku_store_list_task_mappings (fixture->store, polku_task_get_id (surface), &error);
    PolkuMappingRecord *record;

    g_assert_no_error (error);
    g_assert_cmpuint (mappings->len, ==, 1);
    record = g_ptr_array_index (mappings, 0);
    g_assert_cmpint (record->requirement_id, ==, first);
    g_assert_cmpstr (record->recognised_by, ==, "Aino Valmentaja");
  }
  /* The task's editor follows. */
  polku_test_wait_frames (window, 1);
  g_assert_cmpuint (g_list_model_get_n_items (polku_task_editor_get_mappings (polku_task_list_view_get_editor (view))), ==, 1);

  /* Unticking unmaps. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  g_assert_cmpuint (polku_task_get_n_requirements (surface), ==, 0);

  /* A whole unit marked as learnable here. */
  extent = find_row (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, "Learnable in this workshop");
  g_assert_nonnull (extent);
  adw_combo_row_set_selected (ADW_COMBO_ROW (extent), 1);
  units = polku_store_list_workshop_units (fixture->store, polku_workshop_get_id (workshop), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (units->len, ==, 1);
  g_assert_cmpint (((PolkuWorkshopUnitRecord *) g_ptr_array_index (units, 0))->extent, ==, POLKU_UNIT_EXTENT_PARTIAL);

  gtk_window_close (GTK_WINDOW (dialog));
  polku_test_wait_for (dialog_closed, NULL);

  /* From the requirement's side: every task of the workshop can be ticked. */
  dialog = polku_task_list_view_open_unit_mapping (view, 0);
  g_assert_nonnull (dialog);
  polku_test_wait_frames (GTK_WIDGET (dialog), 2);
  /* Opened where it was left. */
  g_assert_cmpstr (polku_mapping_dialog_get_visible_step (dialog), ==, "requirements");
  g_assert_cmpint (polku_mapping_dialog_get_unit_id (dialog), ==, unit);
  g_assert_null (polku_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, 0));
  polku_test_assert_all_controls_named (GTK_WIDGET (dialog));

  menu_button = polku_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_MENU_BUTTON, 2);
  g_assert_nonnull (menu_button);
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  polku_test_wait_frames (GTK_WIDGET (dialog), 1);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  g_assert_nonnull (popover);
  g_assert_cmpuint (polku_test_count_widgets (popover, GTK_TYPE_CHECK_BUTTON), ==, 2);
  task_check = polku_test_find_widget (popover, GTK_TYPE_CHECK_BUTTON, 0);
  polku_test_assert_all_controls_named (popover);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (task_check), TRUE);
  g_assert_cmpuint (polku_task_get_n_requirements (cleaning), ==, 1);
  {
    g_autoptr(GPtrArray) mappings = polku_store_list_task_mappings (fixture->store, polku_task_get_id (cleaning), &error);

    g_assert_cmpint (((PolkuMappingRecord *) g_ptr_array_index (mappings, 0))->requirement_id, ==, third);
  }
  gtk_popover_popdown (GTK_POPOVER (popover));

  /* The same through the dialog's own call. */
  g_assert_true (polku_mapping_dialog_set_requirement_mapped (dialog, first, polku_task_get_id (surface), TRUE, &error));
  g_assert_cmpuint (polku_task_get_n_requirements (surface), ==, 1);
  polku_test_wait_frames (GTK_WIDGET (dialog), 1);
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (dialog), "Puuteollisuuden perustutkinto · 105438 · 2 of 6 requirements taught here"));

  gtk_window_close (GTK_WINDOW (dialog));
  polku_test_wait_for (dialog_closed, NULL);
  g_settings_reset (polku_context_get_settings (fixture->context), "coach-name");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  GtkWidget *window;
  PolkuWorkshopPage *page;
  AdwLeaflet *leaflet;
  g_autoptr(GError) error = NULL;
  gint64 workshop_id;

  /* Nothing yet: the way to add the first workshop comes first. */
  page = new_page (fixture, 400, &window);
  leaflet = ADW_LEAFLET (template_child (page, POLKU_TYPE_WORKSHOP_PAGE, "leaflet"));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == template_child (page, POLKU_TYPE_WORKSHOP_PAGE, "content_box"));
  g_assert_true (gtk_widget_get_mapped (template_child (page, POLKU_TYPE_WORKSHOP_PAGE, "first_entry")));
  polku_test_assert_all_controls_named (window);
  maybe_screenshot (window, "workshop-empty-narrow");
  gtk_window_destroy (GTK_WINDOW (window));

  {
    g_autoptr(PolkuWorkshopList) list = polku_workshop_list_new (fixture->store);
    g_autoptr(PolkuWorkshop) workshop = polku_workshop_list_add (list, "Puutyöpaja ja korjaamo, jossa on pitkä nimi", &error);

    g_assert_no_error (error);
    workshop_id = polku_workshop_get_id (workshop);
  }

  page = new_page (fixture, 400, &window);
  leaflet = ADW_LEAFLET (template_child (page, POLKU_TYPE_WORKSHOP_PAGE, "leaflet"));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  /* Narrow, the sidebar comes first. */
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == template_child (page, POLKU_TYPE_WORKSHOP_PAGE, "sidebar"));
  polku_test_assert_all_controls_named (window);

  g_assert_true (polku_workshop_page_show_workshop (page, workshop_id, "profile"));
  polku_test_wait_frames (window, 2);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == template_child (page, POLKU_TYPE_WORKSHOP_PAGE, "content_box"));
  g_assert_true (gtk_widget_get_visible (template_child (page, POLKU_TYPE_WORKSHOP_PAGE, "back_button")));
  g_assert_true (adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (template_child (page, POLKU_TYPE_WORKSHOP_PAGE, "switcher_bar"))));
  polku_test_assert_all_controls_named (window);

  polku_workshop_page_show_workshop (page, workshop_id, "tasks");
  polku_test_wait_frames (window, 2);
  polku_test_assert_all_controls_named (window);

  g_assert_true (polku_workshop_page_go_back (page));
  polku_test_wait_frames (window, 1);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == template_child (page, POLKU_TYPE_WORKSHOP_PAGE, "sidebar"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_views_render (Fixture       *fixture,
                   gconstpointer  data)
{
  const char * const tabs[] = { "profile", "tasks", "coverage", "report" };
  GtkWidget *window;
  PolkuWorkshopPage *page = new_page (fixture, 1280, &window);
  PolkuTaskListView *view = polku_workshop_page_get_task_list_view (page);
  g_autoptr(PolkuWorkshop) workshop = NULL;
  g_autoptr(GError) error = NULL;
  PolkuTask *task;

  workshop = polku_workshop_page_add_workshop (page, "Puutyöpaja", &error);
  g_assert_no_error (error);
  polku_workshop_page_show_workshop (page, polku_workshop_get_id (workshop), "tasks");
  task = add_task (view, "Pintakäsittely");
  g_assert_true (polku_task_map_requirement (task, requirement_of (fixture->store, "105438", 0), FALSE, NULL, &error));

  for (guint i = 0; i < G_N_ELEMENTS (tabs); i++)
    {
      polku_workshop_page_show_workshop (page, polku_workshop_get_id (workshop), tabs[i]);
      polku_test_wait_frames (window, 2);
      g_assert_cmpstr (polku_workshop_page_get_visible_tab (page), ==, tabs[i]);
      polku_test_assert_all_controls_named (window);
    }

  polku_workshop_page_show_partners (page);
  polku_test_wait_frames (window, 2);
  polku_test_assert_all_controls_named (window);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Not a test of behaviour: pictures of a coach's afternoon to look at. */
static void
test_screenshots (Fixture       *fixture,
                  gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const struct {
    const char *name;
    int         width;
    gboolean    dark;
  } sizes[] = {
    { "wide", 1280, FALSE },
    { "narrow", 400, FALSE },
    { "wide-dark", 1280, TRUE },
    { "narrow-dark", 400, TRUE },
  };
  /* Which units each of the eight tasks teaches (unit code, requirement index). */
  const struct {
    guint       task;
    const char *unit;
    guint       nth;
  } map[] = {
    { 0, "105429", 0 }, { 0, "105429", 2 }, { 0, "105444", 2 },
    { 1, "105438", 1 }, { 1, "105438", 2 }, { 1, "105438", 3 },
    { 2, "105439", 1 }, { 2, "105444", 1 },
    { 3, "105439", 2 }, { 3, "105439", 0 },
    { 4, "105429", 4 }, { 4, "105438", 0 },
    { 5, "105429", 1 },
    { 6, "105444", 3 }, { 6, "105439", 3 },
    { 7, "105444", 4 }, { 7, "105438", 4 }, { 7, "105444", 5 },
  };
  PolkuRecognition who = { "Aino Valmentaja", "Liisa Opettaja", "Jyväskylän koulutuskuntayhtymä Gradia", NULL };
  g_autoptr(PolkuWorkshopList) workshops = polku_workshop_list_new (fixture->store);
  g_autoptr(PolkuWorkshop) workshop = NULL;
  g_autoptr(PolkuWorkshop) cafe = NULL;
  g_autoptr(PolkuTaskList) tasks = NULL;
  g_autoptr(PolkuContactList) contacts = NULL;
  g_autoptr(PolkuContact) contact = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first_task = 0;

  if (g_getenv ("POLKU_TEST_SHOTS") == NULL)
    {
      g_test_skip ("POLKU_TEST_SHOTS not set");
      return;
    }

  workshop = polku_workshop_list_add (workshops, "Puutyöpaja", &error);
  cafe = polku_workshop_list_add (workshops, "Kahvila Kulma", &error);
  g_assert_no_error (error);
  g_assert_true (polku_workshop_set_address (workshop, "Verstaskatu 3", &error));
  g_assert_true (polku_workshop_set_postal_code (workshop, "40100", &error));
  g_assert_true (polku_workshop_set_municipality (workshop, "Jyväskylä", &error));
  g_assert_true (polku_workshop_set_description (workshop,
                                                 "Puutyöpajassa valmistetaan ja korjataan kalusteita tilaustöinä. "
                                                 "Työ tehdään pienryhmässä työvalmentajan ohjauksessa; jokainen "
                                                 "valmentautuja etenee omaan tahtiinsa.", &error));
  g_assert_true (polku_workshop_set_equipment (workshop, "Pöytäsirkkeli, tasohöylä, oikohöylä, vannesaha, "
                                               "pylväsporakone, ruiskumaalauskaappi, käsityökalut.", &error));
  contacts = polku_contact_list_new (fixture->store, polku_workshop_get_id (workshop), 0);
  contact = polku_contact_list_add (contacts, "Aino Valmentaja", &error);
  g_assert_true (polku_contact_set_title (contact, "Työvalmentaja", &error));
  g_assert_true (polku_contact_set_phone (contact, "040 123 4567", &error));
  g_assert_true (polku_contact_set_email (contact, "aino.valmentaja@example.fi", &error));
  g_assert_no_error (error);

  tasks = polku_task_list_new (fixture->store, polku_workshop_get_id (workshop));
  for (guint i = 0; i < G_N_ELEMENTS (carpentry_tasks); i++)
    {
      g_autoptr(PolkuTask) task = polku_task_list_add (tasks, carpentry_tasks[i], &error);

      g_assert_no_error (error);
      if (i == 0)
        {
          first_task = polku_task_get_id (task);
          g_assert_true (polku_task_set_duration (task, "1–3 päivää", &error));
          g_assert_true (polku_task_set_description (task, "Kalusteen osien sovitus, liimaus ja kokoaminen "
                                                     "piirustuksen mukaan; helojen ja vetimien asennus.", &error));
          g_assert_true (polku_task_set_tools (task, "Ruuvipuristimet, akkuporakone, liima, kulmaviivain", &error));
          g_assert_true (polku_task_set_safety (task, "Kuulosuojaimet ja suojalasit koneita käytettäessä.", &error));
        }
      if (i == 6)
        g_assert_true (polku_task_set_active (task, FALSE, &error));
    }
  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    {
      g_autoptr(PolkuTask) task = g_list_model_get_item (G_LIST_MODEL (tasks), map[i].task);

      g_assert_true (polku_task_map_requirement (task, requirement_of (fixture->store, map[i].unit, map[i].nth),
                                                 FALSE, &who, &error));
    }
  g_assert_no_error (error);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      const char * const tabs[] = { "profile", "tasks", "coverage", "report" };
      GtkWidget *window;
      PolkuWorkshopPage *page;
      g_autofree char *name = NULL;

      adw_style_manager_set_color_scheme (style, sizes[s].dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                               : ADW_COLOR_SCHEME_FORCE_LIGHT);
      page = new_page (fixture, sizes[s].width, &window);
      gtk_window_set_default_size (GTK_WINDOW (window), sizes[s].width, 860);
      name = g_strdup_printf ("workshop-sidebar-%s", sizes[s].name);
      maybe_screenshot (window, name);

      for (guint t = 0; t < G_N_ELEMENTS (tabs); t++)
        {
          g_free (name);
          polku_workshop_page_show_workshop (page, polku_workshop_get_id (workshop), tabs[t]);
          name = g_strdup_printf ("workshop-%s-%s", tabs[t], sizes[s].name);
          maybe_screenshot (window, name);
          if (g_str_equal (tabs[t], "tasks"))
            {
              /* Narrow, choosing a task opens its editor. */
              polku_task_list_view_select (polku_workshop_page_get_task_list_view (page), first_task);
              g_free (name);
              name = g_strdup_printf ("workshop-task-%s", sizes[s].name);
              maybe_screenshot (window, name);
            }
        }

      polku_workshop_page_show_organisation (page);
      g_free (name);
      name = g_strdup_printf ("workshop-organisation-%s", sizes[s].name);
      maybe_screenshot (window, name);

      /* The picker, from a task and from the requirements' side. */
      polku_workshop_page_show_workshop (page, polku_workshop_get_id (workshop), "tasks");
      polku_task_list_view_select (polku_workshop_page_get_task_list_view (page), first_task);
      {
        PolkuTaskEditor *editor = polku_task_list_view_get_editor (polku_workshop_page_get_task_list_view (page));
        PolkuMappingDialog *dialog = polku_task_editor_open_mapping_dialog (editor);

        gtk_window_set_default_size (GTK_WINDOW (dialog), sizes[s].width < 600 ? 400 : 780, 720);
        /* It opens where it was left; back to the units. */
        if (g_strcmp0 (polku_mapping_dialog_get_visible_step (dialog), "requirements") == 0)
          gtk_widget_activate_action (GTK_WIDGET (dialog), "mapping.back", NULL);
        g_free (name);
        name = g_strdup_printf ("mapping-units-%s", sizes[s].name);
        maybe_screenshot (GTK_WIDGET (dialog), name);
        polku_mapping_dialog_show_unit (dialog, unit_id_of (fixture->store, "105429"));
        g_free (name);
        name = g_strdup_printf ("mapping-requirements-%s", sizes[s].name);
        maybe_screenshot (GTK_WIDGET (dialog), name);
        gtk_window_destroy (GTK_WINDOW (dialog));
      }
      {
        PolkuMappingDialog *dialog = polku_task_list_view_open_unit_mapping (polku_workshop_page_get_task_list_view (page),
                                                                             unit_id_of (fixture->store, "105444"));
        GtkWidget *menu_button;

        gtk_window_set_default_size (GTK_WINDOW (dialog), sizes[s].width < 600 ? 400 : 780, 720);
        polku_test_wait_frames (GTK_WIDGET (dialog), 2);
        menu_button = polku_test_find_widget (GTK_WIDGET (dialog), GTK_TYPE_MENU_BUTTON, 2);
        gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
        g_free (name);
        name = g_strdup_printf ("mapping-by-requirement-%s", sizes[s].name);
        maybe_screenshot (GTK_WIDGET (dialog), name);
        gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
        gtk_window_destroy (GTK_WINDOW (dialog));
      }

      gtk_window_destroy (GTK_WINDOW (window));
    }

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  (void) cafe;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *user_dirs = NULL;
  int status;

  user_dirs = polku_test_gtk_init (&argc, &argv);
  /* libadwaita 1.2 can unref a freed object when a window is unmapped in the
   * middle of an animation (seen with toasts being dismissed at teardown);
   * without animations they end at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  import_template ();

#define ADD(path, func, catalogue) \
  g_test_add ("/workshop-page/" path, Fixture, GINT_TO_POINTER (catalogue), fixture_setup, func, fixture_teardown)

  ADD ("empty-state", test_empty_state, FALSE);
  ADD ("workshops-sidebar", test_workshops_sidebar, FALSE);
  ADD ("profile-saved", test_profile_saved, FALSE);
  ADD ("tasks", test_tasks, FALSE);
  ADD ("mapping-shown", test_mapping_shown, TRUE);
  ADD ("delete-undo", test_delete_undo, TRUE);
  ADD ("mapping-dialog", test_mapping_dialog, TRUE);
  ADD ("narrow", test_narrow, FALSE);
  ADD ("views-render", test_views_render, TRUE);
  ADD ("screenshots", test_screenshots, TRUE);

#undef ADD

  status = g_test_run ();

  polku_test_remove_tree (template_dir);
  g_free (template_dir);
  polku_test_remove_tree (user_dirs);
  return status;
}
