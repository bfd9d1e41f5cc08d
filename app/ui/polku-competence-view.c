/* polku-competence-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-competence-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "polku-competence-view.h"
#include "polku-date-entry.h"
#include "polku-field-saver.h"
#include "polku-level-choice.h"

/* The widgets of one requirement's row. */
typedef struct
{
  PolkuCompetenceView *view;
  PolkuCompetence     *competence;
  PolkuFieldSaver     *saver;
  GArray              *level_ids;     /* int, per item of the level drop-down */
  GtkWidget           *row;
  GtkWidget           *status;
  GtkWidget           *level;
  GtkWidget           *criteria;
  GtkWidget           *shown_on;
  GtkWidget           *own_view;
  GtkWidget           *observation;
  GtkWidget           *evidence;
  GtkWidget           *tasks;
  gboolean             updating;
} Row;

struct _PolkuCompetenceView
{
  GtkWidget            parent_instance;

  PolkuCompetenceList *list;
  GPtrArray           *rows;          /* Row */
  GtkWidget           *box;
  GtkWidget           *progress_label;
  GtkWidget           *progress_bar;
  GtkWidget           *listbox;
  GtkWidget           *toast_overlay;
};

G_DEFINE_FINAL_TYPE (PolkuCompetenceView, polku_competence_view, GTK_TYPE_WIDGET)

static void
row_free (gpointer data)
{
  Row *row = data;

  if (row->saver != NULL)
    {
      polku_field_saver_flush (row->saver);
      polku_field_saver_discard (row->saver);
    }
  g_clear_object (&row->saver);
  g_signal_handlers_disconnect_by_data (row->competence, row);
  g_clear_object (&row->competence);
  g_array_unref (row->level_ids);
  g_free (row);
}

static void
report_error (PolkuCompetenceView *self,
              const GError        *error)
{
  if (error != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (self->toast_overlay), adw_toast_new (error->message));
}

static void
update_progress (PolkuCompetenceView *self)
{
  g_autofree char *text = NULL;
  guint n_total, n_identified;

  if (self->list == NULL)
    return;
  n_total = polku_competence_list_get_n_total (self->list);
  n_identified = polku_competence_list_get_n_identified (self->list);
  /* Translators: progress in one unit; identified here means at least identified */
  text = g_strdup_printf (ngettext ("%u of %u requirement identified", "%u of %u requirements identified", n_total),
                          n_identified, n_total);
  gtk_label_set_text (GTK_LABEL (self->progress_label), text);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (self->progress_bar), polku_competence_list_get_fraction (self->list));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
update_criteria (Row *row)
{
  GListModel *choices = polku_competence_get_level_choices (row->competence);
  int level_id = polku_competence_get_level_id (row->competence);
  PolkuLevelChoice *choice = level_id != 0 && choices != NULL ? polku_level_choices_find (choices, level_id) : NULL;
  const char *text = NULL;

  if (choice != NULL)
    {
      text = polku_level_choice_get_criteria_text (choice);
      if (text == NULL || *text == '\0')
        text = polku_level_choice_get_note (choice);
    }
  gtk_label_set_text (GTK_LABEL (row->criteria), text != NULL ? text : "");
  gtk_widget_set_visible (row->criteria, text != NULL && *text != '\0');
}

static void
sync_row (Row *row)
{
  int level_id = polku_competence_get_level_id (row->competence);
  guint selected = 0;

  row->updating = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (row->status), polku_competence_get_status (row->competence));
  for (guint i = 0; i < row->level_ids->len; i++)
    if (g_array_index (row->level_ids, int, i) == level_id)
      selected = i;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (row->level), selected);
  polku_date_entry_set_date (POLKU_DATE_ENTRY (row->shown_on), polku_competence_get_shown_on (row->competence));
  gtk_widget_set_sensitive (row->row, !polku_competence_get_locked (row->competence));
  update_criteria (row);
  if (row->tasks != NULL)
    {
      const char *tasks = polku_competence_get_tasks_text (row->competence);
      g_autofree char *text = NULL;

      /* Translators: the workshop tasks through which a requirement was shown */
      text = g_strdup_printf (_("Shown through: %s"), tasks != NULL ? tasks : "");
      gtk_label_set_text (GTK_LABEL (row->tasks), text);
      gtk_widget_set_visible (row->tasks, tasks != NULL && *tasks != '\0');
    }
  row->updating = FALSE;
}

static void
status_selected_cb (Row *row)
{
  g_autoptr(GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (row->status));

  if (row->updating || selected == polku_competence_get_status (row->competence))
    return;
  if (!polku_competence_set_status (row->competence, selected, &error))
    report_error (row->view, error);
  sync_row (row);
}

static void
level_selected_cb (Row *row)
{
  g_autoptr(GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (row->level));

  if (row->updating || selected >= row->level_ids->len)
    return;
  if (!polku_competence_set_level (row->competence, g_array_index (row->level_ids, int, selected), &error))
    report_error (row->view, error);
  sync_row (row);
}

static void
shown_on_changed_cb (Row *row)
{
  g_autoptr(GError) error = NULL;
  const char *date;

  if (row->updating || !polku_date_entry_get_valid (POLKU_DATE_ENTRY (row->shown_on)))
    return;
  date = polku_date_entry_get_date (POLKU_DATE_ENTRY (row->shown_on));
  if (g_strcmp0 (date, polku_competence_get_shown_on (row->competence)) == 0)
    return;
  if (!polku_competence_set_shown_on (row->competence, date, &error))
    report_error (row->view, error);
}

static void
competence_notify_cb (Row *row)
{
  if (!row->updating)
    sync_row (row);
}

static void
saver_failed_cb (Row          *row,
                 GtkWidget    *field,
                 const GError *error)
{
  report_error (row->view, error);
}

/* Enter in a text field moves on: own view → observation → evidence → the
 * next requirement's status. */
static void
entry_activate_cb (GtkWidget *entry,
                   Row       *row)
{
  PolkuCompetenceView *self = row->view;

  if (entry == row->own_view)
    gtk_widget_grab_focus (row->observation);
  else if (entry == row->observation)
    gtk_widget_grab_focus (row->evidence);
  else
    {
      for (guint i = 0; i + 1 < self->rows->len; i++)
        if (g_ptr_array_index (self->rows, i) == row)
          {
            Row *next = g_ptr_array_index (self->rows, i + 1);

            gtk_widget_grab_focus (next->status);
            return;
          }
    }
}

static GtkWidget *
new_entry (const char *label,
           Row        *row)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), label);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect (entry, "activate", G_CALLBACK (entry_activate_cb), row);
  return entry;
}

static GtkWidget *
create_row (PolkuCompetenceView *self,
            PolkuCompetence     *competence,
            guint                position)
{
  Row *row = g_new0 (Row, 1);
  GtkWidget *grid, *text, *fields;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  GListModel *choices = polku_competence_get_level_choices (competence);
  g_autofree char *status_name = NULL;
  g_autofree char *level_name = NULL;
  g_autofree char *number = NULL;
  const char *code = polku_competence_get_code (competence);

  row->view = self;
  row->competence = g_object_ref (competence);
  row->level_ids = g_array_new (FALSE, TRUE, sizeof (int));
  g_ptr_array_add (self->rows, row);

  row->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row->row), FALSE);
  gtk_widget_set_focusable (row->row, FALSE);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 10);
  gtk_widget_set_margin_bottom (grid, 10);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row->row), grid);

  number = g_strdup_printf ("%u.", position + 1);
  text = gtk_label_new (NULL);
  {
    g_autofree char *full = g_strdup_printf ("%s %s%s%s", number, polku_competence_get_text (competence),
                                             code != NULL ? " · " : "", code != NULL ? code : "");

    gtk_label_set_text (GTK_LABEL (text), full);
  }
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_grid_attach (GTK_GRID (grid), text, 0, 0, 4, 1);

  for (int s = POLKU_COMPETENCE_NOT_STARTED; s <= POLKU_COMPETENCE_RECOGNISED; s++)
    gtk_string_list_append (statuses, polku_competence_status_get_label (s));
  row->status = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (statuses)), NULL);
  /* Translators: the accessible name of a requirement's status; %s is its number, e.g. "3." */
  status_name = g_strdup_printf (_("Status of requirement %s"), number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->status), GTK_ACCESSIBLE_PROPERTY_LABEL, status_name, -1);
  gtk_widget_set_tooltip_text (row->status, _("Status"));
  gtk_widget_set_valign (row->status, GTK_ALIGN_START);
  gtk_grid_attach (GTK_GRID (grid), row->status, 0, 1, 1, 1);

  gtk_string_list_append (levels, _("No level"));
  g_array_append_val (row->level_ids, (int) { 0 });
  for (guint i = 0; choices != NULL && i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(PolkuLevelChoice) choice = g_list_model_get_item (choices, i);
      int level_id = polku_level_choice_get_level_id (choice);

      gtk_string_list_append (levels, polku_level_choice_get_label (choice));
      g_array_append_val (row->level_ids, level_id);
    }
  row->level = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (levels)), NULL);
  /* Translators: the accessible name of a requirement's level; %s is its number, e.g. "3." */
  level_name = g_strdup_printf (_("Level of requirement %s"), number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->level), GTK_ACCESSIBLE_PROPERTY_LABEL, level_name, -1);
  gtk_widget_set_tooltip_text (row->level, _("Level"));
  gtk_widget_set_visible (row->level, row->level_ids->len > 1);
  gtk_widget_set_valign (row->level, GTK_ALIGN_START);
  gtk_grid_attach (GTK_GRID (grid), row->level, 1, 1, 1, 1);

  row->shown_on = polku_date_entry_new ();
  polku_date_entry_set_label (POLKU_DATE_ENTRY (row->shown_on), _("Date shown"));
  gtk_widget_set_valign (row->shown_on, GTK_ALIGN_START);
  gtk_grid_attach (GTK_GRID (grid), row->shown_on, 2, 1, 1, 1);

  row->criteria = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (row->criteria), TRUE);
  gtk_label_set_xalign (GTK_LABEL (row->criteria), 0);
  gtk_widget_set_hexpand (row->criteria, TRUE);
  gtk_widget_add_css_class (row->criteria, "caption");
  gtk_widget_add_css_class (row->criteria, "dim-label");
  gtk_grid_attach (GTK_GRID (grid), row->criteria, 3, 1, 1, 1);

  fields = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  row->own_view = new_entry (_("Learner’s own view"), row);
  row->observation = new_entry (_("Coach’s observation"), row);
  row->evidence = new_entry (_("Evidence"), row);
  gtk_box_append (GTK_BOX (fields), row->own_view);
  gtk_box_append (GTK_BOX (fields), row->observation);
  gtk_box_append (GTK_BOX (fields), row->evidence);
  gtk_grid_attach (GTK_GRID (grid), fields, 0, 2, 4, 1);

  row->tasks = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (row->tasks), TRUE);
  gtk_label_set_xalign (GTK_LABEL (row->tasks), 0);
  gtk_widget_add_css_class (row->tasks, "caption");
  gtk_widget_add_css_class (row->tasks, "dim-label");
  gtk_grid_attach (GTK_GRID (grid), row->tasks, 0, 3, 4, 1);

  row->saver = polku_field_saver_new ();
  polku_field_saver_add (row->saver, row->own_view, "own-view", (PolkuFieldSetter) polku_competence_set_own_view);
  polku_field_saver_add (row->saver, row->observation, "observation",
                         (PolkuFieldSetter) polku_competence_set_observation);
  polku_field_saver_add (row->saver, row->evidence, "evidence", (PolkuFieldSetter) polku_competence_set_evidence);
  polku_field_saver_set_object (row->saver, competence);
  g_signal_connect_swapped (row->saver, "failed", G_CALLBACK (saver_failed_cb), row);

  sync_row (row);
  g_signal_connect_swapped (competence, "notify::tasks-text", G_CALLBACK (competence_notify_cb), row);
  g_signal_connect_swapped (row->status, "notify::selected", G_CALLBACK (status_selected_cb), row);
  g_signal_connect_swapped (row->level, "notify::selected", G_CALLBACK (level_selected_cb), row);
  g_signal_connect_swapped (row->shown_on, "notify::date", G_CALLBACK (shown_on_changed_cb), row);
  g_signal_connect_swapped (competence, "notify::status", G_CALLBACK (competence_notify_cb), row);
  g_signal_connect_swapped (competence, "notify::level-id", G_CALLBACK (competence_notify_cb), row);
  g_signal_connect_swapped (competence, "notify::shown-on", G_CALLBACK (competence_notify_cb), row);
  g_signal_connect_swapped (competence, "notify::locked", G_CALLBACK (competence_notify_cb), row);

  return row->row;
}

static void
add_header (PolkuCompetenceView *self,
            const char          *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);
  gtk_box_append (GTK_BOX (self->box), label);
}

static void
rebuild (PolkuCompetenceView *self)
{
  GtkWidget *child;
  const char *last_header = NULL;
  guint n;

  g_ptr_array_set_size (self->rows, 0);
  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);
  self->listbox = NULL;
  if (self->list == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuCompetence) competence = g_list_model_get_item (G_LIST_MODEL (self->list), i);
      const char *header = polku_competence_get_osa_alue_name (competence);

      if (header == NULL)
        header = polku_competence_get_kohdealue (competence);
      if (self->listbox == NULL || (header != NULL && g_strcmp0 (header, last_header) != 0))
        {
          if (header != NULL)
            add_header (self, header);
          last_header = header;
          self->listbox = gtk_list_box_new ();
          gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->listbox), GTK_SELECTION_NONE);
          gtk_widget_add_css_class (self->listbox, "boxed-list");
          gtk_box_append (GTK_BOX (self->box), self->listbox);
        }
      gtk_list_box_append (GTK_LIST_BOX (self->listbox), create_row (self, competence, i));
    }
  update_progress (self);
}

static void
mark_clicked_cb (PolkuCompetenceView *self)
{
  g_autoptr(GError) error = NULL;

  if (!polku_competence_view_mark_remaining_identified (self, 0, &error))
    report_error (self, error);
}

static void
polku_competence_view_dispose (GObject *object)
{
  PolkuCompetenceView *self = POLKU_COMPETENCE_VIEW (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  g_clear_pointer (&self->toast_overlay, gtk_widget_unparent);

  G_OBJECT_CLASS (polku_competence_view_parent_class)->dispose (object);
}

static void
polku_competence_view_class_init (PolkuCompetenceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_competence_view_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
polku_competence_view_init (PolkuCompetenceView *self)
{
  GtkWidget *outer, *header, *button, *scrolled, *clamp, *header_clamp;

  self->rows = g_ptr_array_new_with_free_func (row_free);

  self->toast_overlay = adw_toast_overlay_new ();
  gtk_widget_set_parent (self->toast_overlay, GTK_WIDGET (self));
  outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (self->toast_overlay), outer);

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_widget_set_margin_top (header, 6);
  gtk_widget_set_margin_bottom (header, 6);
  self->progress_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->progress_label), 0);
  gtk_box_append (GTK_BOX (header), self->progress_label);
  self->progress_bar = gtk_level_bar_new_for_interval (0, 1);
  gtk_widget_set_hexpand (self->progress_bar, TRUE);
  gtk_widget_set_valign (self->progress_bar, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), self->progress_bar);
  button = gtk_button_new_with_mnemonic (_("Mark _Remaining Identified"));
  gtk_widget_set_tooltip_text (button, _("Sets every requirement not yet identified to identified, in one step"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (mark_clicked_cb), self);
  gtk_box_append (GTK_BOX (header), button);
  header_clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (header_clamp), 960);
  adw_clamp_set_child (ADW_CLAMP (header_clamp), header);
  gtk_box_append (GTK_BOX (outer), header_clamp);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 960);
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 12);
  gtk_widget_set_margin_bottom (self->box, 24);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_box_append (GTK_BOX (outer), scrolled);
}

/**
 * polku_competence_view_new:
 *
 * Returns: (transfer floating): a new competence view
 */
GtkWidget *
polku_competence_view_new (void)
{
  return g_object_new (POLKU_TYPE_COMPETENCE_VIEW, NULL);
}

/**
 * polku_competence_view_set_unit:
 * @store: (nullable): the store, %NULL to show nothing
 *
 * Shows the requirements of @unit_id for @learner_id.
 */
void
polku_competence_view_set_unit (PolkuCompetenceView *self,
                                PolkuStore          *store,
                                gint64               learner_id,
                                gint64               unit_id,
                                const char          *language)
{
  g_return_if_fail (POLKU_IS_COMPETENCE_VIEW (self));

  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  if (store != NULL && learner_id > 0 && unit_id > 0)
    {
      self->list = polku_competence_list_new (store, learner_id, unit_id, language != NULL ? language : "fi");
      g_signal_connect_swapped (self->list, "notify::n-identified", G_CALLBACK (update_progress), self);
      g_signal_connect_swapped (self->list, "items-changed", G_CALLBACK (rebuild), self);
    }
  rebuild (self);
  gtk_widget_set_visible (gtk_widget_get_parent (gtk_widget_get_parent (self->progress_label)), self->list != NULL);
}

/**
 * polku_competence_view_get_list:
 *
 * Returns: (transfer none) (nullable): the requirements shown
 */
PolkuCompetenceList *
polku_competence_view_get_list (PolkuCompetenceView *self)
{
  g_return_val_if_fail (POLKU_IS_COMPETENCE_VIEW (self), NULL);

  return self->list;
}

static Row *
get_row (PolkuCompetenceView *self,
         guint                position)
{
  return position < self->rows->len ? g_ptr_array_index (self->rows, position) : NULL;
}

/**
 * polku_competence_view_get_status:
 *
 * Returns: (transfer none) (nullable): the status drop-down of a row
 */
GtkWidget *
polku_competence_view_get_status (PolkuCompetenceView *self,
                                  guint                position)
{
  Row *row;

  g_return_val_if_fail (POLKU_IS_COMPETENCE_VIEW (self), NULL);

  row = get_row (self, position);
  return row != NULL ? row->status : NULL;
}

/**
 * polku_competence_view_get_level:
 *
 * Returns: (transfer none) (nullable): the level drop-down of a row
 */
GtkWidget *
polku_competence_view_get_level (PolkuCompetenceView *self,
                                 guint                position)
{
  Row *row;

  g_return_val_if_fail (POLKU_IS_COMPETENCE_VIEW (self), NULL);

  row = get_row (self, position);
  return row != NULL ? row->level : NULL;
}

/**
 * polku_competence_view_get_evidence:
 *
 * Returns: (transfer none) (nullable): the evidence field of a row
 */
GtkWidget *
polku_competence_view_get_evidence (PolkuCompetenceView *self,
                                    guint                position)
{
  Row *row;

  g_return_val_if_fail (POLKU_IS_COMPETENCE_VIEW (self), NULL);

  row = get_row (self, position);
  return row != NULL ? row->evidence : NULL;
}

/**
 * polku_competence_view_mark_remaining_identified:
 * @level_id: the level to give them, 0 to leave levels as they are
 *
 * Sets every requirement below "identified" to identified, in one
 * transaction: all or nothing.
 */
gboolean
polku_competence_view_mark_remaining_identified (PolkuCompetenceView  *self,
                                                 int                   level_id,
                                                 GError              **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  PolkuCompetenceEdit edit = { 0, };

  g_return_val_if_fail (POLKU_IS_COMPETENCE_VIEW (self), FALSE);

  if (self->list == NULL)
    return TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      if (polku_competence_get_status (row->competence) < POLKU_COMPETENCE_IDENTIFIED)
        g_ptr_array_add (items, row->competence);
    }
  if (items->len == 0)
    return TRUE;
  edit.fields = POLKU_COMPETENCE_FIELD_STATUS;
  edit.status = POLKU_COMPETENCE_IDENTIFIED;
  if (level_id != 0)
    {
      edit.fields |= POLKU_COMPETENCE_FIELD_LEVEL;
      edit.level_id = level_id;
    }
  return polku_competence_list_apply (self->list, (PolkuCompetence * const *) items->pdata, items->len,
                                      &edit, error);
}
