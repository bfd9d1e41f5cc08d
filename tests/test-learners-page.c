/* test-learners-page.c: the Learners section on the demo database, under
 * Xvfb. With POLKU_TEST_SHOTS=DIR it also saves screenshots (light and dark).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "polku-competence-view.h"
#include "polku-demo.h"
#include "polku-demonstration-editor.h"
#include "polku-document-window.h"
#include "polku-plan.h"
#include "polku-store-review.h"
#include "polku-learners-page.h"
#include "polku-test-gtk-utils.h"
#include "polku-test-learners.h"
#include "polku-timeline.h"

typedef struct
{
  Fixture       lt;
  PolkuContext *context;
  GtkWidget    *window;
  PolkuLearnersPage *page;
} PageFixture;

/* Auxiliary */

static void
page_fixture_setup (PageFixture   *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  int width = GPOINTER_TO_INT (data);

  lt_fixture_setup_catalogue (&fixture->lt, LT_SET_DEMO);
  g_assert_cmpint (polku_demo_fill (fixture->lt.store, NULL, &error), ==, 0);
  g_assert_no_error (error);
  fixture->context = polku_test_context_new (fixture->lt.store);

  fixture->window = adw_window_new ();
  /* -1: tall enough for a whole page in a screenshot */
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), width > 0 ? width : 1100, width < 0 ? 2400 : 800);
  fixture->page = POLKU_LEARNERS_PAGE (polku_learners_page_new ());
  adw_window_set_content (ADW_WINDOW (fixture->window), GTK_WIDGET (fixture->page));
  gtk_window_present (GTK_WINDOW (fixture->window));
  polku_learners_page_set_context (fixture->page, fixture->context);
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

static void
maybe_screenshot (GtkWidget  *window,
                  const char *name)
{
  const char *dir = g_getenv ("POLKU_TEST_SHOTS");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  polku_test_wait (450);
  polku_test_wait_frames (window, 3);
  path = g_strdup_printf ("%s/%s.png", dir, name);
  polku_test_save_png (window, path);
}

static PolkuLearner *
find_by_last_name (PolkuLearnerList *list,
                   const char       *last_name)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(PolkuLearner) learner = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_strcmp0 (polku_learner_get_last_name (learner), last_name) == 0)
        return learner;
    }
  g_assert_not_reached ();
}

static AdwViewStack *
get_view_stack (PolkuLearnersPage *page)
{
  return ADW_VIEW_STACK (polku_test_find_widget (GTK_WIDGET (page), ADW_TYPE_VIEW_STACK, 0));
}

static AdwMessageDialog *
find_message_dialog (gpointer not_this)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && window != not_this && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
expand_all (GtkWidget *root)
{
  if (ADW_IS_EXPANDER_ROW (root) && gtk_widget_get_mapped (root))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (root), TRUE);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    expand_all (child);
}

/* Tests */

/* Every demo learner (archived too), both pages, renders without warnings
 * and with every control named. */
static void
test_each_learner_renders (PageFixture   *fixture,
                           gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  AdwViewStack *stack = get_view_stack (fixture->page);
  guint n;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5);
  polku_test_assert_all_controls_named (fixture->window);

  polku_learner_list_set_show (list, POLKU_LEARNER_SHOW_ALL);
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  g_assert_cmpuint (n, ==, 6);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuLearner) learner = g_list_model_get_item (G_LIST_MODEL (list), i);

      polku_learners_page_show_learner (fixture->page, polku_learner_get_id (learner));
      g_assert_true (polku_learners_page_get_learner (fixture->page) == learner);
      g_assert_nonnull (polku_test_find_label (GTK_WIDGET (fixture->page), polku_learner_get_full_name (learner)));
      adw_view_stack_set_visible_child_name (stack, "person");
      polku_test_wait_frames (fixture->window, 1);
      polku_test_assert_all_controls_named (fixture->window);
      adw_view_stack_set_visible_child_name (stack, "plan");
      polku_test_wait_frames (fixture->window, 1);
      polku_test_assert_all_controls_named (fixture->window);
      expand_all (GTK_WIDGET (fixture->page));
      polku_test_wait_frames (fixture->window, 1);
      polku_test_assert_all_controls_named (fixture->window);
      adw_view_stack_set_visible_child_name (stack, "person");
      expand_all (GTK_WIDGET (fixture->page));
      polku_test_wait_frames (fixture->window, 1);
      polku_test_assert_all_controls_named (fixture->window);
      adw_view_stack_set_visible_child_name (stack, "competence");
      polku_test_wait_frames (fixture->window, 1);
      polku_test_assert_all_controls_named (fixture->window);
    }
}

static void
test_search_filters (PageFixture   *fixture,
                     gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  GtkWidget *search = polku_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_SEARCH_ENTRY, 0);
  g_autoptr(PolkuLearner) first = NULL;

  gtk_editable_set_text (GTK_EDITABLE (search), "aino");
  /* The search entry waits for a pause in typing. */
  polku_test_wait (400);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_cmpstr (polku_learner_get_last_name (first), ==, "Esimerkki");
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (fixture->page), "1 of 6 learners"));

  polku_learners_page_set_query (fixture->page, "nobody-here");
  polku_test_wait_frames (fixture->window, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (fixture->page), "No Matching Learners"));

  /* The archived learner is found only among the archived. */
  polku_learners_page_set_query (fixture->page, "leevi");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  polku_learner_list_set_show (list, POLKU_LEARNER_SHOW_ARCHIVED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);

  /* Coach and status filters. */
  polku_learners_page_set_query (fixture->page, "");
  polku_learner_list_set_show (list, POLKU_LEARNER_SHOW_ACTIVE);
  polku_learner_list_set_coach (list, "Aki Ohjaaja");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  polku_learner_list_set_status (list, POLKU_LEARNER_STATUS_OPISKELIJA);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
}

/* Choosing "student" in the status row saves it and shows the provider. */
static void
test_status_saved (PageFixture   *fixture,
                   gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  PolkuLearner *learner = find_by_last_name (list, "Kokeilu");
  g_autoptr(PolkuLearnerRecord) record = NULL;
  AdwComboRow *status = NULL;

  polku_learners_page_show_learner (fixture->page, polku_learner_get_id (learner));
  polku_test_wait_frames (fixture->window, 1);
  for (guint i = 0; (status = ADW_COMBO_ROW (polku_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_COMBO_ROW, i))) != NULL; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (status)), "Status") == 0 &&
        gtk_widget_get_mapped (GTK_WIDGET (status)))
      break;
  g_assert_nonnull (status);
  adw_combo_row_set_selected (status, POLKU_LEARNER_STATUS_OPISKELIJA);
  record = polku_store_get_learner (fixture->lt.store, polku_learner_get_id (learner), NULL);
  g_assert_cmpint (record->status, ==, POLKU_LEARNER_STATUS_OPISKELIJA);
  polku_test_wait_frames (fixture->window, 1);
  polku_test_assert_all_controls_named (fixture->window);
}

/* Erasing asks first, naming the person; cancelling keeps everything. */
static void
test_erase_asks_first (PageFixture   *fixture,
                       gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  PolkuLearner *learner = find_by_last_name (list, "Malli");
  gint64 id = polku_learner_get_id (learner);
  AdwMessageDialog *dialog;
  gpointer cancelled;
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuLearnerRecord) gone = NULL;
  GtkWidget *erase;

  polku_learners_page_show_learner (fixture->page, id);
  polku_test_wait_frames (fixture->window, 1);
  erase = polku_test_find_label (GTK_WIDGET (fixture->page), "_Erase…");
  if (erase == NULL)
    erase = polku_test_find_label (GTK_WIDGET (fixture->page), "Erase…");
  g_assert_nonnull (erase);
  erase = gtk_widget_get_ancestor (erase, GTK_TYPE_BUTTON);
  g_assert_nonnull (erase);

  g_signal_emit_by_name (erase, "clicked");
  polku_test_wait_frames (fixture->window, 1);
  dialog = find_message_dialog (NULL);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Venla Malli"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "no undo"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "confirm"), ==, ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  /* Nothing is erased while the question is open. */
  g_assert_nonnull (polku_learner_list_find (list, id));

  adw_message_dialog_response (dialog, "cancel");
  polku_test_wait_frames (fixture->window, 1);
  cancelled = dialog;
  g_assert_nonnull (polku_learner_list_find (list, id));
  g_assert_true (polku_learners_page_get_learner (fixture->page) == learner);

  polku_learners_page_erase_learner (fixture->page);
  polku_test_wait_frames (fixture->window, 1);
  dialog = find_message_dialog (cancelled);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "confirm");
  polku_test_wait_frames (fixture->window, 1);
  g_assert_null (polku_learner_list_find (list, id));
  g_assert_null (polku_learners_page_get_learner (fixture->page));
  gone = polku_store_get_learner (fixture->lt.store, id, &error);
  g_assert_null (gone);
  g_assert_error (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
}

/* Narrow: the leaflet folds; the list comes first and a learner opens over it. */
static void
test_narrow (PageFixture   *fixture,
             gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  AdwLeaflet *leaflet = ADW_LEAFLET (polku_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_LEAFLET, 0));

  g_assert_true (adw_leaflet_get_folded (leaflet));
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");
  polku_learners_page_show_learner (fixture->page, polku_learner_get_id (find_by_last_name (list, "Demo")));
  polku_test_wait_frames (fixture->window, 1);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "content");
  polku_test_assert_all_controls_named (fixture->window);
}

/* A whole unit from the keyboard: status and level in each row, evidence,
 * Enter moves to the next requirement. */
static void
test_keyboard_unit (PageFixture   *fixture,
                    gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  PolkuLearner *learner = find_by_last_name (list, "Kokeilu");
  gint64 learner_id = polku_learner_get_id (learner);
  gint64 unit_id = lt_unit_id (fixture->lt.store, "OPH-2455-2017", "tutkinnonosat_105444");
  g_autoptr(PolkuPlan) plan = polku_plan_new (fixture->lt.store, learner_id);
  g_autoptr(PolkuPlanUnit) plan_unit = NULL;
  g_autoptr(GError) error = NULL;
  PolkuCompetenceView *view;
  PolkuCompetenceList *competences;
  guint n;

  polku_learners_page_show_learner (fixture->page, learner_id);
  plan_unit = polku_plan_add_unit (plan, unit_id, &error);
  g_assert_no_error (error);
  polku_test_wait_frames (fixture->window, 1);
  adw_view_stack_set_visible_child_name (get_view_stack (fixture->page), "competence");
  polku_test_wait_frames (fixture->window, 1);

  view = POLKU_COMPETENCE_VIEW (polku_test_find_widget (GTK_WIDGET (fixture->page), POLKU_TYPE_COMPETENCE_VIEW, 0));
  competences = polku_competence_view_get_list (view);
  g_assert_nonnull (competences);
  g_assert_cmpint (polku_competence_list_get_unit_id (competences), ==, unit_id);
  n = g_list_model_get_n_items (G_LIST_MODEL (competences));
  g_assert_cmpuint (n, >, 2);
  polku_test_assert_all_controls_named (fixture->window);

  /* Partly identified looks like any other state: no error, a progress line. */
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *status = polku_competence_view_get_status (view, i);
      GtkWidget *level = polku_competence_view_get_level (view, i);
      GtkWidget *evidence = polku_competence_view_get_evidence (view, i);
      g_autoptr(PolkuCompetence) competence = g_list_model_get_item (G_LIST_MODEL (competences), i);

      gtk_widget_grab_focus (status);
      g_assert_true (gtk_widget_has_focus (status) || gtk_widget_is_focus (gtk_widget_get_first_child (status)) ||
                     gtk_widget_get_focus_child (status) != NULL);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (status), POLKU_COMPETENCE_IDENTIFIED);
      /* Level 3 of the generic 1–5 scale is the fourth item (after "No level"). */
      if (gtk_widget_get_visible (level))
        gtk_drop_down_set_selected (GTK_DROP_DOWN (level), 3);
      gtk_editable_set_text (GTK_EDITABLE (evidence), "Sawed and planed a table top");
      gtk_widget_grab_focus (evidence);
      g_signal_emit_by_name (evidence, "activate");
      if (i + 1 < n)
        {
          GtkWidget *next = polku_competence_view_get_status (view, i + 1);
          GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

          g_assert_true (focus == next || (focus != NULL && gtk_widget_is_ancestor (focus, next)));
        }
      g_assert_cmpint (polku_competence_get_status (competence), ==, POLKU_COMPETENCE_IDENTIFIED);
      g_assert_cmpstr (polku_competence_get_evidence (competence), ==, "Sawed and planed a table top");
      g_assert_nonnull (polku_competence_get_shown_on (competence));
      if (i == 0)
        g_assert_cmpuint (polku_competence_list_get_n_identified (competences), ==, 1);
    }
  g_assert_cmpuint (polku_competence_list_get_n_identified (competences), ==, n);
  g_assert_true (polku_competence_list_get_complete (competences));
  polku_test_wait_frames (fixture->window, 1);
  polku_test_assert_all_controls_named (fixture->window);
}

/* One step for the rest of a unit, all or nothing. */
static void
test_mark_remaining (PageFixture   *fixture,
                     gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  gint64 learner_id = polku_learner_get_id (find_by_last_name (list, "Kokeilu"));
  gint64 unit_id = lt_unit_id (fixture->lt.store, "OPH-2455-2017", "tutkinnonosat_105444");
  g_autoptr(PolkuPlan) plan = polku_plan_new (fixture->lt.store, learner_id);
  g_autoptr(PolkuPlanUnit) plan_unit = NULL;
  g_autoptr(GError) error = NULL;
  PolkuCompetenceView *view;
  PolkuCompetenceList *competences;

  polku_learners_page_show_learner (fixture->page, learner_id);
  plan_unit = polku_plan_add_unit (plan, unit_id, &error);
  g_assert_no_error (error);
  polku_test_wait_frames (fixture->window, 1);
  view = POLKU_COMPETENCE_VIEW (polku_test_find_widget (GTK_WIDGET (fixture->page), POLKU_TYPE_COMPETENCE_VIEW, 0));
  competences = polku_competence_view_get_list (view);
  g_assert_nonnull (competences);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (polku_competence_view_get_status (view, 0)), POLKU_COMPETENCE_PRACTISING);
  g_assert_cmpuint (polku_competence_list_get_n_identified (competences), ==, 0);
  g_assert_true (polku_competence_view_mark_remaining_identified (view, 0, &error));
  g_assert_no_error (error);
  g_assert_true (polku_competence_list_get_complete (competences));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (polku_competence_view_get_status (view, 0))), ==,
                    POLKU_COMPETENCE_IDENTIFIED);

  /* The Plan tab follows: the unit's row counts every requirement identified. */
  polku_test_wait_frames (fixture->window, 2);
  {
    gboolean found = FALSE;

    for (guint i = 0; !found; i++)
      {
        GtkWidget *row = polku_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_EXPANDER_ROW, i);
        const char *subtitle;

        g_assert_nonnull (row);
        subtitle = adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row));
        if (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "105444") == NULL)
          continue;
        found = TRUE;
        g_test_message ("unit row: %s", subtitle);
        g_assert_true (g_str_has_prefix (subtitle, "6 of 6 "));
      }
  }
}

static GtkButton *
find_button (GtkWidget  *root,
             const char *label)
{
  GtkWidget *found = polku_test_find_label (root, label);

  g_assert_nonnull (found);
  found = gtk_widget_get_ancestor (found, GTK_TYPE_BUTTON);
  g_assert_nonnull (found);
  return GTK_BUTTON (found);
}

/* A new trainee gets a plan: target, a unit added from the structure, its
 * credits counted; removing it again keeps the competence records. */
static void
test_plan_units (PageFixture   *fixture,
                 gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  gint64 learner_id = polku_learner_get_id (find_by_last_name (list, "Kokeilu"));
  g_autoptr(PolkuPlan) plan = polku_plan_new (fixture->lt.store, learner_id);
  g_autoptr(GError) error = NULL;
  PolkuTimeline *timeline;
  guint n_timeline;

  if (polku_plan_get_peruste_id (plan) == 0)
    {
      g_assert_true (polku_plan_set_target (plan, lt_peruste_id (fixture->lt.store, "OPH-2455-2017"), NULL, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 0);

  polku_learners_page_show_learner (fixture->page, learner_id);
  adw_view_stack_set_visible_child_name (get_view_stack (fixture->page), "plan");
  polku_test_wait_frames (fixture->window, 1);
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (fixture->page), "No units chosen yet"));
  timeline = POLKU_TIMELINE (polku_test_find_widget (GTK_WIDGET (fixture->page), POLKU_TYPE_TIMELINE, 0));
  g_assert_nonnull (timeline);
  n_timeline = polku_timeline_get_n_records (timeline);

  g_signal_emit_by_name (find_button (GTK_WIDGET (fixture->page), "Add to Plan"), "clicked");
  polku_test_wait_frames (fixture->window, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 1);
  g_assert_cmpfloat (polku_plan_get_credits_chosen (plan), >, 0);
  g_assert_null (polku_test_find_label (GTK_WIDGET (fixture->page), "No units chosen yet"));
  /* The timeline follows, and says in words what it draws. */
  g_assert_cmpuint (polku_timeline_get_n_records (timeline), ==, n_timeline + 1);
  g_assert_nonnull (strstr (polku_timeline_get_description (timeline), "Unit: "));

  /* The unit's row offers the way to identify its competence. */
  g_signal_emit_by_name (find_button (GTK_WIDGET (fixture->page), "Identify Competence"), "clicked");
  polku_test_wait_frames (fixture->window, 1);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (get_view_stack (fixture->page)), ==, "competence");
  adw_view_stack_set_visible_child_name (get_view_stack (fixture->page), "plan");
  polku_test_wait_frames (fixture->window, 1);

  g_signal_emit_by_name (find_button (GTK_WIDGET (fixture->page), "Remove from Plan"), "clicked");
  polku_test_wait_frames (fixture->window, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 0);
  polku_test_assert_all_controls_named (fixture->window);
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  return polku_test_find_first (root, is_named, name);
}

/* The demonstration editor opens from a demo learner's planned demonstration
 * without warnings; an assessor added and an outcome chosen are in the store. */
static void
test_demonstration_editor (PageFixture   *fixture,
                           gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  PolkuLearner *learner = find_by_last_name (list, "Malli");
  g_autoptr(GPtrArray) demonstrations = NULL;
  g_autoptr(PolkuDemonstrationRecord) record = NULL;
  g_autoptr(PolkuDemonstrationRecord) after = NULL;
  g_autoptr(PolkuDemonstration) demonstration = NULL;
  g_autoptr(GError) error = NULL;
  PolkuDemonstrationRecord *planned;
  PolkuDemonstrationUnitRecord *unit;
  GtkWidget *editor, *row, *button;
  guint n_assessors;
  gboolean found = FALSE;

  polku_learners_page_show_learner (fixture->page, polku_learner_get_id (learner));
  polku_test_wait_frames (fixture->window, 1);
  demonstrations = polku_store_list_demonstrations (fixture->lt.store, polku_learner_get_id (learner), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (demonstrations->len, >, 0);
  planned = g_ptr_array_index (demonstrations, 0);
  demonstration = polku_demonstration_load (fixture->lt.store, planned->demonstration_id, &error);
  g_assert_no_error (error);
  record = polku_store_get_demonstration (fixture->lt.store, planned->demonstration_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (record->units->len, >, 0);
  n_assessors = record->assessors->len;

  editor = polku_demonstration_editor_new (fixture->context, demonstration);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (fixture->window));
  gtk_window_set_default_size (GTK_WINDOW (editor), 720, 2600);
  gtk_window_present (GTK_WINDOW (editor));
  polku_test_wait_frames (editor, 2);
  expand_all (editor);
  polku_test_wait_frames (editor, 2);
  polku_test_assert_all_controls_named (editor);
  /* The environment is filled in (the workshop by default). */
  g_assert_nonnull (polku_test_find_label (editor, "Units and Outcomes"));
  maybe_screenshot (editor, "demonstration-editor");
  maybe_screenshot (polku_test_find_widget (editor, ADW_TYPE_CLAMP, 0), "demonstration-editor-all");
  if (g_getenv ("POLKU_TEST_SHOTS") != NULL)
    {
      AdwStyleManager *style = adw_style_manager_get_default ();

      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
      maybe_screenshot (editor, "demonstration-editor-dark");
      adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
    }

  /* An assessor from working life with a role code */
  row = find_named (editor, "assessor-name");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "Aada Arvioija");
  gtk_editable_set_text (GTK_EDITABLE (find_named (editor, "assessor-organisation")), "Puuseppä Oy");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (editor, "assessor-role")), 1);
  button = find_named (editor, "add-assessor-button");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");

  /* A grade for the first unit on its own scale */
  polku_demonstration_editor_rebuild (POLKU_DEMONSTRATION_EDITOR (editor));
  row = find_named (editor, "unit-grade");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_sensitive (row));
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (row))), >, 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
  polku_test_wait_frames (editor, 1);

  after = polku_store_get_demonstration (fixture->lt.store, planned->demonstration_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->assessors->len, ==, n_assessors + 1);
  for (guint i = 0; i < after->assessors->len; i++)
    {
      PolkuAssessorRecord *assessor = g_ptr_array_index (after->assessors, i);

      if (g_strcmp0 (assessor->name, "Aada Arvioija") == 0)
        {
          found = TRUE;
          g_assert_cmpint (assessor->side, ==, POLKU_ASSESSOR_WORKING_LIFE);
          g_assert_cmpstr (assessor->organisation, ==, "Puuseppä Oy");
          g_assert_true (g_str_has_prefix (assessor->role, POLKU_KOODISTO_ASSESSOR_ROLE "_"));
        }
    }
  g_assert_true (found);
  unit = g_ptr_array_index (after->units, 0);
  g_assert_cmpint (unit->level_id, >, 0);
  g_assert_cmpint (unit->outcome, ==, POLKU_OUTCOME_PASSED);
  g_assert_nonnull (unit->assessed_on);

  /* The rebuilt editor shows the new assessor and stays warning-free. */
  polku_test_wait_frames (editor, 2);
  g_assert_nonnull (polku_test_find_label (editor, "Aada Arvioija"));
  expand_all (editor);
  maybe_screenshot (polku_test_find_widget (editor, ADW_TYPE_CLAMP, 0), "demonstration-editor-recorded");

  /* Deleting asks first; confirmed, the demonstration and the editor are gone. */
  {
    AdwMessageDialog *dialog;
    g_autoptr(PolkuDemonstrationRecord) gone = NULL;
    g_autoptr(GError) not_found = NULL;

    g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
    g_assert_true (gtk_widget_activate_action (editor, "demonstration.delete", NULL));
    polku_test_wait_frames (fixture->window, 1);
    dialog = find_message_dialog (NULL);
    g_assert_nonnull (dialog);
    adw_message_dialog_response (dialog, "confirm");
    polku_test_wait_frames (fixture->window, 1);
    gone = polku_store_get_demonstration (fixture->lt.store, planned->demonstration_id, &not_found);
    g_assert_null (gone);
    g_assert_error (not_found, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND);
    g_assert_null (editor);
  }
}

/* Print / Export in the learner header opens the document window for each kind. */
static void
test_print_menu (PageFixture   *fixture,
                 gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  static const char * const kinds[] = { "plan", "certificate", "review-sheet" };

  polku_learners_page_show_learner (fixture->page, polku_learner_get_id (find_by_last_name (list, "Demo")));
  polku_test_wait_frames (fixture->window, 1);
  g_assert_nonnull (polku_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_MENU_BUTTON, 0));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      GtkWindow *window;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "learner.document", "s", kinds[i]));
      window = polku_test_find_toplevel (POLKU_TYPE_DOCUMENT_WINDOW, FALSE);
      g_assert_nonnull (window);
      polku_test_wait_frames (GTK_WIDGET (window), 2);
      gtk_window_destroy (window);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

static gboolean
has_row_titled (GtkWidget  *root,
                const char *text)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *row = polku_test_find_widget (root, ADW_TYPE_PREFERENCES_ROW, i);

      if (row == NULL)
        return FALSE;
      if (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), text) != NULL)
        return TRUE;
    }
}

/* With show-swedish on, the plan shows the units' Swedish names; off, Finnish. */
static void
test_swedish (PageFixture   *fixture,
              gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  gint64 learner_id = polku_learner_get_id (find_by_last_name (list, "Harjoitus"));
  GSettings *settings = polku_context_get_settings (fixture->context);
  g_autoptr(GPtrArray) units = polku_store_list_plan_units (fixture->lt.store, learner_id, NULL);
  PolkuPlanUnitRecord *unit;

  g_assert_nonnull (units);
  g_assert_cmpuint (units->len, >, 0);
  unit = g_ptr_array_index (units, 0);
  g_assert_nonnull (unit->nimi_sv);
  g_assert_cmpstr (unit->nimi_sv, !=, unit->nimi_fi);

  polku_learners_page_show_learner (fixture->page, learner_id);
  polku_test_wait_frames (fixture->window, 1);
  g_assert_true (has_row_titled (GTK_WIDGET (fixture->page), unit->nimi_fi));
  g_settings_set_boolean (settings, "show-swedish", TRUE);
  polku_test_wait_frames (fixture->window, 2);
  g_assert_true (has_row_titled (GTK_WIDGET (fixture->page), unit->nimi_sv));
  g_assert_false (has_row_titled (GTK_WIDGET (fixture->page), unit->nimi_fi));
  maybe_screenshot (fixture->window, "learners-plan-swedish");
  g_settings_set_boolean (settings, "show-swedish", FALSE);
  polku_test_wait_frames (fixture->window, 2);
  g_assert_true (has_row_titled (GTK_WIDGET (fixture->page), unit->nimi_fi));
}

static GtkWidget *
find_row_titled (GtkWidget  *root,
                 GType       type,
                 const char *title)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *row = polku_test_find_widget (root, type, i);

      if (row == NULL || g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return row;
    }
}

static GtkWidget *
mapped_clamp (PolkuLearnersPage *page)
{
  GtkWidget *clamp;

  for (guint i = 0; (clamp = polku_test_find_widget (GTK_WIDGET (page), ADW_TYPE_CLAMP, i)) != NULL; i++)
    if (gtk_widget_get_mapped (clamp))
      return clamp;
  return GTK_WIDGET (page);
}

/* Consents are withdrawn with a date, check-ins edited, measures removed:
 * each saved at once. */
static void
test_records_edit (PageFixture   *fixture,
                   gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  gint64 student = polku_learner_get_id (find_by_last_name (list, "Harjoitus"));
  gint64 trainee = polku_learner_get_id (find_by_last_name (list, "Esimerkki"));
  g_autoptr(GPtrArray) consents = NULL;
  g_autoptr(GPtrArray) checkins = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  GtkWidget *row;
  gboolean edited = FALSE;

  polku_learners_page_show_learner (fixture->page, student);
  polku_test_wait_frames (fixture->window, 1);
  g_signal_emit_by_name (find_button (GTK_WIDGET (fixture->page), "Withdraw"), "clicked");
  consents = polku_store_list_consents (fixture->lt.store, student, NULL);
  g_assert_cmpuint (consents->len, ==, 1);
  g_assert_nonnull (((PolkuConsentRecord *) g_ptr_array_index (consents, 0))->withdrawn_on);
  polku_test_wait_frames (fixture->window, 2);
  g_assert_null (polku_test_find_label (GTK_WIDGET (fixture->page), "Withdraw"));

  polku_learners_page_show_learner (fixture->page, trainee);
  polku_test_wait_frames (fixture->window, 1);
  if (g_getenv ("POLKU_TEST_SHOTS") != NULL)
    {
      AdwViewStack *stack = get_view_stack (fixture->page);

      expand_all (GTK_WIDGET (fixture->page));
      maybe_screenshot (mapped_clamp (fixture->page), "learners-records-person");
      adw_view_stack_set_visible_child_name (stack, "plan");
      polku_test_wait_frames (fixture->window, 2);
      expand_all (GTK_WIDGET (fixture->page));
      maybe_screenshot (mapped_clamp (fixture->page), "learners-records-plan");
      adw_view_stack_set_visible_child_name (stack, "person");
    }
  row = find_row_titled (GTK_WIDGET (fixture->page), ADW_TYPE_ENTRY_ROW, "Short record");
  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "Talked about the next unit.");
  g_signal_emit_by_name (row, "apply");
  checkins = polku_store_list_checkins (fixture->lt.store, trainee, NULL);
  for (guint i = 0; i < checkins->len; i++)
    edited = edited || g_strcmp0 (((PolkuCheckinRecord *) g_ptr_array_index (checkins, i))->record,
                                  "Talked about the next unit.") == 0;
  g_assert_true (edited);

  before = polku_store_list_support (fixture->lt.store, trainee, NULL);
  g_assert_cmpuint (before->len, >, 0);
  polku_test_wait_frames (fixture->window, 2);
  g_signal_emit_by_name (find_button (GTK_WIDGET (fixture->page), "Remove Measure"), "clicked");
  after = polku_store_list_support (fixture->lt.store, trainee, NULL);
  g_assert_cmpuint (after->len, ==, before->len - 1);
  polku_test_wait_frames (fixture->window, 2);
  polku_test_assert_all_controls_named (fixture->window);
}

/* Any task of the learner's workshop can be planned for a unit, not only the
 * suggested ones. */
static void
test_other_task (PageFixture   *fixture,
                 gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  gint64 learner_id = polku_learner_get_id (find_by_last_name (list, "Harjoitus"));
  g_autoptr(GPtrArray) before = polku_store_list_plan_units (fixture->lt.store, learner_id, NULL);
  g_autoptr(GPtrArray) after = NULL;
  guint n_before = 0, n_after = 0;
  GtkWidget *combo;
  GtkWidget *button;

  for (guint i = 0; i < before->len; i++)
    n_before += ((PolkuPlanUnitRecord *) g_ptr_array_index (before, i))->tasks->len;
  polku_learners_page_show_learner (fixture->page, learner_id);
  polku_test_wait_frames (fixture->window, 1);
  combo = find_row_titled (GTK_WIDGET (fixture->page), ADW_TYPE_COMBO_ROW, "Other workshop task");
  g_assert_nonnull (combo);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (combo))), >, 0);
  button = GTK_WIDGET (find_button (combo, "Plan Task"));
  g_signal_emit_by_name (button, "clicked");
  after = polku_store_list_plan_units (fixture->lt.store, learner_id, NULL);
  for (guint i = 0; i < after->len; i++)
    n_after += ((PolkuPlanUnitRecord *) g_ptr_array_index (after, i))->tasks->len;
  g_assert_cmpuint (n_after, ==, n_before + 1);
  polku_test_wait_frames (fixture->window, 2);
}

/* The list is read when the page is first shown, not when it gets its
 * context: the window sets the context at start-up, when the page is hidden. */
static void
test_list_loads_on_map (PageFixture   *fixture,
                        gconstpointer  data)
{
  g_autoptr(GtkWidget) page = g_object_ref_sink (polku_learners_page_new ());
  GtkWidget *window = adw_window_new ();

  /* The count under the search says how many were read. */
  polku_learners_page_set_context (POLKU_LEARNERS_PAGE (page), fixture->context);
  g_assert_null (polku_test_find_label (page, "5 of 6 learners"));

  adw_window_set_content (ADW_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  polku_test_wait_frames (window, 2);
  g_assert_nonnull (polku_test_find_label (page, "5 of 6 learners"));
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* Asked for before it is shown, it is read then. */
  {
    g_autoptr(GtkWidget) hidden = g_object_ref_sink (polku_learners_page_new ());

    polku_learners_page_set_context (POLKU_LEARNERS_PAGE (hidden), fixture->context);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (polku_learners_page_get_list (POLKU_LEARNERS_PAGE (hidden)))),
                      ==, 5);
    polku_learners_page_set_context (POLKU_LEARNERS_PAGE (hidden), NULL);
  }
  polku_learners_page_set_context (POLKU_LEARNERS_PAGE (page), NULL);
}

static gboolean
menu_has_action (GMenuModel *model,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      g_autofree char *name = NULL;

      if (section != NULL && menu_has_action (section, action))
        return TRUE;
      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
export_package_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       data)
{
  *(gint64 *) data = g_variant_get_int64 (parameter);
}

/* The Print / Export menu offers the competence package, which the window
 * exports for the learner shown. */
static void
test_export_package (PageFixture   *fixture,
                     gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  gint64 learner_id = polku_learner_get_id (find_by_last_name (list, "Harjoitus"));
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) action = g_simple_action_new ("export-package", G_VARIANT_TYPE_INT64);
  GtkWidget *button;
  gint64 exported = 0;

  g_signal_connect (action, "activate", G_CALLBACK (export_package_cb), &exported);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  gtk_widget_insert_action_group (fixture->window, "win", G_ACTION_GROUP (group));

  polku_learners_page_show_learner (fixture->page, learner_id);
  polku_test_wait_frames (fixture->window, 1);
  button = polku_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_MENU_BUTTON, 0);
  g_assert_nonnull (button);
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), "learner.export-package"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "learner.export-package", NULL));
  g_assert_cmpint (exported, ==, learner_id);
}

static const char *
subtitle_of_row_titled (GtkWidget  *root,
                        const char *title)
{
  GtkWidget *row = find_row_titled (root, ADW_TYPE_ACTION_ROW, title);

  return row != NULL ? adw_action_row_get_subtitle (ADW_ACTION_ROW (row)) : NULL;
}

/* The Competence tab shows the teacher's decisions on the unit: who decided
 * what and when, and why one was reopened; newest first. */
static void
test_decision_history (PageFixture   *fixture,
                       gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  gint64 learner_id = polku_learner_get_id (find_by_last_name (list, "Demo"));
  AdwViewStack *stack = get_view_stack (fixture->page);
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GError) error = NULL;
  PolkuRequirementRecord *requirement;
  GtkWidget *expander, *unit_row;
  const char *subtitle;
  gint64 unit_id;

  unit_id = lt_query_id (fixture->lt.store,
                         "SELECT pu.unit_id FROM plan_unit pu JOIN plan p USING (plan_id) "
                         "WHERE p.learner_id = %" G_GINT64_FORMAT " ORDER BY pu.ord, pu.plan_unit_id LIMIT 1",
                         learner_id);
  requirements = polku_store_catalogue_list_requirements (fixture->lt.store, unit_id, &error);
  g_assert_no_error (error);
  requirement = g_ptr_array_index (requirements, 0);
  g_assert_true (polku_store_record_teacher_decision (fixture->lt.store, learner_id, requirement->requirement_id,
                                                      POLKU_TEACHER_DECISION_RECOGNISED, "Shown in a real job",
                                                      "Tiina Opettaja", "Ammattiopisto Esimerkki", "2026-11-20",
                                                      &error));
  g_assert_no_error (error);

  polku_learners_page_show_learner (fixture->page, learner_id);
  adw_view_stack_set_visible_child_name (stack, "competence");
  polku_test_wait_frames (fixture->window, 2);
  expander = find_row_titled (GTK_WIDGET (fixture->page), ADW_TYPE_EXPANDER_ROW, "Teacher Decisions");
  g_assert_nonnull (expander);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), ==, "1 event");
  g_assert_true (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (expander)));
  /* Folded at first: the requirements below are the tab's main content. */
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  polku_test_wait_frames (fixture->window, 1);
  subtitle = subtitle_of_row_titled (expander, requirement->text_fi);
  g_assert_nonnull (subtitle);
  g_assert_nonnull (strstr (subtitle, "Recognised"));
  g_assert_nonnull (strstr (subtitle, "20.11.2026"));
  g_assert_nonnull (strstr (subtitle, "Tiina Opettaja, Ammattiopisto Esimerkki"));
  g_assert_nonnull (strstr (subtitle, "Shown in a real job"));
  polku_test_assert_all_controls_named (fixture->window);

  /* Reopened: the reason shows, above the decision. */
  g_assert_true (polku_store_reopen_competence (fixture->lt.store, learner_id, requirement->requirement_id,
                                                "The evidence was for another unit", "Tiina Opettaja", &error));
  g_assert_no_error (error);
  polku_test_wait_frames (fixture->window, 2);
  expander = find_row_titled (GTK_WIDGET (fixture->page), ADW_TYPE_EXPANDER_ROW, "Teacher Decisions");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), ==, "2 events");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));
  subtitle = subtitle_of_row_titled (expander, requirement->text_fi);
  g_assert_nonnull (subtitle);
  g_assert_nonnull (strstr (subtitle, "Reopened"));
  g_assert_nonnull (strstr (subtitle, "The evidence was for another unit"));
  maybe_screenshot (fixture->window, "learners-decisions-light");
  if (g_getenv ("POLKU_TEST_SHOTS") != NULL)
    {
      GtkWidget *print_button = polku_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_MENU_BUTTON, 0);

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
      maybe_screenshot (fixture->window, "learners-decisions-dark");
      /* The Print / Export menu, open. */
      for (guint i = 0; (print_button = polku_test_find_widget (GTK_WIDGET (fixture->page), GTK_TYPE_MENU_BUTTON, i)) != NULL; i++)
        if (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (print_button)) != NULL)
          break;
      gtk_menu_button_popup (GTK_MENU_BUTTON (print_button));
      maybe_screenshot (fixture->window, "learners-menu-dark");
      gtk_menu_button_popdown (GTK_MENU_BUTTON (print_button));
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
    }

  /* Another unit has none. */
  /* The tab's box holds both lists. */
  for (guint i = 0; (unit_row = polku_test_find_widget (gtk_widget_get_ancestor (expander, GTK_TYPE_BOX),
                                                         ADW_TYPE_COMBO_ROW, i)) != NULL; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (unit_row)), "Unit") == 0)
      break;
  g_assert_nonnull (unit_row);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (unit_row))), ==, 2);
  adw_combo_row_set_selected (ADW_COMBO_ROW (unit_row), 1);
  polku_test_wait_frames (fixture->window, 1);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (expander)), ==, "None yet for this unit");
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (expander)));
}

static gboolean
is_shown (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget))
      return FALSE;
  return TRUE;
}

static gboolean
label_contains (GtkWidget     *widget,
                gconstpointer  part)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), part) != NULL;
}

/* The label under @root whose text contains @part, or NULL. */
static GtkWidget *
find_label_containing (GtkWidget  *root,
                       const char *part)
{
  return polku_test_find_first (root, label_contains, part);
}

static guint
longest_label (GtkWidget *root)
{
  guint longest = GTK_IS_LABEL (root) && is_shown (root) ? strlen (gtk_label_get_text (GTK_LABEL (root))) : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    longest = MAX (longest, longest_label (child));
  return longest;
}

/* One requirement's row: its national code labelled, the three texts with
 * visible labels, long criteria folded behind a toggle; a recognised one
 * read only with who and when, and skipped by Enter. */
static void
test_competence_row (PageFixture   *fixture,
                     gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  gint64 learner_id = polku_learner_get_id (find_by_last_name (list, "Demo"));
  g_autoptr(GPtrArray) requirements = NULL;
  g_autoptr(GError) error = NULL;
  PolkuRequirementRecord *requirement;
  PolkuCompetenceView *view;
  GtkWidget *row0, *row1, *row2, *label, *toggle = NULL, *level, *focus;
  g_autofree char *code = NULL;
  guint folded;
  gint64 unit_id;

  unit_id = lt_query_id (fixture->lt.store,
                         "SELECT pu.unit_id FROM plan_unit pu JOIN plan p USING (plan_id) "
                         "WHERE p.learner_id = %" G_GINT64_FORMAT " ORDER BY pu.ord, pu.plan_unit_id LIMIT 1",
                         learner_id);
  requirements = polku_store_catalogue_list_requirements (fixture->lt.store, unit_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (requirements->len, >, 2);
  requirement = g_ptr_array_index (requirements, 1);
  g_assert_true (polku_store_record_teacher_decision (fixture->lt.store, learner_id, requirement->requirement_id,
                                                      POLKU_TEACHER_DECISION_RECOGNISED, "Shown in a real job",
                                                      "Tiina Opettaja", "Ammattiopisto Esimerkki", "2026-11-20",
                                                      &error));
  g_assert_no_error (error);

  polku_learners_page_show_learner (fixture->page, learner_id);
  adw_view_stack_set_visible_child_name (get_view_stack (fixture->page), "competence");
  polku_test_wait_frames (fixture->window, 2);
  view = POLKU_COMPETENCE_VIEW (polku_test_find_widget (GTK_WIDGET (fixture->page), POLKU_TYPE_COMPETENCE_VIEW, 0));
  row0 = gtk_widget_get_ancestor (polku_competence_view_get_status (view, 0), GTK_TYPE_LIST_BOX_ROW);
  row1 = gtk_widget_get_ancestor (polku_competence_view_get_status (view, 1), GTK_TYPE_LIST_BOX_ROW);
  row2 = gtk_widget_get_ancestor (polku_competence_view_get_status (view, 2), GTK_TYPE_LIST_BOX_ROW);

  /* Labels that stay visible when the fields are filled. */
  g_assert_true (is_shown (polku_test_find_label (row0, "Learner’s own view")));
  g_assert_true (is_shown (polku_test_find_label (row0, "Coach’s observation")));
  g_assert_true (is_shown (polku_test_find_label (row0, "Evidence")));
  /* The national code, labelled, not glued to the requirement's text. */
  requirement = g_ptr_array_index (requirements, 0);
  if (requirement->koodi_uri != NULL)
    {
      code = g_strdup_printf ("Code %s", strrchr (requirement->koodi_uri, '_') + 1);
      g_assert_true (is_shown (polku_test_find_label (row0, code)));
      g_assert_null (find_label_containing (row0, " · "));
    }

  /* Recognised: read only, saying who and when; the texts still readable. */
  label = find_label_containing (row1, "Recognised by Tiina Opettaja, Ammattiopisto Esimerkki on 20.11.2026");
  g_assert_true (is_shown (label));
  g_assert_false (gtk_widget_get_sensitive (polku_competence_view_get_status (view, 1)));
  g_assert_false (gtk_widget_get_sensitive (polku_competence_view_get_level (view, 1)));
  g_assert_false (is_shown (polku_competence_view_get_evidence (view, 1)));
  g_assert_false (gtk_editable_get_editable (GTK_EDITABLE (polku_competence_view_get_evidence (view, 1))));
  label = find_label_containing (row0, "Tiina Opettaja");
  g_assert_true (label == NULL || !is_shown (label));

  /* Enter in the last field skips the recognised requirement. */
  gtk_widget_grab_focus (polku_competence_view_get_evidence (view, 0));
  g_signal_emit_by_name (polku_competence_view_get_evidence (view, 0), "activate");
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus != NULL && (focus == polku_competence_view_get_status (view, 2) ||
                                   gtk_widget_is_ancestor (focus, polku_competence_view_get_status (view, 2))));

  /* Long criteria start folded; the toggle shows them all. */
  level = polku_competence_view_get_level (view, 2);
  for (guint i = 1; i < g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (level))); i++)
    {
      gtk_drop_down_set_selected (GTK_DROP_DOWN (level), i);
      label = polku_test_find_label (row2, "Show All Criteria");
      if (label != NULL && is_shown (label))
        {
          toggle = gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON);
          break;
        }
    }
  g_assert_nonnull (toggle);
  folded = longest_label (row2);
  g_signal_emit_by_name (toggle, "clicked");
  g_assert_cmpuint (longest_label (row2), >, folded);
  g_assert_nonnull (polku_test_find_label (row2, "Show Fewer Criteria"));
  g_signal_emit_by_name (toggle, "clicked");
  g_assert_cmpuint (longest_label (row2), ==, folded);
  polku_test_assert_all_controls_named (fixture->window);
}

static void
test_screenshots (PageFixture   *fixture,
                  gconstpointer  data)
{
  PolkuLearnerList *list = polku_learners_page_get_list (fixture->page);
  AdwStyleManager *style = adw_style_manager_get_default ();
  AdwViewStack *stack = get_view_stack (fixture->page);

  if (g_getenv ("POLKU_TEST_SHOTS") == NULL)
    {
      g_test_skip ("POLKU_TEST_SHOTS not set");
      return;
    }

  polku_learners_page_show_learner (fixture->page, polku_learner_get_id (find_by_last_name (list, "Harjoitus")));
  for (guint dark = 0; dark < 2; dark++)
    {
      adw_style_manager_set_color_scheme (style, dark ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      adw_view_stack_set_visible_child_name (stack, "person");
      maybe_screenshot (fixture->window, dark ? "learners-person-dark" : "learners-person-light");
      adw_view_stack_set_visible_child_name (stack, "plan");
      polku_test_wait_frames (fixture->window, 1);
      for (guint i = 0; !dark; i++)
        {
          GtkWidget *expander = polku_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_EXPANDER_ROW, i);

          if (expander == NULL)
            break;
          if (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (expander)), "Polttomoottorin") != NULL)
            adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
        }
      maybe_screenshot (fixture->window, dark ? "learners-plan-dark" : "learners-plan-light");
      adw_view_stack_set_visible_child_name (stack, "competence");
      maybe_screenshot (fixture->window, dark ? "learners-competence-dark" : "learners-competence-light");
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *user_dirs = NULL;
  int status;

  user_dirs = polku_test_gtk_init (&argc, &argv);

#define ADD(path, func, width) \
  g_test_add ("/learners-page/" path, PageFixture, GINT_TO_POINTER (width), page_fixture_setup, func, page_fixture_teardown)

  ADD ("each-learner-renders", test_each_learner_renders, 0);
  ADD ("search-filters", test_search_filters, 0);
  ADD ("status-saved", test_status_saved, 0);
  ADD ("erase-asks-first", test_erase_asks_first, 0);
  ADD ("narrow", test_narrow, 400);
  ADD ("keyboard-unit", test_keyboard_unit, 0);
  ADD ("plan-units", test_plan_units, 0);
  ADD ("mark-remaining", test_mark_remaining, 0);
  ADD ("demonstration-editor", test_demonstration_editor, 0);
  ADD ("print-menu", test_print_menu, 0);
  ADD ("swedish", test_swedish, 0);
  ADD ("records-edit", test_records_edit, 0);
  ADD ("other-task", test_other_task, 0);
  ADD ("list-loads-on-map", test_list_loads_on_map, 0);
  ADD ("export-package", test_export_package, 0);
  ADD ("decision-history", test_decision_history, 0);
  ADD ("competence-row", test_competence_row, 0);
  ADD ("screenshots", test_screenshots, -1);

  status = g_test_run ();
  lt_remove_templates ();
  return status;
}
