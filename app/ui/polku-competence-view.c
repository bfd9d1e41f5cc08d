/* polku-competence-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-competence-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "polku-catalogue-format.h"
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
  GtkWidget           *criteria_toggle;
  char                *criteria_text;
  gboolean             criteria_expanded;
  GtkWidget           *lock_box;
  GtkWidget           *lock_label;
  GtkWidget           *shown_on;
  GtkWidget           *own_view;
  GtkWidget           *observation;
  GtkWidget           *evidence;
  GtkWidget           *read_only[3];  /* own view, observation, evidence as wrapped text when locked */
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
  g_free (row->criteria_text);
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

/* Criteria longer than this many lines start folded, so that a unit stays
 * quick to scan; the toggle shows the rest. */
#define CRITERIA_FOLDED_LINES 2

/* Folded, the criteria show their first lines only, each cut at two lines
 * of text: Pango limits lines per paragraph, not per label. */
static char *
fold_criteria (const char *text,
               gboolean   *folded)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = g_strv_length (lines);

  *folded = n > CRITERIA_FOLDED_LINES;
  if (!*folded)
    return g_strdup (text);
  g_free (lines[CRITERIA_FOLDED_LINES]);
  lines[CRITERIA_FOLDED_LINES] = NULL;
  for (guint i = CRITERIA_FOLDED_LINES + 1; i < n; i++)
    g_clear_pointer (&lines[i], g_free);
  return g_strjoinv ("\n", lines);
}

static void
update_criteria_folding (Row *row)
{
  const char *text = row->criteria_text != NULL ? row->criteria_text : "";
  gboolean expanded = row->criteria_expanded;
  gboolean long_text = FALSE;
  g_autofree char *shown = fold_criteria (text, &long_text);

  gtk_label_set_text (GTK_LABEL (row->criteria), expanded ? text : shown);
  gtk_label_set_lines (GTK_LABEL (row->criteria), expanded ? -1 : 2);
  gtk_label_set_ellipsize (GTK_LABEL (row->criteria), expanded ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
  gtk_button_set_label (GTK_BUTTON (row->criteria_toggle), expanded ? _("Show Fewer Criteria") : _("Show All Criteria"));
  gtk_widget_set_visible (row->criteria, *text != '\0');
  gtk_widget_set_visible (row->criteria_toggle, long_text || expanded);
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
  g_free (row->criteria_text);
  row->criteria_text = g_strdup (text);
  update_criteria_folding (row);
}

/* Who recognised the requirement and when: a recognised item is the
 * teacher's decision and reads, but does not edit, here. */
static void
update_lock (Row *row)
{
  const PolkuCompetenceRecord *record = polku_competence_get_record (row->competence);
  gboolean locked = polku_competence_get_locked (row->competence);
  g_autofree char *who = NULL;
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (row->lock_box, locked);
  gtk_widget_set_sensitive (row->status, !locked);
  gtk_widget_set_sensitive (row->level, !locked);
  gtk_widget_set_sensitive (row->shown_on, !locked);
  gtk_editable_set_editable (GTK_EDITABLE (row->own_view), !locked);
  gtk_editable_set_editable (GTK_EDITABLE (row->observation), !locked);
  gtk_editable_set_editable (GTK_EDITABLE (row->evidence), !locked);
  /* Read-only text wraps in full instead of sitting in a field that invites typing. */
  {
    GtkWidget *entries[] = { row->own_view, row->observation, row->evidence };
    const char *values[] = { polku_competence_get_own_view (row->competence),
                             polku_competence_get_observation (row->competence),
                             polku_competence_get_evidence (row->competence) };

    for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
      {
        gtk_label_set_text (GTK_LABEL (row->read_only[i]),
                            values[i] != NULL && *values[i] != '\0' ? values[i] : "—");
        gtk_widget_set_visible (row->read_only[i], locked);
        gtk_widget_set_visible (entries[i], !locked);
      }
  }
  if (!locked)
    return;

  if (record->teacher_name != NULL && *record->teacher_name != '\0')
    who = record->teacher_organisation != NULL && *record->teacher_organisation != '\0'
            ? g_strdup_printf ("%s, %s", record->teacher_name, record->teacher_organisation)
            : g_strdup (record->teacher_name);
  if (record->decided_on != NULL && *record->decided_on != '\0')
    when = polku_catalogue_format_date (record->decided_on);
  if (who != NULL && when != NULL)
    /* Translators: %1$s is the teacher (name, organisation), %2$s a date */
    text = g_strdup_printf (_("Recognised by %1$s on %2$s · read only"), who, when);
  else if (who != NULL)
    /* Translators: %s is the teacher (name, organisation) */
    text = g_strdup_printf (_("Recognised by %s · read only"), who);
  else if (when != NULL)
    /* Translators: %s is a date */
    text = g_strdup_printf (_("Recognised on %s · read only"), when);
  else
    text = g_strdup (_("Recognised · read only"));
  gtk_label_set_text (GTK_LABEL (row->lock_label), text);
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
  update_lock (row);
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
 * next requirement's status (skipping recognised ones, which are read only). */
static void
entry_activate_cb (GtkWidget *entry,
                   Row       *row)
{
  PolkuCompetenceView *self = row->view;
  gboolean after = FALSE;

  if (entry == row->own_view)
    {
      gtk_widget_grab_focus (row->observation);
      return;
    }
  if (entry == row->observation)
    {
      gtk_widget_grab_focus (row->evidence);
      return;
    }
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *other = g_ptr_array_index (self->rows, i);

      if (after && !polku_competence_get_locked (other->competence))
        {
          gtk_widget_grab_focus (other->status);
          return;
        }
      if (other == row)
        after = TRUE;
    }
}

static void
criteria_toggled_cb (Row *row)
{
  row->criteria_expanded = !row->criteria_expanded;
  update_criteria_folding (row);
}

/* One labelled text field: the label stays visible beside the text, so a
 * filled field still says what it is. */
static GtkWidget *
add_field (GtkGrid    *grid,
           int         line,
           const char *title,
           Row        *row)
{
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *value = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 18);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_valign (label, GTK_ALIGN_BASELINE);
  gtk_grid_attach (grid, label, 0, line, 1, 1);

  gtk_widget_set_hexpand (entry, TRUE);
  gtk_widget_set_valign (entry, GTK_ALIGN_BASELINE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect (entry, "activate", G_CALLBACK (entry_activate_cb), row);
  gtk_grid_attach (grid, entry, 1, line, 1, 1);

  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_selectable (GTK_LABEL (value), TRUE);
  gtk_widget_set_hexpand (value, TRUE);
  gtk_widget_set_valign (value, GTK_ALIGN_BASELINE);
  gtk_widget_set_visible (value, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_grid_attach (grid, value, 1, line, 1, 1);
  row->read_only[line] = value;
  return entry;
}

/* Drop-downs whose shown choice may shorten with an ellipsis, so that status,
 * level and date stay on one line in a narrow window; the popup shows the
 * choices whole. */
static void
choice_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (ellipsize != NULL)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 6);
    }
  gtk_list_item_set_child (item, label);
}

static void
choice_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

static GtkWidget *
new_drop_down (GtkStringList *strings)
{
  GtkWidget *drop_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (strings)), NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (choice_setup_cb), GINT_TO_POINTER (TRUE));
  g_signal_connect (factory, "bind", G_CALLBACK (choice_bind_cb), NULL);
  g_signal_connect (list_factory, "setup", G_CALLBACK (choice_setup_cb), NULL);
  g_signal_connect (list_factory, "bind", G_CALLBACK (choice_bind_cb), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (drop_down), factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (drop_down), list_factory);
  return drop_down;
}

static GtkWidget *
create_row (PolkuCompetenceView *self,
            PolkuCompetence     *competence,
            guint                position)
{
  Row *row = g_new0 (Row, 1);
  GtkWidget *box, *heading, *text, *controls, *fields, *icon;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  GListModel *choices = polku_competence_get_level_choices (competence);
  g_autofree char *status_name = NULL;
  g_autofree char *level_name = NULL;
  g_autofree char *number = NULL;
  g_autofree char *markup = NULL;
  const char *code = polku_competence_get_code (competence);

  row->view = self;
  row->competence = g_object_ref (competence);
  row->level_ids = g_array_new (FALSE, TRUE, sizeof (int));
  g_ptr_array_add (self->rows, row);

  row->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row->row), FALSE);
  gtk_widget_set_focusable (row->row, FALSE);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_margin_start (box, 14);
  gtk_widget_set_margin_end (box, 14);
  gtk_widget_set_margin_top (box, 14);
  gtk_widget_set_margin_bottom (box, 16);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row->row), box);

  /* The requirement itself, numbered; its national code (shared by every
   * qualification with the same requirement) as a small tag. */
  heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  number = g_strdup_printf ("%u.", position + 1);
  markup = g_markup_printf_escaped ("<b>%s</b> %s", number, polku_competence_get_text (competence));
  text = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (text), markup);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_selectable (GTK_LABEL (text), FALSE);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (heading), text);
  if (code != NULL)
    {
      g_autofree char *tag_text = NULL;
      GtkWidget *tag;

      /* Translators: a requirement's national code (Koodisto), e.g. "Code 413" */
      tag_text = g_strdup_printf (_("Code %s"), code);
      tag = gtk_label_new (tag_text);
      gtk_widget_add_css_class (tag, "polku-tag");
      gtk_widget_add_css_class (tag, "dim-label");
      gtk_widget_set_valign (tag, GTK_ALIGN_START);
      gtk_widget_set_tooltip_text (tag, _("The national code of this requirement; "
                                          "qualifications sharing the requirement share the code"));
      gtk_box_append (GTK_BOX (heading), tag);
    }
  gtk_box_append (GTK_BOX (box), heading);

  /* Recognised: who decided and when, instead of editable controls. */
  row->lock_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  icon = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Read only"), -1);
  gtk_widget_add_css_class (icon, "success");
  gtk_box_append (GTK_BOX (row->lock_box), icon);
  row->lock_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (row->lock_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (row->lock_label), 0);
  gtk_widget_add_css_class (row->lock_label, "success");
  gtk_box_append (GTK_BOX (row->lock_box), row->lock_label);
  gtk_box_append (GTK_BOX (box), row->lock_box);

  /* Status, level and date on one line: the quick part of the row. */
  controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  for (int s = POLKU_COMPETENCE_NOT_STARTED; s <= POLKU_COMPETENCE_RECOGNISED; s++)
    gtk_string_list_append (statuses, polku_competence_status_get_label (s));
  row->status = new_drop_down (statuses);
  /* Translators: the accessible name of a requirement's status; %s is its number, e.g. "3." */
  status_name = g_strdup_printf (_("Status of requirement %s"), number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->status), GTK_ACCESSIBLE_PROPERTY_LABEL, status_name, -1);
  gtk_widget_set_tooltip_text (row->status, _("Status"));
  gtk_box_append (GTK_BOX (controls), row->status);

  gtk_string_list_append (levels, _("No level"));
  g_array_append_val (row->level_ids, (int) { 0 });
  for (guint i = 0; choices != NULL && i < g_list_model_get_n_items (choices); i++)
    {
      g_autoptr(PolkuLevelChoice) choice = g_list_model_get_item (choices, i);
      int level_id = polku_level_choice_get_level_id (choice);

      gtk_string_list_append (levels, polku_level_choice_get_label (choice));
      g_array_append_val (row->level_ids, level_id);
    }
  row->level = new_drop_down (levels);
  /* Translators: the accessible name of a requirement's level; %s is its number, e.g. "3." */
  level_name = g_strdup_printf (_("Level of requirement %s"), number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->level), GTK_ACCESSIBLE_PROPERTY_LABEL, level_name, -1);
  gtk_widget_set_tooltip_text (row->level, _("Level"));
  gtk_widget_set_visible (row->level, row->level_ids->len > 1);
  gtk_box_append (GTK_BOX (controls), row->level);

  row->shown_on = polku_date_entry_new ();
  polku_date_entry_set_label (POLKU_DATE_ENTRY (row->shown_on), _("Date shown"));
  gtk_widget_set_tooltip_text (row->shown_on, _("Date shown"));
  gtk_box_append (GTK_BOX (controls), row->shown_on);
  gtk_box_append (GTK_BOX (box), controls);

  /* The chosen level's criteria at full width, folded when long. */
  row->criteria = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (row->criteria), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (row->criteria), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (row->criteria), 0);
  gtk_widget_set_hexpand (row->criteria, TRUE);
  gtk_widget_add_css_class (row->criteria, "caption");
  gtk_widget_add_css_class (row->criteria, "dim-label");
  gtk_box_append (GTK_BOX (box), row->criteria);
  row->criteria_toggle = gtk_button_new_with_label (_("Show All Criteria"));
  gtk_widget_add_css_class (row->criteria_toggle, "flat");
  gtk_widget_add_css_class (row->criteria_toggle, "caption");
  gtk_widget_set_halign (row->criteria_toggle, GTK_ALIGN_START);
  g_signal_connect_swapped (row->criteria_toggle, "clicked", G_CALLBACK (criteria_toggled_cb), row);
  gtk_box_append (GTK_BOX (box), row->criteria_toggle);

  fields = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (fields), 6);
  gtk_grid_set_column_spacing (GTK_GRID (fields), 12);
  for (int line = 0; line < 3; line++)
    gtk_grid_set_row_baseline_position (GTK_GRID (fields), line, GTK_BASELINE_POSITION_TOP);
  row->own_view = add_field (GTK_GRID (fields), 0, _("Learner’s own view"), row);
  row->observation = add_field (GTK_GRID (fields), 1, _("Coach’s observation"), row);
  row->evidence = add_field (GTK_GRID (fields), 2, _("Evidence"), row);
  gtk_box_append (GTK_BOX (box), fields);

  row->tasks = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (row->tasks), TRUE);
  gtk_label_set_xalign (GTK_LABEL (row->tasks), 0);
  gtk_widget_add_css_class (row->tasks, "caption");
  gtk_widget_add_css_class (row->tasks, "dim-label");
  gtk_box_append (GTK_BOX (box), row->tasks);

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
  g_signal_connect_swapped (competence, "notify::teacher-name", G_CALLBACK (competence_notify_cb), row);
  g_signal_connect_swapped (competence, "notify::decided-on", G_CALLBACK (competence_notify_cb), row);

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
  GtkWidget *outer, *header, *progress, *button, *scrolled, *clamp, *header_clamp;

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
  /* The bar under its count, so that it keeps a width in a narrow window. */
  progress = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_hexpand (progress, TRUE);
  gtk_widget_set_valign (progress, GTK_ALIGN_CENTER);
  self->progress_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->progress_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->progress_label), TRUE);
  gtk_box_append (GTK_BOX (progress), self->progress_label);
  self->progress_bar = gtk_level_bar_new_for_interval (0, 1);
  gtk_box_append (GTK_BOX (progress), self->progress_bar);
  gtk_box_append (GTK_BOX (header), progress);
  button = gtk_button_new_with_mnemonic (_("Mark _Remaining Identified"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
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
  gtk_widget_set_visible (gtk_widget_get_ancestor (self->progress_label, ADW_TYPE_CLAMP), self->list != NULL);
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
