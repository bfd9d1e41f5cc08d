/* test-learners-page.c: the Learners section on the demo database, under
 * Xvfb. With POLKU_TEST_SHOTS=DIR it also saves screenshots (light and dark).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <string.h>

#include "polku-competence-view.h"
#include "polku-demo.h"
#include "polku-plan.h"
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
wait_frames (GtkWidget *widget,
             guint      n)
{
  for (guint i = 0; i < n; i++)
    gtk_test_widget_wait_for_draw (widget);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

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
  wait_frames (fixture->window, 2);
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
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;

  polku_test_wait (450);
  wait_frames (window, 3);
  width = gtk_widget_get_width (window);
  height = gtk_widget_get_height (window);
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_strdup_printf ("%s/%s.png", dir, name);
  g_assert_true (gdk_texture_save_to_png (texture, path));
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
      wait_frames (fixture->window, 1);
      polku_test_assert_all_controls_named (fixture->window);
      adw_view_stack_set_visible_child_name (stack, "plan");
      wait_frames (fixture->window, 1);
      polku_test_assert_all_controls_named (fixture->window);
      expand_all (GTK_WIDGET (fixture->page));
      wait_frames (fixture->window, 1);
      polku_test_assert_all_controls_named (fixture->window);
      adw_view_stack_set_visible_child_name (stack, "person");
      expand_all (GTK_WIDGET (fixture->page));
      wait_frames (fixture->window, 1);
      polku_test_assert_all_controls_named (fixture->window);
      adw_view_stack_set_visible_child_name (stack, "competence");
      wait_frames (fixture->window, 1);
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
  wait_frames (fixture->window, 1);
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
  wait_frames (fixture->window, 1);
  for (guint i = 0; (status = ADW_COMBO_ROW (polku_test_find_widget (GTK_WIDGET (fixture->page), ADW_TYPE_COMBO_ROW, i))) != NULL; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (status)), "Status") == 0 &&
        gtk_widget_get_mapped (GTK_WIDGET (status)))
      break;
  g_assert_nonnull (status);
  adw_combo_row_set_selected (status, POLKU_LEARNER_STATUS_OPISKELIJA);
  record = polku_store_get_learner (fixture->lt.store, polku_learner_get_id (learner), NULL);
  g_assert_cmpint (record->status, ==, POLKU_LEARNER_STATUS_OPISKELIJA);
  wait_frames (fixture->window, 1);
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
  wait_frames (fixture->window, 1);
  erase = polku_test_find_label (GTK_WIDGET (fixture->page), "_Erase…");
  if (erase == NULL)
    erase = polku_test_find_label (GTK_WIDGET (fixture->page), "Erase…");
  g_assert_nonnull (erase);
  erase = gtk_widget_get_ancestor (erase, GTK_TYPE_BUTTON);
  g_assert_nonnull (erase);

  g_signal_emit_by_name (erase, "clicked");
  wait_frames (fixture->window, 1);
  dialog = find_message_dialog (NULL);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Venla Malli"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "no undo"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "confirm"), ==, ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  /* Nothing is erased while the question is open. */
  g_assert_nonnull (polku_learner_list_find (list, id));

  adw_message_dialog_response (dialog, "cancel");
  wait_frames (fixture->window, 1);
  cancelled = dialog;
  g_assert_nonnull (polku_learner_list_find (list, id));
  g_assert_true (polku_learners_page_get_learner (fixture->page) == learner);

  polku_learners_page_erase_learner (fixture->page);
  wait_frames (fixture->window, 1);
  dialog = find_message_dialog (cancelled);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "confirm");
  wait_frames (fixture->window, 1);
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
  wait_frames (fixture->window, 1);
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
  wait_frames (fixture->window, 1);
  adw_view_stack_set_visible_child_name (get_view_stack (fixture->page), "competence");
  wait_frames (fixture->window, 1);

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
  wait_frames (fixture->window, 1);
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
  wait_frames (fixture->window, 1);
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
  wait_frames (fixture->window, 1);
  g_assert_nonnull (polku_test_find_label (GTK_WIDGET (fixture->page), "No units chosen yet"));
  timeline = POLKU_TIMELINE (polku_test_find_widget (GTK_WIDGET (fixture->page), POLKU_TYPE_TIMELINE, 0));
  g_assert_nonnull (timeline);
  n_timeline = polku_timeline_get_n_records (timeline);

  g_signal_emit_by_name (find_button (GTK_WIDGET (fixture->page), "Add to Plan"), "clicked");
  wait_frames (fixture->window, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 1);
  g_assert_cmpfloat (polku_plan_get_credits_chosen (plan), >, 0);
  g_assert_null (polku_test_find_label (GTK_WIDGET (fixture->page), "No units chosen yet"));
  /* The timeline follows, and says in words what it draws. */
  g_assert_cmpuint (polku_timeline_get_n_records (timeline), ==, n_timeline + 1);
  g_assert_nonnull (strstr (polku_timeline_get_description (timeline), "Unit: "));

  /* The unit's row offers the way to identify its competence. */
  g_signal_emit_by_name (find_button (GTK_WIDGET (fixture->page), "Identify Competence"), "clicked");
  wait_frames (fixture->window, 1);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (get_view_stack (fixture->page)), ==, "competence");
  adw_view_stack_set_visible_child_name (get_view_stack (fixture->page), "plan");
  wait_frames (fixture->window, 1);

  g_signal_emit_by_name (find_button (GTK_WIDGET (fixture->page), "Remove from Plan"), "clicked");
  wait_frames (fixture->window, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (plan)), ==, 0);
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
      wait_frames (fixture->window, 1);
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

  setlocale (LC_ALL, "C.UTF-8");
  user_dirs = polku_test_isolate_user_dirs ();
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  {
    g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

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
  ADD ("screenshots", test_screenshots, -1);

  status = g_test_run ();
  lt_remove_templates ();
  return status;
}
