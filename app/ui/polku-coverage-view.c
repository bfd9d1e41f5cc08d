/* polku-coverage-view.c: what a workshop's tasks cover of a qualification.
 * The qualification's figure and credits on top, then its units with theirs,
 * and for the chosen unit its requirements with the covering tasks, as a
 * matrix or as a list (the text alternative that screen readers read).
 *
 * Everything follows the store through PolkuCoverage, which updates its
 * objects in place: the view keeps its place while tasks are mapped elsewhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-coverage-view"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-adaptive-columns.h"
#include "polku-catalogue-format.h"
#include "polku-coverage.h"
#include "polku-coverage-drawing.h"
#include "polku-coverage-matrix.h"
#include "polku-coverage-view.h"
#include "polku-peruste-combo-row.h"
#include "polku-task-list.h"

struct _PolkuCoverageView
{
  GtkWidget             parent_instance;

  /* Template widgets */
  GtkStack             *stack;
  AdwStatusPage        *status_page;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkWidget            *content;
  GtkScrolledWindow    *scroller;
  PolkuPerusteComboRow *peruste_row;
  GtkLabel             *peruste_figure_label;
  GtkProgressBar       *peruste_progress;
  GtkLabel             *credits_label;
  GtkCheckButton       *only_used_check;
  GtkScrolledWindow    *units_scroller;
  GtkListBox           *units_list;
  GtkWidget            *unit_box;
  GtkLabel             *unit_title_label;
  GtkLabel             *unit_figure_label;
  GtkProgressBar       *unit_progress;
  GtkToggleButton      *matrix_button;
  GtkToggleButton      *list_button;
  GtkLabel             *no_tasks_label;
  GtkStack             *detail_stack;
  GtkDrawingArea       *legend_direct;
  GtkDrawingArea       *legend_by_code;
  GtkDrawingArea       *legend_uncovered;
  PolkuCoverageMatrix  *matrix;
  GtkBox               *requirements_box;

  /* Owned */
  PolkuContext         *context;
  PolkuTaskList        *tasks;       /* the matrix's columns: active tasks */
  PolkuCoverage        *coverage;
  GtkFilterListModel   *units;       /* of the coverage's units */
  GtkCustomFilter      *units_filter;
  PolkuCoverageUnit    *unit;        /* the chosen one */
  GPtrArray            *watched;     /* the chosen unit's rows */
  gint64                workshop_id;
  gint64                unit_id;
  guint                 list_update_id;
  guint                 scroll_tick_id;
};

G_DEFINE_FINAL_TYPE (PolkuCoverageView, polku_coverage_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_WORKSHOP_ID,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void set_unit            (PolkuCoverageView *self,
                                 PolkuCoverageUnit *unit);
static void coverage_changed_cb (PolkuCoverageView *self);

/* Auxiliary methods */

static const char *
current_language (PolkuCoverageView *self)
{
  return g_settings_get_boolean (polku_context_get_settings (self->context), "show-swedish") ? "sv" : "fi";
}

static PolkuCreditUnit
credit_unit (PolkuCoverageView *self)
{
  const PolkuPerusteCoverageRecord *record = polku_coverage_get_record (self->coverage);

  return polku_credit_unit_from_string (record != NULL ? record->laajuus_yksikko : NULL);
}

static char *
format_credits (double          credits,
                PolkuCreditUnit unit)
{
  char *text = credits > 0 ? polku_catalogue_format_credits (credits, -1.0, unit) : NULL;

  if (text != NULL)
    return text;
  return g_strdup (unit == POLKU_CREDIT_UNIT_WEEKS ? _("0 weeks") : _("0 credits"));
}

static int
percent (guint n,
         guint total)
{
  return total > 0 ? (int) (100.0 * n / total + 0.5) : 0;
}

static char *
format_figure (guint n_covered,
               guint n_total)
{
  /* Translators: coverage, e.g. "5 of 9 requirements covered (56 %)". */
  return g_strdup_printf (ngettext ("%u of %u requirement covered (%d %%)",
                                    "%u of %u requirements covered (%d %%)", n_total),
                          n_covered, n_total, percent (n_covered, n_total));
}

static const char *
level_text (PolkuCoverageUnit *unit)
{
  PolkuUnitExtent marked = polku_coverage_unit_get_marked (unit);

  switch (polku_coverage_unit_get_level (unit))
    {
    case POLKU_UNIT_EXTENT_FULL:
      return marked == POLKU_UNIT_EXTENT_FULL ? _("Marked fully learnable here") : _("Fully learnable here");
    case POLKU_UNIT_EXTENT_PARTIAL:
      return marked == POLKU_UNIT_EXTENT_PARTIAL ? _("Marked partly learnable here") : _("Partly learnable here");
    case POLKU_UNIT_EXTENT_NONE:
    default:
      return _("Not learnable here yet");
    }
}

static char *
unit_title (PolkuCoverageUnit *unit)
{
  const char *code = polku_coverage_unit_get_code (unit);

  if (code != NULL)
    /* Translators: a unit's code and name, e.g. "106945 Puusepänteollisuuden tuotteiden valmistaminen". */
    return g_strdup_printf (_("%s %s"), code, polku_coverage_unit_get_name (unit));
  return g_strdup (polku_coverage_unit_get_name (unit));
}

static char *
unit_details (PolkuCoverageView *self,
              PolkuCoverageUnit *unit)
{
  g_autofree char *figure = format_figure (polku_coverage_unit_get_n_covered (unit),
                                           polku_coverage_unit_get_n_total (unit));
  g_autofree char *credits = NULL;

  if (polku_coverage_unit_get_credits (unit) > 0)
    credits = polku_catalogue_format_credits (polku_coverage_unit_get_credits (unit), -1.0, credit_unit (self));

  if (credits != NULL)
    /* Translators: a unit's coverage: figure · credits · how learnable, e.g.
     * "5 of 9 requirements covered (56 %) · 15 credits · Partly learnable here". */
    return g_strdup_printf (_("%s · %s · %s"), figure, credits, level_text (unit));
  /* Translators: a unit's coverage: figure · how learnable. */
  return g_strdup_printf (_("%s · %s"), figure, level_text (unit));
}

/* The sidebar's line under a unit: its figure is beside it already. */
static char *
unit_short_details (PolkuCoverageView *self,
                    PolkuCoverageUnit *unit)
{
  g_autofree char *credits = NULL;

  if (polku_coverage_unit_get_credits (unit) > 0)
    credits = polku_catalogue_format_credits (polku_coverage_unit_get_credits (unit), -1.0, credit_unit (self));

  if (credits != NULL)
    /* Translators: under a unit in the coverage sidebar: credits · how learnable, e.g. "15 credits · Partly learnable here". */
    return g_strdup_printf (_("%s · %s"), credits, level_text (unit));
  return g_strdup (level_text (unit));
}

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static char *
row_group (PolkuCoverageRow *row)
{
  const char *osa_alue = polku_coverage_row_get_osa_alue_name (row);
  const char *kohdealue = polku_coverage_row_get_kohdealue (row);

  if (osa_alue != NULL && kohdealue != NULL)
    /* Translators: a group of requirements: a common unit's osa-alue, then a kohdealue. */
    return g_strdup_printf (_("%s: %s"), osa_alue, kohdealue);
  return g_strdup (osa_alue != NULL ? osa_alue : kohdealue);
}

static char *
covering_tasks_text (PolkuCoverageRow *row)
{
  const GPtrArray *tasks = polku_coverage_row_get_tasks (row);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; tasks != NULL && i < tasks->len; i++)
    {
      const PolkuCoveringTaskRecord *task = g_ptr_array_index (tasks, i);

      if (text->len > 0)
        g_string_append (text, ", ");
      if (task->by_code)
        /* Translators: a task covering a requirement through its national code. */
        g_string_append_printf (text, _("%s (by national code)"), task->title);
      else
        g_string_append (text, task->title);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
new_requirement_row (PolkuCoverageRow *row)
{
  GtkWidget *widget = adw_action_row_new ();
  GtkWidget *icon;
  g_autofree char *subtitle = NULL;
  g_autofree char *tasks = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (widget), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (widget), polku_coverage_row_get_text (row));

  if (polku_coverage_row_get_covered (row))
    {
      tasks = covering_tasks_text (row);
      /* Translators: under a requirement: the tasks that cover it. */
      subtitle = g_strdup_printf (_("Covered by: %s"), tasks);
      icon = gtk_image_new_from_icon_name ("object-select-symbolic");
      gtk_widget_add_css_class (icon, "success");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Covered"), -1);
    }
  else
    {
      subtitle = g_strdup (_("Not covered by any task"));
      icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "error");
      gtk_widget_add_css_class (widget, "polku-uncovered");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Not covered"), -1);
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (widget), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (widget), icon);
  if (polku_coverage_row_get_record (row)->depth > 0)
    gtk_widget_set_margin_start (icon, 18 * polku_coverage_row_get_record (row)->depth);
  return widget;
}

/* The list: a heading per kohdealue and a boxed list of its requirements. */
static void
rebuild_list (PolkuCoverageView *self)
{
  GListModel *rows;
  GtkWidget *list = NULL;
  g_autofree char *last_group = NULL;
  guint n;

  g_clear_handle_id (&self->list_update_id, g_source_remove);
  remove_children (self->requirements_box);

  if (self->unit == NULL)
    return;

  rows = polku_coverage_unit_get_rows (self->unit);
  n = g_list_model_get_n_items (rows);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuCoverageRow) row = g_list_model_get_item (rows, i);
      g_autofree char *group = row_group (row);

      if (list == NULL || g_strcmp0 (group, last_group) != 0)
        {
          if (group != NULL)
            {
              GtkWidget *heading = gtk_label_new (group);

              gtk_label_set_xalign (GTK_LABEL (heading), 0);
              gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
              gtk_widget_add_css_class (heading, "heading");
              gtk_widget_set_margin_top (heading, list != NULL ? 12 : 0);
              gtk_box_append (self->requirements_box, heading);
            }

          list = gtk_list_box_new ();
          gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
          gtk_widget_add_css_class (list, "boxed-list");
          gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          group != NULL ? group : _("Requirements"), -1);
          gtk_box_append (self->requirements_box, list);
          g_free (last_group);
          last_group = g_steal_pointer (&group);
        }

      gtk_list_box_append (GTK_LIST_BOX (list), new_requirement_row (row));
    }
}

static void
schedule_list_update (PolkuCoverageView *self)
{
  if (self->list_update_id == 0)
    self->list_update_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, (GSourceFunc) G_CALLBACK (rebuild_list),
                                            self, NULL);
}

static void
unwatch_rows (PolkuCoverageView *self)
{
  for (guint i = 0; i < self->watched->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched, i), self);
  g_ptr_array_set_size (self->watched, 0);
}

static void
watch_rows (PolkuCoverageView *self)
{
  GListModel *rows = polku_coverage_unit_get_rows (self->unit);
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n; i++)
    {
      GObject *row = g_list_model_get_item (rows, i);

      g_signal_connect_swapped (row, "notify::covered", G_CALLBACK (schedule_list_update), self);
      g_signal_connect_swapped (row, "notify::tasks-text", G_CALLBACK (schedule_list_update), self);
      g_signal_connect_swapped (row, "notify::text", G_CALLBACK (schedule_list_update), self);
      g_ptr_array_add (self->watched, row);
    }
}

static void
update_unit_header (PolkuCoverageView *self)
{
  g_autofree char *title = NULL;
  g_autofree char *details = NULL;

  if (self->unit == NULL)
    return;

  title = unit_title (self->unit);
  details = unit_details (self, self->unit);
  gtk_label_set_label (self->unit_title_label, title);
  gtk_label_set_label (self->unit_figure_label, details);
  gtk_progress_bar_set_fraction (self->unit_progress, polku_coverage_unit_get_fraction (self->unit));
  polku_coverage_matrix_set_title (self->matrix, polku_coverage_unit_get_name (self->unit));
}

static void
update_summary (PolkuCoverageView *self)
{
  const PolkuPerusteCoverageRecord *record;
  g_autofree char *figure = NULL;
  g_autofree char *full = NULL;
  g_autofree char *partial = NULL;
  g_autofree char *full_line = NULL;
  g_autofree char *partial_line = NULL;
  g_autofree char *text = NULL;
  PolkuCreditUnit unit;

  if (self->coverage == NULL)
    return;

  record = polku_coverage_get_record (self->coverage);
  if (record == NULL)
    return;

  unit = credit_unit (self);
  figure = format_figure (record->n_covered, record->n_total);
  full = format_credits (record->credits_full, unit);
  partial = format_credits (record->credits_partial, unit);

  /* Translators: %s is e.g. "45 credits", %u a number of units. */
  full_line = g_strdup_printf (ngettext ("Learnable here: %s in %u fully covered unit",
                                         "Learnable here: %s in %u fully covered units", record->n_units_full),
                               full, record->n_units_full);
  /* Translators: %s is e.g. "30 credits", %u a number of units. */
  partial_line = g_strdup_printf (ngettext ("Partly: %s in %u partly covered unit",
                                            "Partly: %s in %u partly covered units", record->n_units_partial),
                                  partial, record->n_units_partial);
  text = g_strdup_printf ("%s\n%s", full_line, partial_line);

  gtk_label_set_label (self->peruste_figure_label, figure);
  gtk_progress_bar_set_fraction (self->peruste_progress, polku_coverage_get_fraction (self->coverage));
  gtk_label_set_label (self->credits_label, text);
}

static void
update_unit_row (GtkWidget *row)
{
  PolkuCoverageView *self = g_object_get_data (G_OBJECT (row), "view");
  PolkuCoverageUnit *unit = g_object_get_data (G_OBJECT (row), "unit");
  GtkLabel *title = g_object_get_data (G_OBJECT (row), "title");
  GtkLabel *subtitle = g_object_get_data (G_OBJECT (row), "subtitle");
  GtkLabel *percent_label = g_object_get_data (G_OBJECT (row), "percent");
  GtkProgressBar *bar = g_object_get_data (G_OBJECT (row), "bar");
  g_autofree char *title_text = unit_title (unit);
  g_autofree char *details = unit_details (self, unit);
  g_autofree char *short_details = unit_short_details (self, unit);
  g_autofree char *figure = NULL;
  g_autofree char *spoken = NULL;

  figure = g_strdup_printf ("%u/%u", polku_coverage_unit_get_n_covered (unit), polku_coverage_unit_get_n_total (unit));
  gtk_label_set_label (title, title_text);
  gtk_label_set_label (subtitle, short_details);
  gtk_label_set_label (percent_label, figure);
  gtk_progress_bar_set_fraction (bar, polku_coverage_unit_get_fraction (unit));

  /* Translators: how a screen reader reads a unit in the coverage list: name, then details. */
  spoken = g_strdup_printf (_("%s: %s"), title_text, details);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, spoken, -1);
}

static GtkWidget *
create_unit_row (gpointer item,
                 gpointer user_data)
{
  PolkuCoverageView *self = user_data;
  PolkuCoverageUnit *unit = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *percent_label = gtk_label_new (NULL);
  GtkWidget *bar = gtk_progress_bar_new ();

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 8);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (percent_label, "numeric");
  gtk_widget_add_css_class (percent_label, "caption");
  gtk_label_set_xalign (GTK_LABEL (percent_label), 1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);

  gtk_widget_set_valign (percent_label, GTK_ALIGN_START);
  gtk_grid_attach (GTK_GRID (grid), title, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), percent_label, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), subtitle, 0, 1, 2, 1);
  gtk_grid_attach (GTK_GRID (grid), bar, 0, 2, 2, 1);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);

  g_object_set_data (G_OBJECT (row), "view", self);
  g_object_set_data_full (G_OBJECT (row), "unit", g_object_ref (unit), g_object_unref);
  g_object_set_data (G_OBJECT (row), "title", title);
  g_object_set_data (G_OBJECT (row), "subtitle", subtitle);
  g_object_set_data (G_OBJECT (row), "percent", percent_label);
  g_object_set_data (G_OBJECT (row), "bar", bar);

  g_signal_connect_object (unit, "notify", G_CALLBACK (update_unit_row), row, G_CONNECT_SWAPPED);
  update_unit_row (row);
  return row;
}

static GtkListBoxRow *
find_unit_row (PolkuCoverageView *self,
               gint64             unit_id)
{
  for (int i = 0; ; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->units_list, i);
      PolkuCoverageUnit *unit;

      if (row == NULL)
        return NULL;
      unit = g_object_get_data (G_OBJECT (row), "unit");
      if (polku_coverage_unit_get_unit_id (unit) == unit_id)
        return row;
    }
}

static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  PolkuCoverageView *self = POLKU_COVERAGE_VIEW (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->units_list);
  GtkAdjustment *adjustment = gtk_list_box_get_adjustment (self->units_list);
  graphene_point_t point;
  double page;

  if (row == NULL || adjustment == NULL)
    {
      self->scroll_tick_id = 0;
      return G_SOURCE_REMOVE;
    }

  /* Wait for the row's first allocation. */
  if (gtk_widget_get_height (GTK_WIDGET (row)) == 0 ||
      !gtk_widget_compute_point (GTK_WIDGET (row), GTK_WIDGET (self->units_list), &GRAPHENE_POINT_INIT (0, 0), &point))
    return G_SOURCE_CONTINUE;

  page = gtk_adjustment_get_page_size (adjustment);
  if (point.y < gtk_adjustment_get_value (adjustment) ||
      point.y + gtk_widget_get_height (GTK_WIDGET (row)) > gtk_adjustment_get_value (adjustment) + page)
    gtk_adjustment_set_value (adjustment, point.y - page / 3);

  self->scroll_tick_id = 0;
  return G_SOURCE_REMOVE;
}

static void
scroll_to_row (PolkuCoverageView *self,
               GtkListBoxRow     *row)
{
  if (self->scroll_tick_id == 0)
    self->scroll_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_tick_cb, NULL, NULL);
}

/* Keeps the chosen unit across list rebuilds, else picks the first unit with
 * something covered: that is where a coach looks first. */
static void
reselect_unit (PolkuCoverageView *self)
{
  GtkListBoxRow *row = self->unit_id != 0 ? find_unit_row (self, self->unit_id) : NULL;

  if (row == NULL)
    {
      for (int i = 0; row == NULL; i++)
        {
          GtkListBoxRow *candidate = gtk_list_box_get_row_at_index (self->units_list, i);

          if (candidate == NULL)
            break;
          if (polku_coverage_unit_get_n_covered (g_object_get_data (G_OBJECT (candidate), "unit")) > 0)
            row = candidate;
        }
    }

  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->units_list, 0);

  gtk_list_box_select_row (self->units_list, row);
  if (row == NULL)
    set_unit (self, NULL);
  else
    scroll_to_row (self, row);
}

static gboolean
unit_filter_func (gpointer item,
                  gpointer user_data)
{
  PolkuCoverageView *self = user_data;
  PolkuCoverageUnit *unit = item;

  if (!gtk_check_button_get_active (self->only_used_check))
    return TRUE;

  return polku_coverage_unit_get_n_covered (unit) > 0 ||
         polku_coverage_unit_get_marked (unit) != POLKU_UNIT_EXTENT_NONE;
}

static void
set_unit (PolkuCoverageView *self,
          PolkuCoverageUnit *unit)
{
  if (self->unit == unit)
    return;

  unwatch_rows (self);
  if (self->unit != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->unit, self);
      g_signal_handlers_disconnect_by_data (polku_coverage_unit_get_rows (self->unit), self);
    }
  g_set_object (&self->unit, unit);

  gtk_widget_set_visible (self->unit_box, unit != NULL);
  if (unit == NULL)
    {
      polku_coverage_matrix_set_models (self->matrix, NULL, NULL);
      rebuild_list (self);
      return;
    }

  self->unit_id = polku_coverage_unit_get_unit_id (unit);
  g_signal_connect_swapped (unit, "notify", G_CALLBACK (update_unit_header), self);
  g_signal_connect_swapped (polku_coverage_unit_get_rows (unit), "items-changed",
                            G_CALLBACK (schedule_list_update), self);
  watch_rows (self);

  polku_coverage_matrix_set_models (self->matrix, G_LIST_MODEL (self->tasks), polku_coverage_unit_get_rows (unit));
  update_unit_header (self);
  rebuild_list (self);
}

static void
update_no_tasks (PolkuCoverageView *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->no_tasks_label),
                          self->tasks != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->tasks)) == 0);
}

static void
reload_coverage (PolkuCoverageView *self)
{
  gint64 peruste_id = polku_peruste_combo_row_get_peruste_id (self->peruste_row);
  PolkuStore *store;

  if (self->coverage != NULL)
    g_signal_handlers_disconnect_by_data (self->coverage, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_data (self->units, self);
  gtk_list_box_bind_model (self->units_list, NULL, NULL, NULL, NULL);
  set_unit (self, NULL);
  g_clear_object (&self->units);
  g_clear_object (&self->coverage);

  if (self->context == NULL || self->workshop_id == 0 || peruste_id == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  store = polku_context_get_store (self->context);
  self->coverage = polku_coverage_new_for_peruste (store, self->workshop_id, peruste_id);
  polku_coverage_set_language (self->coverage, current_language (self));
  g_signal_connect_swapped (self->coverage, "notify::n-covered", G_CALLBACK (update_summary), self);
  g_signal_connect_swapped (self->coverage, "notify::n-total", G_CALLBACK (update_summary), self);
  g_signal_connect_swapped (self->coverage, "notify::credits-full", G_CALLBACK (update_summary), self);
  g_signal_connect_swapped (self->coverage, "notify::credits-partial", G_CALLBACK (update_summary), self);
  g_signal_connect_swapped (self->coverage, "notify::n-units-full", G_CALLBACK (update_summary), self);
  g_signal_connect_swapped (self->coverage, "notify::n-units-partial", G_CALLBACK (update_summary), self);
  g_signal_connect_swapped (self->coverage, "notify::n-covered", G_CALLBACK (coverage_changed_cb), self);

  self->units = gtk_filter_list_model_new (g_object_ref (polku_coverage_get_units (self->coverage)),
                                           g_object_ref (GTK_FILTER (self->units_filter)));
  gtk_list_box_bind_model (self->units_list, G_LIST_MODEL (self->units), create_unit_row, self, NULL);
  /* After the list box's own handler: the rows exist by then. */
  g_signal_connect_swapped (self->units, "items-changed", G_CALLBACK (reselect_unit), self);

  update_summary (self);
  reselect_unit (self);
  gtk_stack_set_visible_child_name (self->stack, "coverage");
}

static void
coverage_changed_cb (PolkuCoverageView *self)
{
  /* A unit may have just got its first task, or lost its last. */
  if (gtk_check_button_get_active (self->only_used_check))
    gtk_filter_changed (GTK_FILTER (self->units_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
draw_legend_symbol (GtkDrawingArea *area,
                    cairo_t        *cr,
                    int             width,
                    int             height,
                    gpointer        user_data)
{
  PolkuCoverageView *self = g_object_get_data (G_OBJECT (area), "view");
  PolkuCoverageMark mark = GPOINTER_TO_INT (user_data);
  PolkuCoverageStyle style;
  double size = MIN (width, height);

  polku_coverage_matrix_get_style (self->matrix, &style);
  if (mark != POLKU_COVERAGE_MARK_NONE)
    {
      cairo_set_source_rgba (cr, style.grid.red, style.grid.green, style.grid.blue, style.grid.alpha);
      cairo_rectangle (cr, 0.5, 0.5, size - 1, size - 1);
      cairo_stroke (cr);
    }
  polku_coverage_draw_symbol (cr, mark, 0, 0, size, &style);
}

/* Callbacks */

static void
peruste_changed_cb (PolkuCoverageView *self)
{
  self->unit_id = 0;
  reload_coverage (self);
}

static void
unit_selected_cb (PolkuCoverageView *self,
                  GtkListBoxRow     *row)
{
  if (row != NULL)
    set_unit (self, g_object_get_data (G_OBJECT (row), "unit"));
}

static void
unit_activated_cb (PolkuCoverageView *self,
                   GtkListBoxRow     *row)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

static void
back_clicked_cb (PolkuCoverageView *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
only_used_toggled_cb (PolkuCoverageView *self)
{
  gtk_filter_changed (GTK_FILTER (self->units_filter),
                      gtk_check_button_get_active (self->only_used_check) ? GTK_FILTER_CHANGE_MORE_STRICT
                                                                          : GTK_FILTER_CHANGE_LESS_STRICT);
}

static void
mode_toggled_cb (PolkuCoverageView *self)
{
  gtk_stack_set_visible_child_name (self->detail_stack,
                                    gtk_toggle_button_get_active (self->list_button) ? "list" : "matrix");
}

static void
language_changed_cb (PolkuCoverageView *self)
{
  if (self->coverage != NULL)
    polku_coverage_set_language (self->coverage, current_language (self));
  schedule_list_update (self);
}

/* GObject overrides */

static void
polku_coverage_view_dispose (GObject *object)
{
  PolkuCoverageView *self = (PolkuCoverageView *)object;

  g_clear_handle_id (&self->list_update_id, g_source_remove);
  if (self->scroll_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->scroll_tick_id);
      self->scroll_tick_id = 0;
    }
  if (self->watched != NULL)
    unwatch_rows (self);
  if (self->unit != NULL)
    g_signal_handlers_disconnect_by_data (self->unit, self);
  if (self->unit != NULL)
    g_signal_handlers_disconnect_by_data (polku_coverage_unit_get_rows (self->unit), self);
  if (self->coverage != NULL)
    g_signal_handlers_disconnect_by_data (self->coverage, self);
  if (self->units != NULL)
    g_signal_handlers_disconnect_by_data (self->units, self);
  if (self->tasks != NULL)
    g_signal_handlers_disconnect_by_data (self->tasks, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_COVERAGE_VIEW);

  g_clear_object (&self->unit);
  g_clear_object (&self->units);
  g_clear_object (&self->coverage);
  g_clear_object (&self->tasks);
  g_clear_object (&self->units_filter);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_coverage_view_parent_class)->dispose (object);
}

static void
polku_coverage_view_finalize (GObject *object)
{
  PolkuCoverageView *self = (PolkuCoverageView *)object;

  g_clear_pointer (&self->watched, g_ptr_array_unref);

  G_OBJECT_CLASS (polku_coverage_view_parent_class)->finalize (object);
}

static void
polku_coverage_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PolkuCoverageView *self = POLKU_COVERAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_WORKSHOP_ID:
      g_value_set_int64 (value, self->workshop_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_coverage_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PolkuCoverageView *self = POLKU_COVERAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      polku_coverage_view_set_workshop (self, g_value_get_object (value), self->workshop_id);
      break;

    case PROP_WORKSHOP_ID:
      polku_coverage_view_set_workshop (self, self->context, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_coverage_view_class_init (PolkuCoverageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_coverage_view_dispose;
  object_class->finalize = polku_coverage_view_finalize;
  object_class->get_property = polku_coverage_view_get_property;
  object_class->set_property = polku_coverage_view_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* The workshop whose tasks count; 0 shows nothing */
  properties [PROP_WORKSHOP_ID] =
    g_param_spec_int64 ("workshop-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-coverage-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, content);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, credits_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, legend_by_code);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, legend_direct);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, legend_uncovered);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, list_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, matrix);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, matrix_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, no_tasks_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, only_used_check);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, peruste_figure_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, peruste_progress);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, peruste_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, requirements_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, scroller);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, status_page);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, unit_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, unit_figure_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, unit_progress);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, unit_title_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, units_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuCoverageView, units_scroller);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, mode_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, only_used_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, peruste_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_selected_cb);

  g_type_ensure (POLKU_TYPE_ADAPTIVE_COLUMNS);
  g_type_ensure (POLKU_TYPE_COVERAGE_MATRIX);
  g_type_ensure (POLKU_TYPE_PERUSTE_COMBO_ROW);
}

static void
polku_coverage_view_init (PolkuCoverageView *self)
{
  GtkDrawingArea *areas[3];
  PolkuCoverageMark marks[] = { POLKU_COVERAGE_MARK_DIRECT, POLKU_COVERAGE_MARK_BY_CODE, POLKU_COVERAGE_MARK_NONE };

  self->watched = g_ptr_array_new_with_free_func (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->units_filter = gtk_custom_filter_new (unit_filter_func, self, NULL);
  gtk_list_box_set_adjustment (self->units_list, gtk_scrolled_window_get_vadjustment (self->units_scroller));

  areas[0] = self->legend_direct;
  areas[1] = self->legend_by_code;
  areas[2] = self->legend_uncovered;
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_object_set_data (G_OBJECT (areas[i]), "view", self);
      gtk_drawing_area_set_draw_func (areas[i], draw_legend_symbol, GINT_TO_POINTER (marks[i]), NULL);
    }

  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* Public API */

GtkWidget *
polku_coverage_view_new (void)
{
  return g_object_new (POLKU_TYPE_COVERAGE_VIEW, NULL);
}

/**
 * polku_coverage_view_set_workshop:
 * @context: (nullable): the context
 * @workshop_id: the workshop whose active tasks count (0: show nothing)
 *
 * Shows the coverage of @workshop_id, starting with the qualifications it
 * already has mappings for.
 */
void
polku_coverage_view_set_workshop (PolkuCoverageView *self,
                                  PolkuContext      *context,
                                  gint64             workshop_id)
{
  gboolean context_changed;

  g_return_if_fail (POLKU_IS_COVERAGE_VIEW (self));
  g_return_if_fail (!context || POLKU_IS_CONTEXT (context));

  context_changed = context != self->context;
  if (!context_changed && workshop_id == self->workshop_id)
    return;

  if (self->tasks != NULL)
    g_signal_handlers_disconnect_by_data (self->tasks, self);
  g_clear_object (&self->tasks);

  if (context_changed)
    {
      g_set_object (&self->context, context);
      if (context != NULL)
        g_signal_connect_object (polku_context_get_settings (context), "changed::show-swedish",
                                 G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);
    }
  self->workshop_id = workshop_id;
  self->unit_id = 0;

  if (context != NULL && workshop_id != 0)
    {
      self->tasks = polku_task_list_new (polku_context_get_store (context), workshop_id);
      polku_task_list_set_show_inactive (self->tasks, FALSE);
      g_signal_connect_swapped (self->tasks, "items-changed", G_CALLBACK (update_no_tasks), self);
    }
  update_no_tasks (self);

  /* Its notify reloads the coverage when the chosen qualification changes... */
  g_signal_handlers_block_by_func (self->peruste_row, peruste_changed_cb, self);
  polku_peruste_combo_row_set_workshop (self->peruste_row, context, workshop_id);
  g_signal_handlers_unblock_by_func (self->peruste_row, peruste_changed_cb, self);
  /* ...and here it reloads in any case: the workshop changed. */
  reload_coverage (self);

  if (context_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORKSHOP_ID]);
}
