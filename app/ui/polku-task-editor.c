/* polku-task-editor.c: one work task: its texts, whether it is in use, and
 * "What does this task teach?": the requirements it is mapped to, grouped by
 * qualification and unit, with a way to add more (PolkuMappingDialog).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-task-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-field-saver.h"
#include "polku-format.h"
#include "polku-mapping-dialog.h"
#include "polku-mapping-list.h"
#include "polku-task-editor.h"
#include "polku-workshop-common.h"

struct _PolkuTaskEditor
{
  GtkWidget         parent_instance;

  /* Template widgets */
  GtkWidget        *page;
  GtkWidget        *title_row;
  GtkWidget        *duration_row;
  GtkSwitch        *active_switch;
  GtkWidget        *description_view;
  GtkWidget        *tools_view;
  GtkWidget        *safety_view;
  GtkWidget        *no_mappings_label;
  GtkWidget        *mappings_box;

  /* Owned */
  PolkuContext     *context;
  PolkuTask        *task;
  PolkuMappingList *mappings;
  PolkuFieldSaver    *saver;

  gboolean          updating;
};

G_DEFINE_FINAL_TYPE (PolkuTaskEditor, polku_task_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_TASK,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static const char *
current_language (PolkuTaskEditor *self)
{
  if (self->context == NULL)
    return "fi";

  return g_settings_get_boolean (polku_context_get_settings (self->context), "show-swedish") ? "sv" : "fi";
}

static char *
format_mapped_at (const char *iso)
{
  g_autoptr(GDateTime) when = NULL;

  if (iso == NULL)
    return NULL;

  when = g_date_time_new_from_iso8601 (iso, NULL);
  if (when == NULL)
    return NULL;

  {
    g_autoptr(GDateTime) local = g_date_time_to_local (when);

    /* Translators: a date, see the strftime manual; e.g. "29.11.2026". */
    return g_date_time_format (local, _("%-d.%-m.%Y"));
  }
}

/* "Kohdealue · Code 8005 · by national code" and, on a second line, who
 * recognised it and when. */
static char *
describe_mapping (PolkuMapping *mapping)
{
  const PolkuMappingRecord *record = polku_mapping_get_record (mapping);
  const char *kohdealue = polku_mapping_get_kohdealue (mapping);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) who = g_string_new (NULL);
  g_autofree char *date = format_mapped_at (record->mapped_at);

  if (kohdealue != NULL)
    g_string_append (text, kohdealue);

  if (record->by_code)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      if (record->n_coded > 1)
        g_string_append_printf (text,
                                /* Translators: how a requirement is mapped; %u is how many
                                 * requirements in the catalogue share its national code. */
                                g_dngettext (GETTEXT_PACKAGE,
                                             "By its national code (%u requirement)",
                                             "By its national code (%u requirements)",
                                             record->n_coded),
                                record->n_coded);
      else
        g_string_append (text, _("By its national code"));
    }

  if (record->retired)
    {
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, _("No longer in the qualification"));
    }

  if (record->recognised_by != NULL)
    g_string_append (who, record->recognised_by);
  if (record->teacher_name != NULL)
    {
      if (who->len > 0)
        g_string_append (who, ", ");
      if (record->teacher_organisation != NULL)
        /* Translators: a vocational teacher and their organisation, e.g. "Liisa Opettaja (Gradia)". */
        g_string_append_printf (who, C_("teacher and organisation", "%s (%s)"), record->teacher_name, record->teacher_organisation);
      else
        g_string_append (who, record->teacher_name);
    }

  if (who->len > 0 || date != NULL)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      if (who->len > 0 && date != NULL)
        /* Translators: who recognised a mapping and when, e.g. "Recognised by Aino Valmentaja on 3.2.2025". */
        g_string_append_printf (text, _("Recognised by %s on %s"), who->str, date);
      else if (who->len > 0)
        /* Translators: who recognised a mapping. */
        g_string_append_printf (text, _("Recognised by %s"), who->str);
      else
        /* Translators: when a mapping was made, e.g. "Mapped on 3.2.2025". */
        g_string_append_printf (text, _("Mapped on %s"), date);
    }

  if (record->note != NULL)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, record->note);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

typedef struct
{
  GWeakRef  editor;
  PolkuTask *task;
  gint64     requirement_id;
  gboolean   by_code;
  char      *recognised_by;
  char      *teacher_name;
  char      *teacher_organisation;
  char      *note;
} RemovedMapping;

static void
removed_mapping_free (gpointer data)
{
  RemovedMapping *removed = data;

  g_weak_ref_clear (&removed->editor);
  g_clear_object (&removed->task);
  g_free (removed->recognised_by);
  g_free (removed->teacher_name);
  g_free (removed->teacher_organisation);
  g_free (removed->note);
  g_free (removed);
}

static void
undo_remove_mapping_cb (AdwToast       *toast,
                        RemovedMapping *removed)
{
  g_autoptr(PolkuTaskEditor) self = g_weak_ref_get (&removed->editor);
  g_autoptr(GError) error = NULL;
  PolkuRecognition who = {
    removed->recognised_by,
    removed->teacher_name,
    removed->teacher_organisation,
    removed->note,
  };

  if (!polku_task_map_requirement (removed->task, removed->requirement_id, removed->by_code, &who, &error) &&
      self != NULL)
    polku_workshop_show_error (GTK_WIDGET (self), error);
}

static void
remove_mapping_clicked_cb (GtkWidget    *button,
                           PolkuMapping *mapping)
{
  PolkuTaskEditor *self = POLKU_TASK_EDITOR (gtk_widget_get_ancestor (button, POLKU_TYPE_TASK_EDITOR));
  const PolkuMappingRecord *record = polku_mapping_get_record (mapping);
  g_autoptr(GError) error = NULL;
  RemovedMapping *removed;
  AdwToast *toast;

  if (self->task == NULL)
    return;

  removed = g_new0 (RemovedMapping, 1);
  g_weak_ref_init (&removed->editor, self);
  removed->task = g_object_ref (self->task);
  removed->requirement_id = record->requirement_id;
  removed->by_code = record->by_code;
  removed->recognised_by = g_strdup (record->recognised_by);
  removed->teacher_name = g_strdup (record->teacher_name);
  removed->teacher_organisation = g_strdup (record->teacher_organisation);
  removed->note = g_strdup (record->note);

  if (!polku_task_unmap_requirement (self->task, record->requirement_id, &error))
    {
      removed_mapping_free (removed);
      polku_workshop_show_error (GTK_WIDGET (self), error);
      return;
    }

  toast = adw_toast_new (removed->by_code ? _("Requirement removed, with the others sharing its national code")
                                          : _("Requirement removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_mapping_cb),
                         removed, (GClosureNotify) (void (*) (void)) removed_mapping_free, 0);
  polku_workshop_show_toast (GTK_WIDGET (self), toast);
}

static GtkWidget *
new_mapping_row (PolkuMapping *mapping)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *subtitle = describe_mapping (mapping);
  const char *text = polku_mapping_get_text (mapping);

  /* Requirement texts are plain text, "&" and all. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text != NULL ? text : "");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove, _("Remove Requirement"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Requirement"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
  gtk_widget_add_css_class (remove, "flat");
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_mapping_clicked_cb), mapping, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  if (polku_mapping_get_retired (mapping))
    gtk_widget_add_css_class (row, "polku-retired");

  return row;
}

static void
rebuild_mappings (PolkuTaskEditor *self)
{
  guint n = self->mappings != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->mappings)) : 0;
  gint64 peruste_id = -1;
  gint64 unit_id = -1;
  GtkWidget *list = NULL;

  polku_workshop_remove_children (self->mappings_box);
  gtk_widget_set_visible (self->no_mappings_label, self->task != NULL && n == 0);
  gtk_widget_set_visible (self->mappings_box, n > 0);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuMapping) mapping = g_list_model_get_item (G_LIST_MODEL (self->mappings), i);
      const PolkuMappingRecord *record = polku_mapping_get_record (mapping);

      if (record->peruste_id != peruste_id)
        {
          GtkWidget *heading = polku_workshop_label_new (polku_mapping_get_peruste_name (mapping), "title-4");

          gtk_widget_set_margin_top (heading, peruste_id >= 0 ? 18 : 6);
          gtk_box_append (GTK_BOX (self->mappings_box), heading);
          peruste_id = record->peruste_id;
          unit_id = -1;
        }

      if (record->unit_id != unit_id)
        {
          g_autofree char *title = NULL;
          GtkWidget *heading;

          if (record->unit_koodi_arvo != NULL)
            /* Translators: a unit of a qualification and its code, e.g. "Puusepänteollisuuden tuotteiden valmistus (105448)". */
            title = g_strdup_printf (C_("unit and code", "%s (%s)"), polku_mapping_get_unit_name (mapping), record->unit_koodi_arvo);
          else
            title = g_strdup (polku_mapping_get_unit_name (mapping));

          heading = polku_workshop_label_new (title, "heading");
          gtk_widget_set_margin_top (heading, 6);
          gtk_box_append (GTK_BOX (self->mappings_box), heading);

          list = gtk_list_box_new ();
          gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
          gtk_widget_add_css_class (list, "boxed-list");
          gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                          GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL,
                                          -1);
          gtk_box_append (GTK_BOX (self->mappings_box), list);
          unit_id = record->unit_id;
        }

      gtk_list_box_append (GTK_LIST_BOX (list), new_mapping_row (mapping));
    }
}

static void
update_switch (PolkuTaskEditor *self)
{
  self->updating = TRUE;
  gtk_switch_set_active (self->active_switch, self->task != NULL && polku_task_get_active (self->task));
  self->updating = FALSE;
}

static void
update_actions (PolkuTaskEditor *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task-editor.add-requirements",
                                 self->task != NULL && self->context != NULL);
}

/* Callbacks */

static void
autosave_failed_cb (PolkuTaskEditor *self,
                    GtkWidget       *field,
                    GError          *error)
{
  polku_workshop_show_error (GTK_WIDGET (self), error);
}

static void
active_switch_changed_cb (PolkuTaskEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_switch_get_active (self->active_switch);

  if (self->updating || self->task == NULL || active == polku_task_get_active (self->task))
    return;

  if (!polku_task_set_active (self->task, active, &error))
    {
      polku_workshop_show_error (GTK_WIDGET (self), error);
      update_switch (self);
    }
}

static void
show_swedish_changed_cb (PolkuTaskEditor *self)
{
  if (self->mappings != NULL)
    polku_mapping_list_set_language (self->mappings, current_language (self));
  rebuild_mappings (self);
}

/* Actions */

static void
add_requirements_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  polku_task_editor_open_mapping_dialog (POLKU_TASK_EDITOR (widget));
}

/* GObject overrides */

static void
polku_task_editor_dispose (GObject *object)
{
  PolkuTaskEditor *self = (PolkuTaskEditor *)object;

  polku_task_editor_set_task (self, NULL);
  polku_task_editor_set_context (self, NULL);
  if (self->saver != NULL)
    g_signal_handlers_disconnect_by_data (self->saver, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_TASK_EDITOR);
  g_clear_object (&self->saver);

  G_OBJECT_CLASS (polku_task_editor_parent_class)->dispose (object);
}

static void
polku_task_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PolkuTaskEditor *self = POLKU_TASK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_TASK:
      g_value_set_object (value, self->task);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_task_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PolkuTaskEditor *self = POLKU_TASK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      polku_task_editor_set_context (self, g_value_get_object (value));
      break;

    case PROP_TASK:
      polku_task_editor_set_task (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_task_editor_class_init (PolkuTaskEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_task_editor_dispose;
  object_class->get_property = polku_task_editor_get_property;
  object_class->set_property = polku_task_editor_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_TASK] =
    g_param_spec_object ("task", NULL, NULL,
                         POLKU_TYPE_TASK,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-task-editor.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskEditor, active_switch);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskEditor, description_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskEditor, duration_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskEditor, mappings_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskEditor, no_mappings_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskEditor, page);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskEditor, safety_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuTaskEditor, tools_view);
  gtk_widget_class_bind_template_callback (widget_class, active_switch_changed_cb);

  gtk_widget_class_install_action (widget_class, "task-editor.add-requirements", NULL, add_requirements_action);
}

static void
polku_task_editor_init (PolkuTaskEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->saver = polku_field_saver_new ();
  polku_field_saver_add (self->saver, self->title_row, "title",
                      (PolkuFieldSetter) polku_task_set_title);
  polku_field_saver_add (self->saver, self->duration_row, "duration",
                      (PolkuFieldSetter) polku_task_set_duration);
  polku_field_saver_add (self->saver, self->description_view, "description",
                      (PolkuFieldSetter) polku_task_set_description);
  polku_field_saver_add (self->saver, self->tools_view, "tools",
                      (PolkuFieldSetter) polku_task_set_tools);
  polku_field_saver_add (self->saver, self->safety_view, "safety",
                      (PolkuFieldSetter) polku_task_set_safety);
  g_signal_connect_swapped (self->saver, "failed", G_CALLBACK (autosave_failed_cb), self);

  gtk_widget_set_sensitive (self->page, FALSE);
  rebuild_mappings (self);
  update_actions (self);
}

/* Public API */

GtkWidget *
polku_task_editor_new (void)
{
  return g_object_new (POLKU_TYPE_TASK_EDITOR, NULL);
}

/**
 * polku_task_editor_get_context:
 *
 * Returns: (transfer none) (nullable): the context
 */
PolkuContext *
polku_task_editor_get_context (PolkuTaskEditor *self)
{
  g_return_val_if_fail (POLKU_IS_TASK_EDITOR (self), NULL);

  return self->context;
}

void
polku_task_editor_set_context (PolkuTaskEditor *self,
                               PolkuContext    *context)
{
  g_return_if_fail (POLKU_IS_TASK_EDITOR (self));
  g_return_if_fail (context == NULL || POLKU_IS_CONTEXT (context));

  if (self->context == context)
    return;

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (polku_context_get_settings (self->context), self);
  g_set_object (&self->context, context);

  if (context != NULL)
    g_signal_connect_object (polku_context_get_settings (context), "changed::show-swedish",
                             G_CALLBACK (show_swedish_changed_cb), self, G_CONNECT_SWAPPED);

  if (self->mappings_box != NULL)
    show_swedish_changed_cb (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CONTEXT]);
}

/**
 * polku_task_editor_get_task:
 *
 * Returns: (transfer none) (nullable): the task shown
 */
PolkuTask *
polku_task_editor_get_task (PolkuTaskEditor *self)
{
  g_return_val_if_fail (POLKU_IS_TASK_EDITOR (self), NULL);

  return self->task;
}

/**
 * polku_task_editor_set_task:
 * @task: (nullable): the task to edit
 *
 * Saves what is pending for the previous task, then shows @task.
 */
void
polku_task_editor_set_task (PolkuTaskEditor *self,
                            PolkuTask       *task)
{
  g_return_if_fail (POLKU_IS_TASK_EDITOR (self));
  g_return_if_fail (task == NULL || POLKU_IS_TASK (task));

  if (self->task == task)
    return;

  if (self->saver != NULL)
    polku_field_saver_set_object (self->saver, task);

  if (self->task != NULL)
    g_signal_handlers_disconnect_by_data (self->task, self);
  if (self->mappings != NULL)
    g_signal_handlers_disconnect_by_data (self->mappings, self);
  g_clear_object (&self->mappings);
  g_set_object (&self->task, task);

  if (task != NULL)
    {
      self->mappings = polku_mapping_list_new_for_task (polku_task_get_store (task), polku_task_get_id (task));
      polku_mapping_list_set_language (self->mappings, current_language (self));
      g_signal_connect_object (self->mappings, "items-changed",
                               G_CALLBACK (rebuild_mappings), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (task, "notify::active",
                               G_CALLBACK (update_switch), self, G_CONNECT_SWAPPED);
    }

  if (self->page != NULL)
    {
      gtk_widget_set_sensitive (self->page, task != NULL);
      update_switch (self);
      rebuild_mappings (self);
      update_actions (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TASK]);
}

/**
 * polku_task_editor_get_mappings:
 *
 * Returns: (transfer none) (nullable): the requirements the task is mapped to
 */
GListModel *
polku_task_editor_get_mappings (PolkuTaskEditor *self)
{
  g_return_val_if_fail (POLKU_IS_TASK_EDITOR (self), NULL);

  return self->mappings != NULL ? G_LIST_MODEL (self->mappings) : NULL;
}

/**
 * polku_task_editor_flush:
 *
 * Returns: %FALSE when something typed was refused (and shown)
 */
gboolean
polku_task_editor_flush (PolkuTaskEditor *self)
{
  g_return_val_if_fail (POLKU_IS_TASK_EDITOR (self), FALSE);

  return polku_field_saver_flush (self->saver);
}

void
polku_task_editor_focus_title (PolkuTaskEditor *self)
{
  g_return_if_fail (POLKU_IS_TASK_EDITOR (self));

  gtk_widget_grab_focus (self->title_row);
}

/**
 * polku_task_editor_open_mapping_dialog:
 *
 * Opens the requirement picker for the task (where it was last left).
 *
 * Returns: (transfer none) (nullable): the dialog
 */
PolkuMappingDialog *
polku_task_editor_open_mapping_dialog (PolkuTaskEditor *self)
{
  PolkuMappingDialog *dialog;

  g_return_val_if_fail (POLKU_IS_TASK_EDITOR (self), NULL);

  if (self->task == NULL || self->context == NULL)
    return NULL;

  polku_task_editor_flush (self);
  dialog = polku_mapping_dialog_new (self->context, polku_task_get_workshop_id (self->task), self->task);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), polku_workshop_get_window (GTK_WIDGET (self)));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
