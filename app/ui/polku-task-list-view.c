/* polku-task-list-view.c: a workshop's task catalogue: the tasks in a list
 * (search, in use/retired, add, reorder by buttons, keys or drag and drop) beside
 * the editor of the chosen one. Deleting asks first when the task is mapped,
 * and always offers Undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-task-list-view"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-dialogs.h"
#include "polku-mapping-dialog.h"
#include "polku-task-editor.h"
#include "polku-task-list-view.h"
#include "polku-workshop-common.h"

typedef enum
{
  FILTER_ALL,
  FILTER_ACTIVE,
  FILTER_RETIRED,
} TaskFilter;

struct _PolkuTaskListView
{
  GtkWidget           parent_instance;

  /* Template widgets */
  AdwLeaflet         *leaflet;
  GtkWidget          *list_pane;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *filter_dropdown;
  GtkListBox         *task_list;
  GtkLabel           *placeholder_label;
  GtkEntry           *new_task_entry;
  GtkWidget          *add_button;
  GtkWidget          *editor_pane;
  GtkWidget          *back_button;
  GtkLabel           *task_title_label;
  GtkStack           *editor_stack;
  AdwStatusPage      *none_page;
  PolkuTaskEditor    *task_editor;

  /* Owned */
  PolkuContext       *context;
  gint64              workshop_id;
  PolkuTaskList      *tasks;
  GtkCustomFilter    *retired_filter;
  GtkFilterListModel *visible;
  PolkuTask          *selected;
  guint               selected_position;

  gboolean            model_changing;
};

G_DEFINE_FINAL_TYPE (PolkuTaskListView, polku_task_list_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_WORKSHOP_ID,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void select_task (PolkuTaskListView *self, PolkuTask *task);

/* Auxiliary methods */

static TaskFilter
current_filter (PolkuTaskListView *self)
{
  return (TaskFilter) gtk_drop_down_get_selected (self->filter_dropdown);
}

static gboolean
find_position (GListModel *model,
               gpointer    item,
               guint      *out_position)
{
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (model, i);

      if (object == item)
        {
          if (out_position != NULL)
            *out_position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
can_reorder (PolkuTaskListView *self)
{
  /* Among retired tasks only, "up" would jump over tasks that are not shown. */
  return self->tasks != NULL && current_filter (self) != FILTER_RETIRED;
}

static void
update_actions (PolkuTaskListView *self)
{
  guint n = self->tasks != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->tasks)) : 0;
  gboolean have = self->selected != NULL;
  guint position = 0;
  gboolean listed = have && find_position (G_LIST_MODEL (self->tasks), self->selected, &position);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "tasks.move-up", listed && can_reorder (self) && position > 0);
  gtk_widget_action_set_enabled (widget, "tasks.move-down", listed && can_reorder (self) && position + 1 < n);
  gtk_widget_action_set_enabled (widget, "tasks.duplicate", have);
  gtk_widget_action_set_enabled (widget, "tasks.duplicate-with-mappings", have);
  gtk_widget_action_set_enabled (widget, "tasks.delete", have);
  gtk_widget_action_set_enabled (widget, "tasks.add-requirements", have && self->context != NULL);
  gtk_widget_action_set_enabled (widget, "tasks.retire", have && polku_task_get_active (self->selected));
  gtk_widget_action_set_enabled (widget, "tasks.activate", have && !polku_task_get_active (self->selected));
  gtk_widget_action_set_enabled (widget, "tasks.map-by-unit", self->tasks != NULL && self->context != NULL);
  gtk_widget_action_set_enabled (widget, "tasks.back",
                                 adw_leaflet_get_folded (self->leaflet) &&
                                 adw_leaflet_get_visible_child (self->leaflet) == self->editor_pane);
}

static void
update_navigation (PolkuTaskListView *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet);

  gtk_widget_set_visible (self->back_button, folded);
  update_actions (self);
}

static void
update_placeholder (PolkuTaskListView *self)
{
  guint n_all = self->tasks != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->tasks)) : 0;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (n_all == 0 && (query == NULL || *query == '\0') && current_filter (self) == FILTER_ALL)
    gtk_label_set_label (self->placeholder_label,
                         _("No tasks yet. Write the title of a real work task below and press Enter."));
  else if (current_filter (self) == FILTER_RETIRED && (query == NULL || *query == '\0'))
    gtk_label_set_label (self->placeholder_label, _("No retired tasks."));
  else
    gtk_label_set_label (self->placeholder_label, _("No matching tasks."));

  if (self->selected == NULL)
    {
      if (n_all == 0 && (query == NULL || *query == '\0') && current_filter (self) == FILTER_ALL)
        {
          adw_status_page_set_title (self->none_page, _("Add the Workshop’s Tasks"));
          adw_status_page_set_description (self->none_page,
                                           _("List the real work done here, one task at a time, e.g. “Huonekalun kokoaminen” or “Sahaus ja höylääminen”. Then map each task to the requirements it teaches."));
        }
      else
        {
          adw_status_page_set_title (self->none_page, _("No Task Selected"));
          adw_status_page_set_description (self->none_page, _("Choose a task to edit it and to see what it teaches."));
        }
    }
}

static void
update_title (PolkuTaskListView *self)
{
  gtk_label_set_label (self->task_title_label, self->selected != NULL ? polku_task_get_title (self->selected) : "");
}

static char *
describe_task (PolkuTask *task)
{
  guint n = polku_task_get_n_requirements (task);
  const char *duration = polku_task_get_duration (task);
  g_autofree char *mapped = NULL;

  if (n > 0)
    /* Translators: under a task's title in the list of tasks. */
    mapped = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Teaches %u requirement", "Teaches %u requirements", n), n);
  else
    mapped = g_strdup (_("Not mapped yet"));

  if (duration != NULL && *duration != '\0')
    return g_strdup_printf ("%s · %s", mapped, duration);
  return g_steal_pointer (&mapped);
}

static void
update_task_row (GtkWidget *row)
{
  PolkuTask *task = g_object_get_data (G_OBJECT (row), "task");
  GtkLabel *title = g_object_get_data (G_OBJECT (row), "title");
  GtkLabel *subtitle = g_object_get_data (G_OBJECT (row), "subtitle");
  GtkWidget *badge = g_object_get_data (G_OBJECT (row), "badge");
  g_autofree char *text = describe_task (task);

  gtk_label_set_label (title, polku_task_get_title (task));
  gtk_label_set_label (subtitle, text);
  gtk_widget_set_visible (badge, !polku_task_get_active (task));
  if (polku_task_get_active (task))
    gtk_widget_remove_css_class (row, "polku-retired");
  else
    gtk_widget_add_css_class (row, "polku-retired");
}

/* Drag and drop: a row carries its task's id; dropping it on another row puts
 * the task there. */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  PolkuTask *task = g_object_get_data (G_OBJECT (row), "task");
  PolkuTaskListView *self = POLKU_TASK_LIST_VIEW (gtk_widget_get_ancestor (row, POLKU_TYPE_TASK_LIST_VIEW));

  if (self == NULL || !can_reorder (self))
    return NULL;

  return gdk_content_provider_new_typed (G_TYPE_INT64, polku_task_get_id (task));
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  PolkuTaskListView *self = POLKU_TASK_LIST_VIEW (gtk_widget_get_ancestor (row, POLKU_TYPE_TASK_LIST_VIEW));
  PolkuTask *onto = g_object_get_data (G_OBJECT (row), "task");
  g_autoptr(GError) error = NULL;
  PolkuTask *dragged;
  guint position = 0;

  if (self == NULL || !G_VALUE_HOLDS_INT64 (value) || !can_reorder (self))
    return FALSE;

  dragged = polku_task_list_find (self->tasks, g_value_get_int64 (value));
  if (dragged == NULL || dragged == onto || !find_position (G_LIST_MODEL (self->tasks), onto, &position))
    return FALSE;

  g_object_ref (dragged);
  if (!polku_task_list_move (self->tasks, dragged, position, &error))
    polku_workshop_show_error (GTK_WIDGET (self), error);
  select_task (self, dragged);
  g_object_unref (dragged);
  return TRUE;
}

static GtkWidget *
create_task_row (gpointer item,
                 gpointer user_data)
{
  PolkuTask *task = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title = polku_workshop_label_new (NULL, NULL);
  GtkWidget *subtitle = polku_workshop_label_new (NULL, "caption");
  GtkWidget *badge = gtk_label_new (_("Retired"));
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);
  gtk_widget_set_hexpand (title, TRUE);
  /* Long titles wrap instead of widening the list. */
  gtk_label_set_max_width_chars (GTK_LABEL (title), 28);
  gtk_label_set_max_width_chars (GTK_LABEL (subtitle), 28);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_widget_add_css_class (badge, "polku-badge");
  gtk_widget_add_css_class (badge, "retired");
  gtk_grid_attach (GTK_GRID (grid), title, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), badge, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), subtitle, 0, 1, 2, 1);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);

  g_object_set_data_full (G_OBJECT (row), "task", g_object_ref (task), g_object_unref);
  g_object_set_data (G_OBJECT (row), "title", title);
  g_object_set_data (G_OBJECT (row), "subtitle", subtitle);
  g_object_set_data (G_OBJECT (row), "badge", badge);
  update_task_row (row);
  g_signal_connect_object (task, "notify", G_CALLBACK (update_task_row), row, G_CONNECT_SWAPPED);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (drag_begin_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  return row;
}

static GtkListBoxRow *
find_row (PolkuTaskListView *self,
          PolkuTask         *task)
{
  guint position;

  if (task == NULL || !find_position (G_LIST_MODEL (self->visible), task, &position))
    return NULL;

  return gtk_list_box_get_row_at_index (self->task_list, (int) position);
}

static void
show_task (PolkuTaskListView *self,
           PolkuTask         *task)
{
  if (self->selected != NULL)
    g_signal_handlers_disconnect_by_data (self->selected, self);
  g_set_object (&self->selected, task);
  if (task != NULL)
    {
      g_signal_connect_object (task, "notify::title", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (task, "notify::active", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
      find_position (G_LIST_MODEL (self->visible), task, &self->selected_position);
    }

  polku_task_editor_set_task (self->task_editor, task);
  gtk_stack_set_visible_child_name (self->editor_stack, task != NULL ? "task" : "none");
  update_title (self);
  update_placeholder (self);
  update_actions (self);
}

static void
select_task (PolkuTaskListView *self,
             PolkuTask         *task)
{
  GtkListBoxRow *row = find_row (self, task);

  if (row != NULL)
    gtk_list_box_select_row (self->task_list, row);
  else
    gtk_list_box_unselect_all (self->task_list);
  show_task (self, row != NULL ? task : NULL);
}

/* Also while wide (or not yet allocated), so that folding later shows the editor. */
static void
show_editor (PolkuTaskListView *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
}

/* Callbacks */

static gboolean
retired_only (gpointer item,
              gpointer user_data)
{
  return !polku_task_get_active (item);
}

static void
visible_changing_cb (PolkuTaskListView *self)
{
  self->model_changing = TRUE;
}

/* After the list box has remade its rows: mark the chosen task again, or its
 * neighbour when it went away (deleted, retired out of view). */
static void
visible_changed_cb (PolkuTaskListView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->visible));
  g_autoptr(PolkuTask) keep = self->selected != NULL ? g_object_ref (self->selected) : NULL;

  self->model_changing = FALSE;

  if (keep != NULL && find_position (G_LIST_MODEL (self->visible), keep, NULL))
    select_task (self, keep);
  else if (keep != NULL && n > 0)
    {
      g_autoptr(PolkuTask) neighbour = g_list_model_get_item (G_LIST_MODEL (self->visible),
                                                              MIN (self->selected_position, n - 1));

      select_task (self, neighbour);
    }
  else if (keep != NULL)
    select_task (self, NULL);

  update_placeholder (self);
  update_actions (self);
}

static void
task_activity_changed_cb (PolkuTaskListView *self)
{
  /* A task put back in use leaves the retired list, and a retired one joins it. */
  if (current_filter (self) == FILTER_RETIRED)
    gtk_filter_changed (GTK_FILTER (self->retired_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
row_selected_cb (PolkuTaskListView *self,
                 GtkListBoxRow     *row)
{
  if (self->model_changing)
    return;

  show_task (self, row != NULL ? g_object_get_data (G_OBJECT (row), "task") : NULL);
}

static void
row_activated_cb (PolkuTaskListView *self,
                  GtkListBoxRow     *row)
{
  show_task (self, g_object_get_data (G_OBJECT (row), "task"));
  show_editor (self);
}

static void
leaflet_changed_cb (PolkuTaskListView *self)
{
  update_navigation (self);
}

static void
search_changed_cb (PolkuTaskListView *self)
{
  if (self->tasks != NULL)
    polku_task_list_set_query (self->tasks, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_placeholder (self);
}

static void
search_stopped_cb (PolkuTaskListView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
filter_changed_cb (PolkuTaskListView *self)
{
  TaskFilter filter = current_filter (self);

  if (self->tasks == NULL)
    return;

  polku_task_list_set_show_inactive (self->tasks, filter != FILTER_ACTIVE);
  gtk_filter_list_model_set_filter (self->visible,
                                    filter == FILTER_RETIRED ? GTK_FILTER (self->retired_filter) : NULL);
  update_placeholder (self);
  update_actions (self);
}

static void
new_task_changed_cb (PolkuTaskListView *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->new_task_entry), "error");
}

static void
add_task_cb (PolkuTaskListView *self)
{
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->new_task_entry));
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuTask) task = NULL;

  if (self->tasks == NULL)
    return;

  task = polku_task_list_view_add_task (self, title, &error);
  if (task == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->new_task_entry), "error");
      polku_workshop_show_error (GTK_WIDGET (self), error);
      gtk_widget_grab_focus (GTK_WIDGET (self->new_task_entry));
      return;
    }

  /* Ready for the next one: a coach enters a workshop's tasks in a row. */
  gtk_editable_set_text (GTK_EDITABLE (self->new_task_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->new_task_entry));
}

typedef struct
{
  GWeakRef          view;
  PolkuTaskList    *tasks;
  PolkuDeletedTask *deleted;
} DeletedTask;

static void
deleted_task_free (gpointer data)
{
  DeletedTask *deleted = data;

  g_weak_ref_clear (&deleted->view);
  g_clear_object (&deleted->tasks);
  g_clear_pointer (&deleted->deleted, polku_deleted_task_free);
  g_free (deleted);
}

static void
undo_delete_cb (AdwToast    *toast,
                DeletedTask *deleted)
{
  g_autoptr(PolkuTaskListView) self = g_weak_ref_get (&deleted->view);
  g_autoptr(PolkuTask) task = NULL;
  g_autoptr(GError) error = NULL;

  task = polku_task_list_restore (deleted->tasks, deleted->deleted, &error);
  if (self == NULL)
    return;

  if (task == NULL)
    polku_workshop_show_error (GTK_WIDGET (self), error);
  else if (self->tasks == deleted->tasks)
    select_task (self, task);
}

static void
delete_task (PolkuTaskListView *self,
             PolkuTask         *task)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strdup (polku_task_get_title (task));
  g_autofree char *message = NULL;
  PolkuDeletedTask *record;
  DeletedTask *deleted;
  AdwToast *toast;

  polku_task_editor_flush (self->task_editor);
  record = polku_task_list_delete (self->tasks, task, &error);
  if (record == NULL)
    {
      polku_workshop_show_error (GTK_WIDGET (self), error);
      return;
    }

  deleted = g_new0 (DeletedTask, 1);
  g_weak_ref_init (&deleted->view, self);
  deleted->tasks = g_object_ref (self->tasks);
  deleted->deleted = record;

  /* Translators: a toast; %s is a task's title. */
  message = g_strdup_printf (_("“%s” deleted"), title);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 10);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb),
                         deleted, (GClosureNotify) (void (*) (void)) deleted_task_free, 0);
  polku_workshop_show_toast (GTK_WIDGET (self), toast);
}

typedef struct
{
  PolkuTaskListView *self;
  PolkuTask         *task;
} DeleteRequest;

static void
confirm_delete_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  DeleteRequest *request = data;

  if (polku_dialogs_confirm_finish (result, NULL) && request->self->tasks != NULL &&
      polku_task_list_find (request->self->tasks, polku_task_get_id (request->task)) == request->task)
    delete_task (request->self, request->task);

  g_object_unref (request->self);
  g_object_unref (request->task);
  g_free (request);
}

/* Actions */

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PolkuTaskListView *self = POLKU_TASK_LIST_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuTask) task = NULL;
  gboolean had_focus = gtk_widget_has_focus (GTK_WIDGET (find_row (self, self->selected)));
  int delta = g_str_equal (action_name, "tasks.move-up") ? -1 : +1;
  guint n, position;

  if (self->selected == NULL || !can_reorder (self) ||
      !find_position (G_LIST_MODEL (self->tasks), self->selected, &position))
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->tasks));
  if ((delta < 0 && position == 0) || (delta > 0 && position + 1 >= n))
    return;

  task = g_object_ref (self->selected);
  if (!polku_task_list_move (self->tasks, task, position + delta, &error))
    polku_workshop_show_error (widget, error);

  select_task (self, task);
  if (had_focus && find_row (self, task) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (find_row (self, task)));
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PolkuTaskListView *self = POLKU_TASK_LIST_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(PolkuTask) copy = NULL;

  if (self->selected == NULL)
    return;

  polku_task_editor_flush (self->task_editor);
  copy = polku_task_list_duplicate (self->tasks, self->selected,
                                    g_str_equal (action_name, "tasks.duplicate-with-mappings"), &error);
  if (copy == NULL)
    {
      polku_workshop_show_error (widget, error);
      return;
    }

  select_task (self, copy);
  polku_task_editor_focus_title (self->task_editor);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PolkuTaskListView *self = POLKU_TASK_LIST_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  DeleteRequest *request;
  guint uses = 0;
  guint n;

  if (self->selected == NULL)
    return;

  n = polku_task_get_n_requirements (self->selected) + polku_task_get_n_codes (self->selected);
  if (polku_store_count_task_uses (polku_task_list_get_store (self->tasks), polku_task_get_id (self->selected),
                                   &uses, &error))
    n = MAX (n, uses);
  else
    g_debug ("Cannot count the uses of a task: %s", error->message);

  if (n == 0)
    {
      delete_task (self, self->selected);
      return;
    }

  /* Translators: a question before deleting; %s is a task's title. */
  heading = g_strdup_printf (_("Delete “%s”?"), polku_task_get_title (self->selected));
  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The task is mapped to %u requirement. The mapping is deleted with it.",
                                       "The task is mapped to %u requirements. The mappings are deleted with it.",
                                       n),
                          n);

  request = g_new0 (DeleteRequest, 1);
  request->self = g_object_ref (self);
  request->task = g_object_ref (self->selected);
  polku_dialogs_confirm_async (polku_workshop_get_window (widget), heading, body, _("_Delete"), TRUE,
                               NULL, confirm_delete_cb, request);
}

static void
set_active_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PolkuTaskListView *self = POLKU_TASK_LIST_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->selected != NULL &&
      !polku_task_set_active (self->selected, g_str_equal (action_name, "tasks.activate"), &error))
    polku_workshop_show_error (widget, error);
}

static void
add_requirements_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  polku_task_editor_open_mapping_dialog (POLKU_TASK_LIST_VIEW (widget)->task_editor);
}

static void
map_by_unit_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  polku_task_list_view_open_unit_mapping (POLKU_TASK_LIST_VIEW (widget), 0);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PolkuTaskListView *self = POLKU_TASK_LIST_VIEW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* GObject overrides */

static void
polku_task_list_view_dispose (GObject *object)
{
  PolkuTaskListView *self = (PolkuTaskListView *)object;

  if (self->task_editor != NULL)
    polku_task_editor_flush (self->task_editor);
  polku_task_list_view_set_workshop (self, NULL, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_TASK_LIST_VIEW);
  g_clear_object (&self->retired_filter);

  G_OBJECT_CLASS (polku_task_list_view_parent_class)->dispose (object);
}

static void
polku_task_list_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PolkuTaskListView *self = POLKU_TASK_LIST_VIEW (object);

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
polku_task_list_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PolkuTaskListView *self = POLKU_TASK_LIST_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      polku_task_list_view_set_workshop (self, g_value_get_object (value), self->workshop_id);
      break;

    case PROP_WORKSHOP_ID:
      polku_task_list_view_set_workshop (self, self->context, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_task_list_view_class_init (PolkuTaskListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_task_list_view_dispose;
  object_class->get_property = polku_task_list_view_get_property;
  object_class->set_property = polku_task_list_view_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_WORKSHOP_ID] =
    g_param_spec_int64 ("workshop-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-task-list-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskListView, add_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskListView, back_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskListView, editor_pane);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskListView, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskListView, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskListView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskListView, list_pane);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskListView, new_task_entry);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskListView, none_page);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskListView, placeholder_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskListView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskListView, task_editor);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskListView, task_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskListView, task_title_label);
  gtk_widget_class_bind_template_callback (widget_class, add_task_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_task_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stopped_cb);

  gtk_widget_class_install_action (widget_class, "tasks.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "tasks.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "tasks.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "tasks.duplicate-with-mappings", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "tasks.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "tasks.retire", NULL, set_active_action);
  gtk_widget_class_install_action (widget_class, "tasks.activate", NULL, set_active_action);
  gtk_widget_class_install_action (widget_class, "tasks.add-requirements", NULL, add_requirements_action);
  gtk_widget_class_install_action (widget_class, "tasks.map-by-unit", NULL, map_by_unit_action);
  gtk_widget_class_install_action (widget_class, "tasks.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "tasks.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "tasks.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "tasks.back", NULL);

  g_type_ensure (POLKU_TYPE_TASK_EDITOR);
}

static void
polku_task_list_view_init (PolkuTaskListView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->retired_filter = gtk_custom_filter_new (retired_only, NULL, NULL);
  gtk_widget_set_sensitive (self->list_pane, FALSE);
  show_task (self, NULL);
  update_navigation (self);
}

/* Public API */

GtkWidget *
polku_task_list_view_new (void)
{
  return g_object_new (POLKU_TYPE_TASK_LIST_VIEW, NULL);
}

/**
 * polku_task_list_view_set_workshop:
 * @context: (nullable): the context
 * @workshop_id: the workshop whose tasks are shown, or 0
 */
void
polku_task_list_view_set_workshop (PolkuTaskListView *self,
                                   PolkuContext      *context,
                                   gint64             workshop_id)
{
  g_return_if_fail (POLKU_IS_TASK_LIST_VIEW (self));
  g_return_if_fail (context == NULL || POLKU_IS_CONTEXT (context));

  if (self->context == context && self->workshop_id == workshop_id)
    return;

  if (self->task_editor != NULL)
    polku_task_editor_flush (self->task_editor);
  if (self->task_list != NULL)
    gtk_list_box_bind_model (self->task_list, NULL, NULL, NULL, NULL);
  if (self->visible != NULL)
    g_signal_handlers_disconnect_by_data (self->visible, self);
  if (self->tasks != NULL)
    g_signal_handlers_disconnect_by_data (self->tasks, self);
  if (self->editor_stack != NULL)
    show_task (self, NULL);
  g_clear_object (&self->visible);
  g_clear_object (&self->tasks);

  if (self->context != context)
    {
      g_set_object (&self->context, context);
      if (self->task_editor != NULL)
        polku_task_editor_set_context (self->task_editor, context);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
    }
  if (self->workshop_id != workshop_id)
    {
      self->workshop_id = workshop_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_WORKSHOP_ID]);
    }

  if (self->task_list == NULL)
    return;

  if (context != NULL && workshop_id > 0)
    {
      self->tasks = polku_task_list_new (polku_context_get_store (context), workshop_id);
      polku_task_list_set_query (self->tasks, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
      polku_task_list_set_show_inactive (self->tasks, current_filter (self) != FILTER_ACTIVE);
      self->visible = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->tasks)),
                                                 current_filter (self) == FILTER_RETIRED
                                                   ? g_object_ref (GTK_FILTER (self->retired_filter)) : NULL);
      /* Around the list box's own handler: see visible_changed_cb(). */
      g_signal_connect_swapped (self->visible, "items-changed", G_CALLBACK (visible_changing_cb), self);
      gtk_list_box_bind_model (self->task_list, G_LIST_MODEL (self->visible), create_task_row, NULL, NULL);
      g_signal_connect_swapped (self->visible, "items-changed", G_CALLBACK (visible_changed_cb), self);
      g_signal_connect_object (self->tasks, "notify::n-items", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (polku_context_get_store (context), "changed::workshop",
                               G_CALLBACK (task_activity_changed_cb), self, G_CONNECT_SWAPPED);
    }

  gtk_widget_set_sensitive (self->list_pane, self->tasks != NULL);
  adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  update_placeholder (self);
  update_navigation (self);
}

gint64
polku_task_list_view_get_workshop_id (PolkuTaskListView *self)
{
  g_return_val_if_fail (POLKU_IS_TASK_LIST_VIEW (self), 0);

  return self->workshop_id;
}

/**
 * polku_task_list_view_get_tasks:
 *
 * Returns: (transfer none) (nullable): the workshop's tasks (with the search and filter)
 */
PolkuTaskList *
polku_task_list_view_get_tasks (PolkuTaskListView *self)
{
  g_return_val_if_fail (POLKU_IS_TASK_LIST_VIEW (self), NULL);

  return self->tasks;
}

/**
 * polku_task_list_view_get_visible:
 *
 * Returns: (transfer none) (nullable): the tasks the list shows
 */
GListModel *
polku_task_list_view_get_visible (PolkuTaskListView *self)
{
  g_return_val_if_fail (POLKU_IS_TASK_LIST_VIEW (self), NULL);

  return self->visible != NULL ? G_LIST_MODEL (self->visible) : NULL;
}

/**
 * polku_task_list_view_get_selected:
 *
 * Returns: (transfer none) (nullable): the task in the editor
 */
PolkuTask *
polku_task_list_view_get_selected (PolkuTaskListView *self)
{
  g_return_val_if_fail (POLKU_IS_TASK_LIST_VIEW (self), NULL);

  return self->selected;
}

/**
 * polku_task_list_view_select:
 *
 * Returns: %FALSE when the task is not listed (another workshop's, filtered out)
 */
gboolean
polku_task_list_view_select (PolkuTaskListView *self,
                             gint64             task_id)
{
  PolkuTask *task;

  g_return_val_if_fail (POLKU_IS_TASK_LIST_VIEW (self), FALSE);

  task = self->tasks != NULL ? polku_task_list_find (self->tasks, task_id) : NULL;
  if (task == NULL || find_row (self, task) == NULL)
    return FALSE;

  select_task (self, task);
  show_editor (self);
  return TRUE;
}

/**
 * polku_task_list_view_get_editor:
 *
 * Returns: (transfer none): the task editor
 */
PolkuTaskEditor *
polku_task_list_view_get_editor (PolkuTaskListView *self)
{
  g_return_val_if_fail (POLKU_IS_TASK_LIST_VIEW (self), NULL);

  return self->task_editor;
}

/**
 * polku_task_list_view_add_task:
 *
 * Adds a task as the "add" entry does: the search and the retired filter are
 * cleared so that it shows, and it is chosen.
 *
 * Returns: (transfer full) (nullable): the task, or %NULL with @error set
 */
PolkuTask *
polku_task_list_view_add_task (PolkuTaskListView  *self,
                             const char         *title,
                             GError            **error)
{
  g_autoptr(PolkuTask) task = NULL;

  g_return_val_if_fail (POLKU_IS_TASK_LIST_VIEW (self), NULL);
  g_return_val_if_fail (self->tasks != NULL, NULL);

  task = polku_task_list_add (self->tasks, title, error);
  if (task == NULL)
    return NULL;

  if (find_row (self, task) == NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      polku_task_list_set_query (self->tasks, "");
      gtk_drop_down_set_selected (self->filter_dropdown, FILTER_ALL);
    }

  select_task (self, task);
  return g_steal_pointer (&task);
}

/**
 * polku_task_list_view_open_unit_mapping:
 * @unit_id: the unit to open at, or 0 for where the picker was last left
 *
 * Opens the requirement picker from the requirements' side: every requirement
 * of a unit with the tasks that teach it.
 *
 * Returns: (transfer none) (nullable): the dialog
 */
PolkuMappingDialog *
polku_task_list_view_open_unit_mapping (PolkuTaskListView *self,
                                        gint64             unit_id)
{
  PolkuMappingDialog *dialog;

  g_return_val_if_fail (POLKU_IS_TASK_LIST_VIEW (self), NULL);

  if (self->context == NULL || self->workshop_id == 0)
    return NULL;

  polku_task_editor_flush (self->task_editor);
  dialog = polku_mapping_dialog_new (self->context, self->workshop_id, NULL);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), polku_workshop_get_window (GTK_WIDGET (self)));
  if (unit_id > 0)
    polku_mapping_dialog_show_unit (dialog, unit_id);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

/**
 * polku_task_list_view_flush:
 *
 * Returns: %FALSE when something typed was refused (and shown)
 */
gboolean
polku_task_list_view_flush (PolkuTaskListView *self)
{
  g_return_val_if_fail (POLKU_IS_TASK_LIST_VIEW (self), FALSE);

  return polku_task_editor_flush (self->task_editor);
}
