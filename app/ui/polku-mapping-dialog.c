/* polku-mapping-dialog.c: mapping work tasks to skill requirements, both ways.
 *
 * Qualification → unit → its requirements grouped by kohdealue. Opened for a
 * task, each requirement has a check box: "does this task teach it?". Each
 * requirement also lists the tasks that teach it, and its "Tasks" menu ticks any
 * of the workshop's tasks: "which tasks teach this requirement?". A whole unit
 * can be marked as learnable here, fully or partly. Every tick is saved at once
 * with who recognised it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-mapping-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-catalogue-format.h"
#include "polku-coverage.h"
#include "polku-mapping-dialog.h"
#include "polku-mapping-list.h"
#include "polku-peruste-list.h"
#include "polku-store-catalogue-read.h"
#include "polku-task-list.h"
#include "polku-workshop-common.h"

/* What the coach last wrote about who recognised the mappings; kept with the
 * context for the session, so that a teacher's name is typed once. */
#define RECOGNITION_KEY "polku-mapping-dialog-recognition"

typedef struct
{
  char     *coach;
  char     *teacher;
  char     *organisation;
  char     *note;
  gboolean  by_code;
  gint64    unit_id;       /* where the dialog was left */
} Recognition;

struct _PolkuMappingDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkWidget           *back_button;
  AdwWindowTitle      *window_title;
  GtkStack            *step_stack;
  GtkListBox          *perusteet_list;
  GtkLabel            *units_heading;
  GtkSearchEntry      *unit_search;
  GtkListBox          *units_list;
  GtkScrolledWindow   *requirements_scroller;
  GtkLabel            *unit_title;
  GtkLabel            *unit_subtitle;
  AdwExpanderRow      *recognition_row;
  GtkWidget           *coach_row;
  GtkWidget           *teacher_row;
  GtkWidget           *organisation_row;
  GtkWidget           *note_row;
  GtkWidget           *by_code_row;
  GtkSwitch           *by_code_switch;
  AdwComboRow         *extent_row;
  GtkWidget           *unit_note_row;
  GtkLabel            *requirements_hint;
  GtkWidget           *requirements_box;

  /* Owned */
  PolkuContext        *context;
  PolkuTask           *task;
  gint64               workshop_id;
  PolkuPerusteList    *perusteet;
  GHashTable          *touched_perusteet;   /* peruste ids the workshop maps */
  PolkuCoverage       *peruste_coverage;
  GtkFilterListModel  *units;
  GtkCustomFilter     *unit_filter;
  char                *unit_query;
  PolkuCoverage       *unit_coverage;
  PolkuMappingList    *task_mappings;
  PolkuTaskList       *tasks;
  GHashTable          *checks;              /* requirement id → GtkCheckButton (borrowed) */
  gint64               peruste_id;
  gint64               unit_id;

  gboolean             updating;
};

G_DEFINE_FINAL_TYPE (PolkuMappingDialog, polku_mapping_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_WORKSHOP_ID,
  PROP_TASK,
  PROP_UNIT_ID,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static void
recognition_free (gpointer data)
{
  Recognition *recognition = data;

  g_free (recognition->coach);
  g_free (recognition->teacher);
  g_free (recognition->organisation);
  g_free (recognition->note);
  g_free (recognition);
}

static PolkuStore *
get_store (PolkuMappingDialog *self)
{
  return polku_context_get_store (self->context);
}

static const char *
current_language (PolkuMappingDialog *self)
{
  return g_settings_get_boolean (polku_context_get_settings (self->context), "show-swedish") ? "sv" : "fi";
}

static const char *
entry_text (GtkWidget *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  return text != NULL && *text != '\0' ? text : NULL;
}

static void
get_recognition (PolkuMappingDialog *self,
                 PolkuRecognition   *who)
{
  who->recognised_by = entry_text (self->coach_row);
  who->teacher_name = entry_text (self->teacher_row);
  who->teacher_organisation = entry_text (self->organisation_row);
  who->note = entry_text (self->note_row);
}

static void
show_error (PolkuMappingDialog *self,
            const GError       *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 6);
  polku_workshop_add_toast (self->toast_overlay, toast);
}

static const char *
code_of (const char *koodi_uri)
{
  const char *underscore;

  if (koodi_uri == NULL)
    return NULL;
  underscore = strrchr (koodi_uri, '_');
  return underscore != NULL ? underscore + 1 : koodi_uri;
}

static GtkWidget *
new_next_icon (void)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return icon;
}

static void
update_back (PolkuMappingDialog *self)
{
  const char *step = gtk_stack_get_visible_child_name (self->step_stack);
  gboolean can_go_back = g_strcmp0 (step, "units") == 0 || g_strcmp0 (step, "requirements") == 0;

  gtk_widget_set_visible (self->back_button, can_go_back);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mapping.back", can_go_back);
}

static void
update_recognition_summary (PolkuMappingDialog *self)
{
  PolkuRecognition who;
  g_autoptr(GString) summary = g_string_new (NULL);

  get_recognition (self, &who);
  if (who.recognised_by != NULL)
    g_string_append (summary, who.recognised_by);
  if (who.teacher_name != NULL)
    {
      if (summary->len > 0)
        g_string_append (summary, ", ");
      if (who.teacher_organisation != NULL)
        /* Translators: a vocational teacher and their organisation, e.g. "Liisa Opettaja (Gradia)". */
        g_string_append_printf (summary, C_("teacher and organisation", "%s (%s)"), who.teacher_name, who.teacher_organisation);
      else
        g_string_append (summary, who.teacher_name);
    }
  if (summary->len == 0)
    g_string_append (summary, _("Nobody named"));

  adw_expander_row_set_subtitle (self->recognition_row, summary->str);
}

/* The qualifications */

static GtkWidget *
create_peruste_row (gpointer item,
                    gpointer user_data)
{
  PolkuMappingDialog *self = user_data;
  PolkuPeruste *peruste = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;
  gint64 id = polku_peruste_get_id (peruste);

  if (g_hash_table_contains (self->touched_perusteet, &id))
    /* Translators: under a qualification's name: its diaarinumero, and that tasks are mapped to it. */
    subtitle = g_strdup_printf (_("%s · mapped in this workshop"), polku_peruste_get_diaarinumero (peruste));
  else
    subtitle = g_strdup (polku_peruste_get_diaarinumero (peruste));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), polku_peruste_get_name (peruste));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_next_icon ());
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "peruste-id", g_memdup2 (&id, sizeof id), g_free);
  return row;
}

static void
load_touched_perusteet (PolkuMappingDialog *self)
{
  g_autoptr(GPtrArray) refs = NULL;
  g_autoptr(GError) error = NULL;

  g_hash_table_remove_all (self->touched_perusteet);
  refs = polku_store_list_workshop_perusteet (get_store (self), self->workshop_id, &error);
  if (refs == NULL)
    {
      g_debug ("Cannot list the workshop's qualifications: %s", error->message);
      return;
    }

  for (guint i = 0; i < refs->len; i++)
    {
      PolkuPerusteRefRecord *ref = g_ptr_array_index (refs, i);

      g_hash_table_add (self->touched_perusteet, g_memdup2 (&ref->peruste_id, sizeof (gint64)));
    }
}

/* The units */

static void
update_unit_row (AdwActionRow      *row,
                 GParamSpec        *pspec,
                 PolkuCoverageUnit *unit)
{
  const PolkuUnitCoverageRecord *record = polku_coverage_unit_get_record (unit);
  PolkuMappingDialog *self = g_object_get_data (G_OBJECT (row), "dialog");
  g_autoptr(GString) subtitle = g_string_new (NULL);

  if (record->koodi_arvo != NULL)
    g_string_append (subtitle, record->koodi_arvo);

  if (record->credits >= 0 && self != NULL && self->peruste_coverage != NULL)
    {
      const PolkuPerusteCoverageRecord *peruste = polku_coverage_get_record (self->peruste_coverage);
      g_autofree char *credits = polku_catalogue_format_credits (record->credits, -1,
                                                                 polku_credit_unit_from_string (peruste->laajuus_yksikko));

      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, credits);
    }

  if (subtitle->len > 0)
    g_string_append (subtitle, " · ");
  if (record->n_total == 0)
    g_string_append (subtitle, _("no requirements"));
  else
    g_string_append_printf (subtitle,
                            /* Translators: how many of a unit's requirements the workshop's tasks teach. */
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u of %u requirement taught here",
                                         "%u of %u requirements taught here",
                                         record->n_total),
                            record->n_covered, record->n_total);

  if (record->marked == POLKU_UNIT_EXTENT_FULL)
    g_string_append_printf (subtitle, " · %s", _("marked learnable fully"));
  else if (record->marked == POLKU_UNIT_EXTENT_PARTIAL)
    g_string_append_printf (subtitle, " · %s", _("marked learnable partly"));

  adw_action_row_set_subtitle (row, subtitle->str);
}

static GtkWidget *
create_unit_row (gpointer item,
                 gpointer user_data)
{
  PolkuMappingDialog *self = user_data;
  PolkuCoverageUnit *unit = item;
  GtkWidget *row = adw_action_row_new ();
  gint64 id = polku_coverage_unit_get_unit_id (unit);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), polku_coverage_unit_get_name (unit));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), new_next_icon ());
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "dialog", self);
  g_object_set_data_full (G_OBJECT (row), "unit-id", g_memdup2 (&id, sizeof id), g_free);

  update_unit_row (ADW_ACTION_ROW (row), NULL, unit);
  g_signal_connect_object (unit, "notify::n-covered", G_CALLBACK (update_unit_row), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (unit, "notify::marked", G_CALLBACK (update_unit_row), row, G_CONNECT_SWAPPED);
  return row;
}

static gboolean
unit_matches (gpointer item,
              gpointer user_data)
{
  PolkuMappingDialog *self = user_data;
  PolkuCoverageUnit *unit = item;
  g_autofree char *name = NULL;
  const char *code;

  if (self->unit_query == NULL || *self->unit_query == '\0')
    return TRUE;

  code = polku_coverage_unit_get_code (unit);
  if (code != NULL && g_str_has_prefix (code, self->unit_query))
    return TRUE;

  name = g_utf8_casefold (polku_coverage_unit_get_name (unit) != NULL ? polku_coverage_unit_get_name (unit) : "", -1);
  return strstr (name, self->unit_query) != NULL;
}

/* The requirements */

static void
set_checks_from_mappings (PolkuMappingDialog *self)
{
  g_autoptr(GHashTable) mapped = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;
  guint n;

  if (self->task_mappings == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->task_mappings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuMapping) mapping = g_list_model_get_item (G_LIST_MODEL (self->task_mappings), i);
      const PolkuMappingRecord *record = polku_mapping_get_record (mapping);

      g_hash_table_insert (mapped, g_memdup2 (&record->requirement_id, sizeof (gint64)),
                           GINT_TO_POINTER (record->by_code ? 2 : 1));
    }

  self->updating = TRUE;
  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int how = GPOINTER_TO_INT (g_hash_table_lookup (mapped, key));

      gtk_check_button_set_active (GTK_CHECK_BUTTON (value), how != 0);
      gtk_widget_set_tooltip_text (value, how == 2 ? _("Mapped by its national code") : NULL);
    }
  self->updating = FALSE;
}

static void
update_requirement_subtitle (AdwActionRow     *row,
                             GParamSpec       *pspec,
                             PolkuCoverageRow *coverage_row)
{
  const PolkuCoverageRowRecord *record = polku_coverage_row_get_record (coverage_row);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *tasks = NULL;
  const char *code = code_of (record->koodi_uri);

  if (code != NULL)
    /* Translators: the national code of a skill requirement, e.g. "Code 8005". */
    g_string_append_printf (subtitle, _("Code %s"), code);

  if (subtitle->len > 0)
    g_string_append (subtitle, " · ");

  tasks = polku_coverage_row_dup_tasks_text (coverage_row);
  if (tasks != NULL && *tasks != '\0')
    /* Translators: the workshop's tasks that teach a requirement, e.g. "Taught by: Sahaus, Höyläys". */
    g_string_append_printf (subtitle, _("Taught by: %s"), tasks);
  else
    g_string_append (subtitle, _("No active task teaches this yet"));

  adw_action_row_set_subtitle (row, subtitle->str);
}

static void
check_toggled_cb (PolkuMappingDialog *self,
                  GtkCheckButton     *check)
{
  g_autoptr(GError) error = NULL;
  gint64 requirement_id = *(gint64 *) g_object_get_data (G_OBJECT (check), "requirement-id");

  if (self->updating || self->task == NULL)
    return;

  if (!polku_mapping_dialog_set_requirement_mapped (self, requirement_id, polku_task_get_id (self->task),
                                                    gtk_check_button_get_active (check), &error))
    {
      show_error (self, error);
      set_checks_from_mappings (self);
    }
}

static void
popover_task_toggled_cb (GtkCheckButton *check,
                         GtkWidget      *popover)
{
  PolkuMappingDialog *self = POLKU_MAPPING_DIALOG (gtk_widget_get_root (popover));
  g_autoptr(GError) error = NULL;
  gint64 requirement_id = *(gint64 *) g_object_get_data (G_OBJECT (popover), "requirement-id");
  gint64 task_id = *(gint64 *) g_object_get_data (G_OBJECT (check), "task-id");

  if (!polku_mapping_dialog_set_requirement_mapped (self, requirement_id, task_id,
                                                    gtk_check_button_get_active (check), &error))
    {
      show_error (self, error);
      g_signal_handlers_block_by_func (check, popover_task_toggled_cb, popover);
      gtk_check_button_set_active (check, !gtk_check_button_get_active (check));
      g_signal_handlers_unblock_by_func (check, popover_task_toggled_cb, popover);
    }
}

/* Fills the "Tasks" menu of a requirement as it opens: every task of the
 * workshop, ticked when it teaches the requirement. */
static void
create_tasks_popup (GtkMenuButton *button,
                    gpointer       user_data)
{
  PolkuMappingDialog *self = user_data;
  GtkPopover *popover = gtk_menu_button_get_popover (button);
  gint64 requirement_id = *(gint64 *) g_object_get_data (G_OBJECT (button), "requirement-id");
  g_autoptr(GHashTable) teaching = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) mappings = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *box, *heading, *scroller, *list;
  guint n;

  if (popover == NULL)
    {
      popover = GTK_POPOVER (gtk_popover_new ());
      gtk_menu_button_set_popover (button, GTK_WIDGET (popover));
    }
  g_object_set_data_full (G_OBJECT (popover), "requirement-id",
                          g_memdup2 (&requirement_id, sizeof requirement_id), g_free);

  mappings = polku_store_list_requirement_mappings (get_store (self), requirement_id, self->workshop_id, &error);
  if (mappings == NULL)
    show_error (self, error);
  for (guint i = 0; mappings != NULL && i < mappings->len; i++)
    {
      PolkuMappingRecord *record = g_ptr_array_index (mappings, i);

      g_hash_table_add (teaching, g_memdup2 (&record->task_id, sizeof (gint64)));
    }

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  heading = polku_workshop_label_new (_("Tasks that teach this requirement"), "heading");
  gtk_label_set_max_width_chars (GTK_LABEL (heading), 36);
  gtk_box_append (GTK_BOX (box), heading);

  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->tasks));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuTask) task = g_list_model_get_item (G_LIST_MODEL (self->tasks), i);
      gint64 task_id = polku_task_get_id (task);
      g_autofree char *label = NULL;
      GtkWidget *check, *text;

      if (polku_task_get_active (task))
        label = g_strdup (polku_task_get_title (task));
      else
        /* Translators: a retired task in a list of tasks. */
        label = g_strdup_printf (_("%s (retired)"), polku_task_get_title (task));

      check = gtk_check_button_new ();
      text = polku_workshop_label_new (label, NULL);
      gtk_label_set_max_width_chars (GTK_LABEL (text), 36);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), text);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_hash_table_contains (teaching, &task_id));
      g_object_set_data_full (G_OBJECT (check), "task-id", g_memdup2 (&task_id, sizeof task_id), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (popover_task_toggled_cb), popover);
      gtk_box_append (GTK_BOX (list), check);
    }

  if (n == 0)
    gtk_box_append (GTK_BOX (list), polku_workshop_label_new (_("The workshop has no tasks yet."), "dim-label"));

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 360);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_box_append (GTK_BOX (box), scroller);

  gtk_popover_set_child (popover, box);
}

static GtkWidget *
new_requirement_row (PolkuMappingDialog *self,
                     PolkuCoverageRow   *coverage_row)
{
  const PolkuCoverageRowRecord *record = polku_coverage_row_get_record (coverage_row);
  const char *text = polku_coverage_row_get_text (coverage_row);
  gint64 requirement_id = record->requirement_id;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *tasks_button = gtk_menu_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text != NULL ? text : "");
  if (record->depth > 0)
    {
      GtkWidget *indent = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_widget_set_size_request (indent, 18 * record->depth, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), indent);
    }

  if (self->task != NULL)
    {
      GtkWidget *check = gtk_check_button_new ();

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                      -1);
      g_object_set_data_full (G_OBJECT (check), "requirement-id",
                              g_memdup2 (&requirement_id, sizeof requirement_id), g_free);
      g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, G_CONNECT_SWAPPED);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_hash_table_insert (self->checks, g_memdup2 (&requirement_id, sizeof requirement_id), check);
    }

  gtk_menu_button_set_label (GTK_MENU_BUTTON (tasks_button), _("Tasks"));
  gtk_widget_set_valign (tasks_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (tasks_button, _("Tasks that teach this requirement"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (tasks_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
  gtk_widget_add_css_class (tasks_button, "flat");
  g_object_set_data_full (G_OBJECT (tasks_button), "requirement-id",
                          g_memdup2 (&requirement_id, sizeof requirement_id), g_free);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (tasks_button), create_tasks_popup, self, NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), tasks_button);

  update_requirement_subtitle (ADW_ACTION_ROW (row), NULL, coverage_row);
  g_signal_connect_object (coverage_row, "notify::tasks-text",
                           G_CALLBACK (update_requirement_subtitle), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (coverage_row, "notify::covered",
                           G_CALLBACK (update_requirement_subtitle), row, G_CONNECT_SWAPPED);
  return row;
}

static void
build_requirements (PolkuMappingDialog *self)
{
  GListModel *rows = polku_coverage_get_rows (self->unit_coverage);
  guint n = g_list_model_get_n_items (rows);
  gint64 osa_alue_id = -1;
  g_autofree char *kohdealue = NULL;
  GtkWidget *list = NULL;
  gboolean any_code = FALSE;

  g_hash_table_remove_all (self->checks);
  polku_workshop_remove_children (self->requirements_box);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuCoverageRow) row = g_list_model_get_item (rows, i);
      const PolkuCoverageRowRecord *record = polku_coverage_row_get_record (row);
      const char *row_kohdealue = polku_coverage_row_get_kohdealue (row);
      GtkWidget *heading = NULL;

      any_code |= record->koodi_uri != NULL;

      if (record->osa_alue_id != osa_alue_id)
        {
          const char *name = polku_coverage_row_get_osa_alue_name (row);

          if (name != NULL)
            {
              heading = polku_workshop_label_new (name, "title-4");
              gtk_widget_set_margin_top (heading, i > 0 ? 18 : 6);
              gtk_box_append (GTK_BOX (self->requirements_box), heading);
            }
          osa_alue_id = record->osa_alue_id;
          list = NULL;
        }

      if (list == NULL || g_strcmp0 (row_kohdealue, kohdealue) != 0)
        {
          if (row_kohdealue != NULL)
            {
              heading = polku_workshop_label_new (row_kohdealue, "heading");
              gtk_widget_set_margin_top (heading, i > 0 ? 12 : 6);
              gtk_box_append (GTK_BOX (self->requirements_box), heading);
            }

          list = gtk_list_box_new ();
          gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
          gtk_widget_add_css_class (list, "boxed-list");
          gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                          GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                          heading != NULL ? heading : GTK_WIDGET (self->unit_title), NULL,
                                          -1);
          gtk_box_append (GTK_BOX (self->requirements_box), list);
          g_free (kohdealue);
          kohdealue = g_strdup (row_kohdealue);
        }

      gtk_list_box_append (GTK_LIST_BOX (list), new_requirement_row (self, row));
    }

  if (n == 0)
    gtk_box_append (GTK_BOX (self->requirements_box),
                    polku_workshop_label_new (_("The qualification lists no requirements for this unit."), "dim-label"));

  gtk_widget_set_visible (self->by_code_row, any_code);
  set_checks_from_mappings (self);
}

/* Transfer none: the coverage keeps its units. */
static PolkuCoverageUnit *
shown_unit (PolkuMappingDialog *self)
{
  GListModel *units;
  PolkuCoverageUnit *unit;

  if (self->unit_coverage == NULL)
    return NULL;

  units = polku_coverage_get_units (self->unit_coverage);
  if (g_list_model_get_n_items (units) == 0)
    return NULL;

  unit = g_list_model_get_item (units, 0);
  g_object_unref (unit);
  return unit;
}

static void
update_extent (PolkuMappingDialog *self)
{
  PolkuCoverageUnit *unit = shown_unit (self);
  const PolkuUnitCoverageRecord *record = unit != NULL ? polku_coverage_unit_get_record (unit) : NULL;
  PolkuUnitExtent marked = record != NULL ? record->marked : POLKU_UNIT_EXTENT_NONE;

  self->updating = TRUE;
  adw_combo_row_set_selected (self->extent_row, (guint) marked);
  /* Not while the coach is writing it. */
  if (!gtk_widget_has_focus (self->unit_note_row) &&
      !gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (self)) != NULL ? gtk_root_get_focus (GTK_ROOT (self)) : GTK_WIDGET (self),
                               self->unit_note_row))
    gtk_editable_set_text (GTK_EDITABLE (self->unit_note_row),
                           record != NULL && record->marked_note != NULL ? record->marked_note : "");
  self->updating = FALSE;

  gtk_widget_set_sensitive (self->unit_note_row, marked != POLKU_UNIT_EXTENT_NONE);
}

static void
update_unit_header (PolkuMappingDialog *self)
{
  PolkuCoverageUnit *unit = shown_unit (self);
  const PolkuUnitCoverageRecord *record = unit != NULL ? polku_coverage_unit_get_record (unit) : NULL;
  const PolkuPerusteCoverageRecord *peruste = self->peruste_coverage != NULL
                                               ? polku_coverage_get_record (self->peruste_coverage) : NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);

  gtk_label_set_label (self->unit_title, unit != NULL ? polku_coverage_unit_get_name (unit) : "");

  if (peruste != NULL)
    g_string_append (subtitle, polku_catalogue_pick_text (peruste->nimi_fi, peruste->nimi_sv, current_language (self)));
  if (record != NULL && record->koodi_arvo != NULL)
    g_string_append_printf (subtitle, subtitle->len > 0 ? " · %s" : "%s", record->koodi_arvo);
  if (record != NULL && record->n_total > 0)
    {
      g_string_append (subtitle, " · ");
      g_string_append_printf (subtitle,
                              /* Translators: how many of a unit's requirements the workshop's tasks teach. */
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u of %u requirement taught here",
                                           "%u of %u requirements taught here",
                                           record->n_total),
                              record->n_covered, record->n_total);
    }

  gtk_label_set_label (self->unit_subtitle, subtitle->str);
}

static void
unit_coverage_changed_cb (PolkuMappingDialog *self)
{
  update_unit_header (self);
  update_extent (self);
}

static void
save_recognition (PolkuMappingDialog *self)
{
  Recognition *memory = g_new0 (Recognition, 1);
  PolkuRecognition who;

  get_recognition (self, &who);
  memory->coach = g_strdup (who.recognised_by);
  memory->teacher = g_strdup (who.teacher_name);
  memory->organisation = g_strdup (who.teacher_organisation);
  memory->note = g_strdup (who.note);
  memory->by_code = gtk_switch_get_active (self->by_code_switch);
  memory->unit_id = self->unit_id;
  g_object_set_data_full (G_OBJECT (self->context), RECOGNITION_KEY, memory, recognition_free);
}

static void
load_recognition (PolkuMappingDialog *self)
{
  Recognition *memory = g_object_get_data (G_OBJECT (self->context), RECOGNITION_KEY);
  g_autofree char *coach = NULL;

  self->updating = TRUE;
  if (memory != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->coach_row), memory->coach != NULL ? memory->coach : "");
      gtk_editable_set_text (GTK_EDITABLE (self->teacher_row), memory->teacher != NULL ? memory->teacher : "");
      gtk_editable_set_text (GTK_EDITABLE (self->organisation_row), memory->organisation != NULL ? memory->organisation : "");
      gtk_editable_set_text (GTK_EDITABLE (self->note_row), memory->note != NULL ? memory->note : "");
      gtk_switch_set_active (self->by_code_switch, memory->by_code);
    }
  else
    {
      coach = g_settings_get_string (polku_context_get_settings (self->context), "coach-name");
      gtk_editable_set_text (GTK_EDITABLE (self->coach_row), coach);
    }
  self->updating = FALSE;

  update_recognition_summary (self);
}

static void
update_title (PolkuMappingDialog *self)
{
  if (self->task != NULL)
    {
      adw_window_title_set_title (self->window_title, _("What Does This Task Teach?"));
      adw_window_title_set_subtitle (self->window_title, polku_task_get_title (self->task));
      gtk_label_set_label (self->requirements_hint,
                           _("Tick the requirements that this task teaches. “Tasks” shows and changes the other tasks that teach one."));
    }
  else
    {
      g_autoptr(PolkuWorkshopRecord) workshop = polku_store_get_workshop (get_store (self), self->workshop_id, NULL);

      adw_window_title_set_title (self->window_title, _("Tasks and Requirements"));
      adw_window_title_set_subtitle (self->window_title, workshop != NULL ? workshop->name : NULL);
      gtk_label_set_label (self->requirements_hint,
                           _("Each requirement lists the workshop’s tasks that teach it. Choose “Tasks” to tick the ones that do."));
    }
}

/* Callbacks */

static void
peruste_activated_cb (PolkuMappingDialog *self,
                      GtkListBoxRow      *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "peruste-id");

  if (id != NULL)
    polku_mapping_dialog_show_peruste (self, *id);
}

static void
unit_activated_cb (PolkuMappingDialog *self,
                   GtkListBoxRow      *row)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "unit-id");

  if (id != NULL)
    polku_mapping_dialog_show_unit (self, *id);
}

static void
unit_search_changed_cb (PolkuMappingDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->unit_search));
  g_autofree char *query = g_strstrip (g_utf8_casefold (text, -1));

  g_free (self->unit_query);
  self->unit_query = g_steal_pointer (&query);
  gtk_filter_changed (GTK_FILTER (self->unit_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
unit_search_activated_cb (PolkuMappingDialog *self)
{
  g_autoptr(PolkuCoverageUnit) unit = NULL;

  unit_search_changed_cb (self);
  if (self->units == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->units)) == 0)
    return;

  unit = g_list_model_get_item (G_LIST_MODEL (self->units), 0);
  polku_mapping_dialog_show_unit (self, polku_coverage_unit_get_unit_id (unit));
}

static void
recognition_changed_cb (PolkuMappingDialog *self)
{
  if (self->updating)
    return;

  update_recognition_summary (self);
  save_recognition (self);
}

static void
set_extent (PolkuMappingDialog *self,
            PolkuUnitExtent     extent)
{
  g_autoptr(GError) error = NULL;
  PolkuRecognition who;

  get_recognition (self, &who);
  who.note = entry_text (self->unit_note_row);

  if (!polku_store_set_workshop_unit (get_store (self), self->workshop_id, self->unit_id, extent, &who, &error))
    show_error (self, error);
  update_extent (self);
}

static void
extent_selected_cb (PolkuMappingDialog *self)
{
  if (self->updating || self->unit_id == 0)
    return;

  set_extent (self, (PolkuUnitExtent) adw_combo_row_get_selected (self->extent_row));
}

static void
unit_note_apply_cb (PolkuMappingDialog *self)
{
  PolkuUnitExtent extent = (PolkuUnitExtent) adw_combo_row_get_selected (self->extent_row);

  if (self->updating || self->unit_id == 0 || extent == POLKU_UNIT_EXTENT_NONE)
    return;

  set_extent (self, extent);
}

static void
by_code_changed_cb (PolkuMappingDialog *self)
{
  if (!self->updating)
    save_recognition (self);
}

/* Actions */

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PolkuMappingDialog *self = POLKU_MAPPING_DIALOG (widget);
  const char *step = gtk_stack_get_visible_child_name (self->step_stack);

  if (g_strcmp0 (step, "requirements") == 0 && self->peruste_id != 0)
    {
      gtk_stack_set_visible_child_name (self->step_stack, "units");
      gtk_widget_grab_focus (GTK_WIDGET (self->unit_search));
    }
  else if (g_strcmp0 (step, "requirements") == 0 || g_strcmp0 (step, "units") == 0)
    gtk_stack_set_visible_child_name (self->step_stack, "perusteet");

  update_back (self);
}

/* GObject overrides */

static void
polku_mapping_dialog_constructed (GObject *object)
{
  PolkuMappingDialog *self = (PolkuMappingDialog *)object;
  Recognition *memory;
  PolkuStore *store;
  guint n;

  G_OBJECT_CLASS (polku_mapping_dialog_parent_class)->constructed (object);

  g_assert (POLKU_IS_CONTEXT (self->context));
  store = get_store (self);

  if (self->workshop_id == 0 && self->task != NULL)
    self->workshop_id = polku_task_get_workshop_id (self->task);

  self->tasks = polku_task_list_new (store, self->workshop_id);
  if (self->task != NULL)
    {
      self->task_mappings = polku_mapping_list_new_for_task (store, polku_task_get_id (self->task));
      g_signal_connect_object (self->task_mappings, "items-changed",
                               G_CALLBACK (set_checks_from_mappings), self, G_CONNECT_SWAPPED);
    }

  load_touched_perusteet (self);
  self->perusteet = polku_peruste_list_new (store);
  polku_peruste_list_set_language (self->perusteet, current_language (self));
  gtk_list_box_bind_model (self->perusteet_list, G_LIST_MODEL (self->perusteet),
                           create_peruste_row, self, NULL);

  load_recognition (self);
  update_title (self);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->perusteet));
  gtk_stack_set_visible_child_name (self->step_stack, n > 0 ? "perusteet" : "no-perusteet");

  /* Where it was left this session, or the only qualification's units. */
  memory = g_object_get_data (G_OBJECT (self->context), RECOGNITION_KEY);
  if ((memory == NULL || memory->unit_id == 0 || !polku_mapping_dialog_show_unit (self, memory->unit_id)) &&
      n == 1)
    {
      g_autoptr(PolkuPeruste) only = g_list_model_get_item (G_LIST_MODEL (self->perusteet), 0);

      polku_mapping_dialog_show_peruste (self, polku_peruste_get_id (only));
    }

  update_back (self);
}

static void
polku_mapping_dialog_dispose (GObject *object)
{
  PolkuMappingDialog *self = (PolkuMappingDialog *)object;

  if (self->perusteet_list != NULL)
    gtk_list_box_bind_model (self->perusteet_list, NULL, NULL, NULL, NULL);
  if (self->units_list != NULL)
    gtk_list_box_bind_model (self->units_list, NULL, NULL, NULL, NULL);
  if (self->checks != NULL)
    g_hash_table_remove_all (self->checks);

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_MAPPING_DIALOG);

  g_clear_object (&self->units);
  g_clear_object (&self->unit_filter);
  g_clear_object (&self->peruste_coverage);
  g_clear_object (&self->unit_coverage);
  g_clear_object (&self->task_mappings);
  g_clear_object (&self->tasks);
  g_clear_object (&self->perusteet);
  g_clear_object (&self->task);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_mapping_dialog_parent_class)->dispose (object);
}

static void
polku_mapping_dialog_finalize (GObject *object)
{
  PolkuMappingDialog *self = (PolkuMappingDialog *)object;

  g_clear_pointer (&self->checks, g_hash_table_unref);
  g_clear_pointer (&self->touched_perusteet, g_hash_table_unref);
  g_free (self->unit_query);

  G_OBJECT_CLASS (polku_mapping_dialog_parent_class)->finalize (object);
}

static void
polku_mapping_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PolkuMappingDialog *self = POLKU_MAPPING_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_WORKSHOP_ID:
      g_value_set_int64 (value, self->workshop_id);
      break;

    case PROP_TASK:
      g_value_set_object (value, self->task);
      break;

    case PROP_UNIT_ID:
      g_value_set_int64 (value, self->unit_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_mapping_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PolkuMappingDialog *self = POLKU_MAPPING_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_WORKSHOP_ID:
      self->workshop_id = g_value_get_int64 (value);
      break;

    case PROP_TASK:
      self->task = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_mapping_dialog_class_init (PolkuMappingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = polku_mapping_dialog_constructed;
  object_class->dispose = polku_mapping_dialog_dispose;
  object_class->finalize = polku_mapping_dialog_finalize;
  object_class->get_property = polku_mapping_dialog_get_property;
  object_class->set_property = polku_mapping_dialog_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_WORKSHOP_ID] =
    g_param_spec_int64 ("workshop-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_TASK] =
    g_param_spec_object ("task", NULL, NULL,
                         POLKU_TYPE_TASK,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties [PROP_UNIT_ID] =
    g_param_spec_int64 ("unit-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-mapping-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, back_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, by_code_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, by_code_switch);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, coach_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, extent_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, perusteet_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, recognition_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, requirements_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, requirements_hint);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, requirements_scroller);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, step_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, teacher_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, unit_note_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, unit_search);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, unit_subtitle);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, unit_title);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, units_heading);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, units_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuMappingDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, extent_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, peruste_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, recognition_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_note_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, unit_search_changed_cb);

  gtk_widget_class_install_action (widget_class, "mapping.back", NULL, back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "mapping.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
polku_mapping_dialog_init (PolkuMappingDialog *self)
{
  self->checks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->touched_perusteet = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->by_code_switch, "notify::active", G_CALLBACK (by_code_changed_cb), self);
  self->unit_filter = gtk_custom_filter_new (unit_matches, self, NULL);
}

/* Public API */

/**
 * polku_mapping_dialog_new:
 * @workshop_id: the workshop whose tasks are mapped (0: the task's)
 * @task: (nullable): the task to map; %NULL to map from the requirements' side
 *
 * Returns: (transfer none): a new dialog, to be presented
 */
PolkuMappingDialog *
polku_mapping_dialog_new (PolkuContext *context,
                          gint64        workshop_id,
                          PolkuTask    *task)
{
  g_return_val_if_fail (POLKU_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (task == NULL || POLKU_IS_TASK (task), NULL);
  g_return_val_if_fail (workshop_id > 0 || task != NULL, NULL);

  return g_object_new (POLKU_TYPE_MAPPING_DIALOG,
                       "context", context,
                       "workshop-id", workshop_id,
                       "task", task,
                       NULL);
}

/**
 * polku_mapping_dialog_get_task:
 *
 * Returns: (transfer none) (nullable): the task being mapped
 */
PolkuTask *
polku_mapping_dialog_get_task (PolkuMappingDialog *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING_DIALOG (self), NULL);

  return self->task;
}

gint64
polku_mapping_dialog_get_workshop_id (PolkuMappingDialog *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING_DIALOG (self), 0);

  return self->workshop_id;
}

/**
 * polku_mapping_dialog_show_peruste:
 *
 * Lists the units of a qualification.
 *
 * Returns: %FALSE when it is not in the catalogue
 */
gboolean
polku_mapping_dialog_show_peruste (PolkuMappingDialog *self,
                                   gint64              peruste_id)
{
  PolkuPeruste *peruste;

  g_return_val_if_fail (POLKU_IS_MAPPING_DIALOG (self), FALSE);

  peruste = polku_peruste_list_find (self->perusteet, peruste_id, NULL);
  if (peruste == NULL)
    return FALSE;

  if (self->peruste_id != peruste_id)
    {
      gtk_list_box_bind_model (self->units_list, NULL, NULL, NULL, NULL);
      g_clear_object (&self->units);
      g_clear_object (&self->peruste_coverage);

      self->peruste_id = peruste_id;
      self->peruste_coverage = polku_coverage_new_for_peruste (get_store (self), self->workshop_id, peruste_id);
      polku_coverage_set_language (self->peruste_coverage, current_language (self));
      self->units = gtk_filter_list_model_new (g_object_ref (polku_coverage_get_units (self->peruste_coverage)),
                                               g_object_ref (GTK_FILTER (self->unit_filter)));
      gtk_list_box_bind_model (self->units_list, G_LIST_MODEL (self->units), create_unit_row, self, NULL);
      gtk_editable_set_text (GTK_EDITABLE (self->unit_search), "");
      gtk_label_set_label (self->units_heading, polku_peruste_get_name (peruste));
    }

  gtk_stack_set_visible_child_name (self->step_stack, "units");
  update_back (self);
  return TRUE;
}

/**
 * polku_mapping_dialog_show_unit:
 *
 * Shows the requirements of a unit.
 *
 * Returns: %FALSE when it is not in the catalogue
 */
gboolean
polku_mapping_dialog_show_unit (PolkuMappingDialog *self,
                                gint64              unit_id)
{
  g_autoptr(GError) error = NULL;
  gint64 peruste_id;

  g_return_val_if_fail (POLKU_IS_MAPPING_DIALOG (self), FALSE);

  peruste_id = polku_store_get_unit_peruste (get_store (self), unit_id, &error);
  if (peruste_id == 0 || !polku_mapping_dialog_show_peruste (self, peruste_id))
    return FALSE;

  if (self->unit_id != unit_id)
    {
      if (self->unit_coverage != NULL)
        g_signal_handlers_disconnect_by_data (self->unit_coverage, self);
      g_clear_object (&self->unit_coverage);

      self->unit_id = unit_id;
      self->unit_coverage = polku_coverage_new_for_unit (get_store (self), self->workshop_id, unit_id);
      polku_coverage_set_language (self->unit_coverage, current_language (self));
      g_signal_connect_object (self->unit_coverage, "notify",
                               G_CALLBACK (unit_coverage_changed_cb), self, G_CONNECT_SWAPPED);

      self->updating = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->unit_note_row), "");
      self->updating = FALSE;

      build_requirements (self);
      if (shown_unit (self) != NULL)
        g_signal_connect_object (shown_unit (self), "notify",
                                 G_CALLBACK (unit_coverage_changed_cb), self, G_CONNECT_SWAPPED);
      update_unit_header (self);
      update_extent (self);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->requirements_scroller), 0);
      save_recognition (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UNIT_ID]);
    }

  gtk_stack_set_visible_child_name (self->step_stack, "requirements");
  update_back (self);
  return TRUE;
}

gint64
polku_mapping_dialog_get_unit_id (PolkuMappingDialog *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING_DIALOG (self), 0);

  return self->unit_id;
}

/**
 * polku_mapping_dialog_get_visible_step:
 *
 * Returns: "no-perusteet", "perusteet", "units" or "requirements"
 */
const char *
polku_mapping_dialog_get_visible_step (PolkuMappingDialog *self)
{
  g_return_val_if_fail (POLKU_IS_MAPPING_DIALOG (self), NULL);

  return gtk_stack_get_visible_child_name (self->step_stack);
}

/**
 * polku_mapping_dialog_set_requirement_mapped:
 * @task_id: a task of the workshop
 * @mapped: whether the task teaches the requirement
 *
 * Maps or unmaps as a tick in the dialog does: with the recognition written in
 * the dialog, and by national code when that is switched on and the
 * requirement has a code.
 */
gboolean
polku_mapping_dialog_set_requirement_mapped (PolkuMappingDialog  *self,
                                             gint64               requirement_id,
                                             gint64               task_id,
                                             gboolean             mapped,
                                             GError             **error)
{
  PolkuTask *task;
  PolkuCoverageRow *row;
  PolkuRecognition who;
  gboolean by_code;

  g_return_val_if_fail (POLKU_IS_MAPPING_DIALOG (self), FALSE);

  task = polku_task_list_find (self->tasks, task_id);
  if (task == NULL && self->task != NULL && polku_task_get_id (self->task) == task_id)
    task = self->task;
  if (task == NULL)
    {
      g_set_error_literal (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_NOT_FOUND,
                           _("The task no longer exists."));
      return FALSE;
    }

  if (!mapped)
    return polku_task_unmap_requirement (task, requirement_id, error);

  row = self->unit_coverage != NULL ? polku_coverage_find_row (self->unit_coverage, requirement_id) : NULL;
  by_code = gtk_switch_get_active (self->by_code_switch) &&
            row != NULL && polku_coverage_row_get_koodi_uri (row) != NULL;
  get_recognition (self, &who);
  return polku_task_map_requirement (task, requirement_id, by_code, &who, error);
}
