/* polku-demonstration-editor.c
 *
 * One skills demonstration (näyttö), following eHOKS's fields: units and
 * osa-alueet with their outcome, dates, environment, content, assessors with
 * their role codes, the place code, deviations and individual criteria, and
 * the assessment discussion. Text fields save when typing pauses; choices
 * save when chosen; the short lists are rebuilt after each change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-demonstration-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-catalogue-format.h"
#include "polku-date-entry.h"
#include "polku-demonstration-editor.h"
#include "polku-dialogs.h"
#include "polku-field-saver.h"
#include "polku-learner-widgets.h"
#include "polku-level-choice.h"
#include "polku-store-catalogue-units.h"
#include "polku-store-workshop.h"

struct _PolkuDemonstrationEditor
{
  AdwWindow           parent_instance;

  PolkuContext       *context;
  PolkuDemonstration *demonstration;
  PolkuFieldSaver    *saver;
  char               *language;
  guint               rebuild_id;
  gboolean            updating;
  gboolean            disposed;

  GArray             *provider_ids;      /* gint64 per row of provider_combo */
  GPtrArray          *place_codes;       /* char* koodi_uri per row of place_combo, NULL: not set */
  GPtrArray          *role_codes;        /* char* koodi_uri per row of a role combo, NULL: not set */
  GArray             *add_unit_ids;      /* gint64 pairs (unit, osa-alue) per row of add_unit_combo */
  GPtrArray          *participant_checks;
  GHashTable         *expanded;          /* "unit:osa" and "assessor:id" keys of open rows */

  GtkWidget          *state_combo;
  GtkWidget          *starts_entry;
  GtkWidget          *ends_entry;
  GtkWidget          *provider_combo;
  GtkWidget          *place_combo;
  GtkWidget          *discussion_entry;
  GtkWidget          *units_list;
  GtkWidget          *add_unit_expander;
  GtkWidget          *add_unit_combo;
  GtkWidget          *add_unit_button;
  GtkWidget          *assessors_list;
  GtkWidget          *assessor_side_combo;
  GtkWidget          *assessor_name_row;
  GtkWidget          *assessor_organisation_row;
  GtkWidget          *assessor_role_combo;
  GtkWidget          *criteria_list;
  GtkWidget          *criterion_row;

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  AdwWindowTitle     *window_title;
  GtkBox             *content_box;
};

G_DEFINE_FINAL_TYPE (PolkuDemonstrationEditor, polku_demonstration_editor, ADW_TYPE_WINDOW)

static void schedule_rebuild (PolkuDemonstrationEditor *self);

/* Auxiliary */

static PolkuStore *
get_store (PolkuDemonstrationEditor *self)
{
  return polku_demonstration_get_store (self->demonstration);
}

static const PolkuDemonstrationRecord *
get_record (PolkuDemonstrationEditor *self)
{
  return polku_demonstration_get_record (self->demonstration);
}

static void
report_error (PolkuDemonstrationEditor *self,
              const GError             *error)
{
  if (error != NULL && !self->disposed)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static void
report_result (PolkuDemonstrationEditor *self,
               gboolean                  ok,
               const GError             *error)
{
  if (!ok)
    report_error (self, error);
  schedule_rebuild (self);
}

static GtkWidget *
new_entry_row (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return row;
}

static char *
dup_unit_title (PolkuDemonstrationEditor           *self,
                const PolkuDemonstrationUnitRecord *unit)
{
  const char *name = polku_catalogue_pick_text (unit->nimi_fi, unit->nimi_sv, self->language);
  const char *osa_alue = polku_catalogue_pick_text (unit->osa_alue_nimi_fi, unit->osa_alue_nimi_sv, self->language);
  g_autofree char *title = g_strdup_printf ("%s %s", unit->koodi_arvo != NULL ? unit->koodi_arvo : "",
                                            name != NULL ? name : "");

  g_strstrip (title);
  if (osa_alue != NULL)
    /* Translators: a unit and one of its osa-alueet, e.g. "Viestintä- ja vuorovaikutusosaaminen: Äidinkieli" */
    return g_strdup_printf (_("%s: %s"), title, osa_alue);
  return g_steal_pointer (&title);
}

static const PolkuDemonstrationUnitRecord *
find_unit (PolkuDemonstrationEditor *self,
           gint64                    unit_id,
           gint64                    osa_alue_id)
{
  GPtrArray *units = get_record (self)->units;

  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      const PolkuDemonstrationUnitRecord *unit = g_ptr_array_index (units, i);

      if (unit->unit_id == unit_id && unit->osa_alue_id == osa_alue_id)
        return unit;
    }
  return NULL;
}

static const PolkuAssessorRecord *
find_assessor (PolkuDemonstrationEditor *self,
               gint64                    assessor_id)
{
  GPtrArray *assessors = get_record (self)->assessors;

  for (guint i = 0; assessors != NULL && i < assessors->len; i++)
    {
      const PolkuAssessorRecord *assessor = g_ptr_array_index (assessors, i);

      if (assessor->assessor_id == assessor_id)
        return assessor;
    }
  return NULL;
}

static gint64
data_id (gpointer    object,
         const char *key)
{
  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (object), key));
}

static void
set_data_id (gpointer    object,
             const char *key,
             gint64      id)
{
  g_object_set_data (G_OBJECT (object), key, GSIZE_TO_POINTER ((gsize) id));
}

/* Field setters in the field saver's shape */

static gboolean
set_environment_name (gpointer     object,
                      const char  *text,
                      GError     **error)
{
  const PolkuDemonstrationRecord *record = polku_demonstration_get_record (object);

  return polku_demonstration_set_environment (object, text, record->environment_business_id,
                                              record->environment_description, error);
}

static gboolean
set_environment_business_id (gpointer     object,
                             const char  *text,
                             GError     **error)
{
  const PolkuDemonstrationRecord *record = polku_demonstration_get_record (object);

  return polku_demonstration_set_environment (object, record->environment_name, text,
                                              record->environment_description, error);
}

static gboolean
set_environment_description (gpointer     object,
                             const char  *text,
                             GError     **error)
{
  const PolkuDemonstrationRecord *record = polku_demonstration_get_record (object);

  return polku_demonstration_set_environment (object, record->environment_name,
                                              record->environment_business_id, text, error);
}

/* Demonstration */

static void
update_title (PolkuDemonstrationEditor *self)
{
  g_autofree char *starts = polku_learner_format_date (polku_demonstration_get_starts_on (self->demonstration));
  g_autofree char *ends = polku_learner_format_date (polku_demonstration_get_ends_on (self->demonstration));
  g_autofree char *subtitle = NULL;

  /* Translators: a demonstration's dates and state, e.g. "1.3.2027 – 5.3.2027 · Planned" */
  subtitle = g_strdup_printf (_("%s – %s · %s"), starts, ends,
                              polku_demonstration_state_get_label (polku_demonstration_get_state (self->demonstration)));
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
state_selected_cb (PolkuDemonstrationEditor *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->state_combo));

  if (self->updating || selected == (guint) polku_demonstration_get_state (self->demonstration))
    return;
  if (!polku_demonstration_set_state (self->demonstration, selected, &error))
    {
      report_error (self, error);
      self->updating = TRUE;
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->state_combo), polku_demonstration_get_state (self->demonstration));
      self->updating = FALSE;
    }
  update_title (self);
}

static void
dates_changed_cb (PolkuDemonstrationEditor *self)
{
  PolkuDateEntry *starts = POLKU_DATE_ENTRY (self->starts_entry);
  PolkuDateEntry *ends = POLKU_DATE_ENTRY (self->ends_entry);
  g_autoptr(GError) error = NULL;

  if (self->updating || !polku_date_entry_get_valid (starts) || !polku_date_entry_get_valid (ends))
    return;
  if (g_strcmp0 (polku_date_entry_get_date (starts), polku_demonstration_get_starts_on (self->demonstration)) == 0 &&
      g_strcmp0 (polku_date_entry_get_date (ends), polku_demonstration_get_ends_on (self->demonstration)) == 0)
    return;
  if (!polku_demonstration_set_dates (self->demonstration, polku_date_entry_get_date (starts),
                                      polku_date_entry_get_date (ends), &error))
    report_error (self, error);
  update_title (self);
}

static void
discussion_changed_cb (PolkuDemonstrationEditor *self)
{
  PolkuDateEntry *entry = POLKU_DATE_ENTRY (self->discussion_entry);
  g_autoptr(GError) error = NULL;

  if (self->updating || !polku_date_entry_get_valid (entry) ||
      g_strcmp0 (polku_date_entry_get_date (entry), get_record (self)->assessment_discussion_on) == 0)
    return;
  if (!polku_demonstration_set_assessment_discussion_on (self->demonstration, polku_date_entry_get_date (entry), &error))
    report_error (self, error);
}

static void
provider_selected_cb (PolkuDemonstrationEditor *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->provider_combo));
  g_autoptr(GError) error = NULL;

  if (self->updating || selected >= self->provider_ids->len)
    return;
  if (!polku_demonstration_set_provider_id (self->demonstration, g_array_index (self->provider_ids, gint64, selected),
                                            &error))
    report_error (self, error);
}

static void
place_selected_cb (PolkuDemonstrationEditor *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->place_combo));
  g_autoptr(GError) error = NULL;

  if (self->updating || selected >= self->place_codes->len)
    return;
  if (!polku_demonstration_set_place (self->demonstration, g_ptr_array_index (self->place_codes, selected), &error))
    report_error (self, error);
}

static GtkStringList *
new_code_strings (PolkuDemonstrationEditor *self,
                  const char               *koodisto,
                  GPtrArray                *codes_out,
                  const char               *current,
                  guint                    *out_selected)
{
  GtkStringList *strings = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) codes = polku_store_list_codes (get_store (self), koodisto, NULL);

  *out_selected = 0;
  g_ptr_array_set_size (codes_out, 0);
  gtk_string_list_append (strings, _("Not set"));
  g_ptr_array_add (codes_out, NULL);
  for (guint i = 0; codes != NULL && i < codes->len; i++)
    {
      PolkuCodeRecord *code = g_ptr_array_index (codes, i);

      gtk_string_list_append (strings, polku_code_record_get_name (code, self->language));
      g_ptr_array_add (codes_out, g_strdup (code->koodi_uri));
      if (g_strcmp0 (code->koodi_uri, current) == 0)
        *out_selected = i + 1;
    }
  return strings;
}

static const char *
code_name (PolkuDemonstrationEditor *self,
           const char               *koodisto,
           const char               *koodi_uri)
{
  g_autoptr(GPtrArray) codes = NULL;
  static GHashTable *names = NULL;
  const char *name;

  if (koodi_uri == NULL)
    return NULL;
  /* Code names never change while Polku runs; keep them per language. */
  if (names == NULL)
    names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  {
    g_autofree char *key = g_strconcat (self->language, ":", koodi_uri, NULL);

    name = g_hash_table_lookup (names, key);
    if (name != NULL)
      return name;
  }
  codes = polku_store_list_codes (get_store (self), koodisto, NULL);
  for (guint i = 0; codes != NULL && i < codes->len; i++)
    {
      PolkuCodeRecord *code = g_ptr_array_index (codes, i);

      g_hash_table_replace (names, g_strconcat (self->language, ":", code->koodi_uri, NULL),
                            g_strdup (polku_code_record_get_name (code, self->language)));
    }
  {
    g_autofree char *key = g_strconcat (self->language, ":", koodi_uri, NULL);

    name = g_hash_table_lookup (names, key);
  }
  return name != NULL ? name : koodi_uri;
}

/* Units and their outcome */

static void
save_unit (PolkuDemonstrationEditor  *self,
           gint64                     unit_id,
           gint64                     osa_alue_id,
           PolkuDemonstrationOutcome  outcome,
           int                        level_id,
           const char                *assessed_on)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = polku_learner_dup_today ();
  gboolean ok;

  /* An assessed unit has a date; today unless the coach says otherwise. */
  if (outcome != POLKU_OUTCOME_PENDING && assessed_on == NULL)
    assessed_on = today;
  ok = polku_demonstration_set_unit (self->demonstration, unit_id, osa_alue_id, outcome, level_id, assessed_on, &error);
  report_result (self, ok, error);
}

static void
unit_outcome_cb (GtkWidget                *combo,
                 GParamSpec               *pspec,
                 PolkuDemonstrationEditor *self)
{
  const PolkuDemonstrationUnitRecord *unit = find_unit (self, data_id (combo, "unit-id"), data_id (combo, "osa-alue-id"));
  guint outcome = adw_combo_row_get_selected (ADW_COMBO_ROW (combo));

  if (self->updating || unit == NULL || outcome == (guint) unit->outcome)
    return;
  save_unit (self, unit->unit_id, unit->osa_alue_id, outcome,
             outcome == POLKU_OUTCOME_FAILED ? 0 : unit->level_id, unit->assessed_on);
}

static void
unit_grade_cb (GtkWidget                *combo,
               GParamSpec               *pspec,
               PolkuDemonstrationEditor *self)
{
  const PolkuDemonstrationUnitRecord *unit = find_unit (self, data_id (combo, "unit-id"), data_id (combo, "osa-alue-id"));
  GListModel *choices = g_object_get_data (G_OBJECT (combo), "choices");
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (combo));
  int level_id = 0;
  PolkuDemonstrationOutcome outcome;

  if (self->updating || unit == NULL || choices == NULL)
    return;
  if (selected > 0 && selected <= g_list_model_get_n_items (choices))
    {
      g_autoptr(PolkuLevelChoice) choice = g_list_model_get_item (choices, selected - 1);

      level_id = polku_level_choice_get_level_id (choice);
    }
  if (level_id == unit->level_id)
    return;
  /* A grade means the unit was passed. */
  outcome = level_id > 0 ? POLKU_OUTCOME_PASSED : unit->outcome;
  save_unit (self, unit->unit_id, unit->osa_alue_id, outcome, level_id, unit->assessed_on);
}

static void
unit_assessed_cb (GtkWidget                *entry,
                  GParamSpec               *pspec,
                  PolkuDemonstrationEditor *self)
{
  const PolkuDemonstrationUnitRecord *unit = find_unit (self, data_id (entry, "unit-id"), data_id (entry, "osa-alue-id"));
  const char *date = polku_date_entry_get_date (POLKU_DATE_ENTRY (entry));

  if (self->updating || unit == NULL || !polku_date_entry_get_valid (POLKU_DATE_ENTRY (entry)) ||
      g_strcmp0 (date, unit->assessed_on) == 0)
    return;
  save_unit (self, unit->unit_id, unit->osa_alue_id, unit->outcome, unit->level_id, date);
}

/* Removing a unit or a criterion offers Undo: the toast keeps what was there. */
typedef struct
{
  PolkuDemonstrationEditor  *self;
  gint64                     unit_id;
  gint64                     osa_alue_id;
  PolkuDemonstrationOutcome  outcome;
  int                        level_id;
  char                      *assessed_on;
  char                      *criterion;
  gint64                     requirement_id;
} UndoItem;

static void
undo_item_free (gpointer data)
{
  UndoItem *undo = data;

  g_object_unref (undo->self);
  g_free (undo->assessed_on);
  g_free (undo->criterion);
  g_free (undo);
}

static void
undo_item_cb (UndoItem *undo)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (undo->criterion != NULL)
    ok = polku_demonstration_add_criterion (undo->self->demonstration, undo->requirement_id, undo->criterion,
                                            &error) != 0;
  else
    ok = polku_demonstration_set_unit (undo->self->demonstration, undo->unit_id, undo->osa_alue_id, undo->outcome,
                                       undo->level_id, undo->assessed_on, &error);
  report_result (undo->self, ok, error);
}

static void
offer_undo (PolkuDemonstrationEditor *self,
            const char               *message,
            UndoItem                 *undo)
{
  AdwToast *toast = adw_toast_new (message);

  undo->self = g_object_ref (self);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_swapped (toast, "button-clicked", G_CALLBACK (undo_item_cb), undo);
  g_object_set_data_full (G_OBJECT (toast), "undo", undo, undo_item_free);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
unit_remove_cb (GtkWidget                *button,
                PolkuDemonstrationEditor *self)
{
  const PolkuDemonstrationUnitRecord *unit = find_unit (self, data_id (button, "unit-id"), data_id (button, "osa-alue-id"));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  UndoItem *undo;

  if (unit == NULL)
    return;
  title = dup_unit_title (self, unit);
  undo = g_new0 (UndoItem, 1);
  undo->unit_id = unit->unit_id;
  undo->osa_alue_id = unit->osa_alue_id;
  undo->outcome = unit->outcome;
  undo->level_id = unit->level_id;
  undo->assessed_on = g_strdup (unit->assessed_on);
  if (!polku_demonstration_remove_unit (self->demonstration, undo->unit_id, undo->osa_alue_id, &error))
    {
      g_free (undo->assessed_on);
      g_free (undo);
      report_result (self, FALSE, error);
      return;
    }
  schedule_rebuild (self);
  /* Translators: %s is a unit's name */
  message = g_strdup_printf (_("%s removed"), title);
  offer_undo (self, message, undo);
}

static GtkWidget *
create_unit_row (PolkuDemonstrationEditor           *self,
                 const PolkuDemonstrationUnitRecord *unit)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *row, *entry, *button;
  g_autoptr(GtkStringList) outcomes = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) grades = gtk_string_list_new (NULL);
  g_autoptr(GListStore) choices = NULL;
  g_autofree char *title = dup_unit_title (self, unit);
  g_autofree char *assessed = polku_learner_format_date (unit->assessed_on);
  g_autoptr(GString) subtitle = g_string_new (polku_demonstration_outcome_get_label (unit->outcome));
  PolkuLevelChoice *current = NULL;
  PolkuScaleKind kind = POLKU_SCALE_KIND_NONE;
  guint selected = 0;
  GtkWidget *widgets[3];

  choices = polku_level_choices_for_unit (get_store (self), unit->unit_id, self->language, &kind, NULL);
  if (choices != NULL && unit->level_id > 0)
    current = polku_level_choices_find (G_LIST_MODEL (choices), unit->level_id);
  if (current != NULL)
    g_string_append_printf (subtitle, " · %s", polku_level_choice_get_label (current));
  if (unit->assessed_on != NULL)
    g_string_append_printf (subtitle, " · %s", assessed);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle->str);

  for (int outcome = POLKU_OUTCOME_PENDING; outcome <= POLKU_OUTCOME_FAILED; outcome++)
    gtk_string_list_append (outcomes, polku_demonstration_outcome_get_label (outcome));
  row = polku_learner_new_combo_row (_("Outcome"), outcomes, unit->outcome);
  gtk_widget_set_name (row, "unit-outcome");
  g_signal_connect (row, "notify::selected", G_CALLBACK (unit_outcome_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  widgets[0] = row;

  /* The grade on the unit's own scale, with that level's criteria beside it */
  gtk_string_list_append (grades, _("No grade"));
  for (guint i = 0; choices != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (choices)); i++)
    {
      g_autoptr(PolkuLevelChoice) choice = g_list_model_get_item (G_LIST_MODEL (choices), i);

      gtk_string_list_append (grades, polku_level_choice_get_label (choice));
      if (choice == current)
        selected = i + 1;
    }
  row = polku_learner_new_combo_row (_("Grade"), grades, selected);
  gtk_widget_set_name (row, "unit-grade");
  if (kind == POLKU_SCALE_KIND_NONE)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("This unit is not graded."));
  gtk_widget_set_sensitive (row, choices != NULL && g_list_model_get_n_items (G_LIST_MODEL (choices)) > 0);
  if (choices != NULL)
    g_object_set_data_full (G_OBJECT (row), "choices", g_object_ref (choices), g_object_unref);
  g_signal_connect (row, "notify::selected", G_CALLBACK (unit_grade_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  widgets[1] = row;
  if (current != NULL && polku_level_choice_get_criteria_text (current) != NULL)
    {
      GtkWidget *label = gtk_label_new (polku_level_choice_get_criteria_text (current));
      GtkWidget *criteria_row = gtk_list_box_row_new ();

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_margin_top (label, 8);
      gtk_widget_set_margin_bottom (label, 8);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (criteria_row), label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (criteria_row), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (criteria_row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Criteria of the chosen grade"), -1);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), criteria_row);
    }

  row = polku_learner_new_date_row (_("Assessed on"), unit->assessed_on, &entry);
  g_signal_connect (entry, "notify::date", G_CALLBACK (unit_assessed_cb), self);
  widgets[2] = entry;
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  button = gtk_button_new_with_mnemonic (_("_Remove from Demonstration"));
  set_data_id (button, "unit-id", unit->unit_id);
  set_data_id (button, "osa-alue-id", unit->osa_alue_id);
  g_signal_connect (button, "clicked", G_CALLBACK (unit_remove_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), polku_learner_new_button_row ("", NULL, button));

  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    {
      set_data_id (widgets[i], "unit-id", unit->unit_id);
      set_data_id (widgets[i], "osa-alue-id", unit->osa_alue_id);
    }
  polku_learner_track_expanded (expander, self->expanded,
                                g_strdup_printf ("unit:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT,
                                                 unit->unit_id, unit->osa_alue_id));
  return expander;
}

static void
fill_add_unit_combo (PolkuDemonstrationEditor *self)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) plan_units = NULL;

  g_array_set_size (self->add_unit_ids, 0);
  plan_units = polku_store_list_plan_units (get_store (self), polku_demonstration_get_learner_id (self->demonstration),
                                            NULL);
  for (guint i = 0; plan_units != NULL && i < plan_units->len; i++)
    {
      PolkuPlanUnitRecord *plan_unit = g_ptr_array_index (plan_units, i);
      const char *name = polku_catalogue_pick_text (plan_unit->nimi_fi, plan_unit->nimi_sv, self->language);
      g_autofree char *title = g_strdup_printf ("%s %s", plan_unit->koodi_arvo != NULL ? plan_unit->koodi_arvo : "",
                                                name != NULL ? name : "");
      g_autoptr(GPtrArray) osa_alueet = polku_store_catalogue_list_osa_alueet (get_store (self), plan_unit->unit_id, NULL);
      gint64 none = 0;

      g_strstrip (title);
      if (find_unit (self, plan_unit->unit_id, 0) == NULL)
        {
          gtk_string_list_append (strings, title);
          g_array_append_val (self->add_unit_ids, plan_unit->unit_id);
          g_array_append_val (self->add_unit_ids, none);
        }
      /* Common units are demonstrated per osa-alue: the chosen ones, or all. */
      for (guint j = 0; osa_alueet != NULL && j < osa_alueet->len; j++)
        {
          PolkuOsaAlueRecord *osa_alue = g_ptr_array_index (osa_alueet, j);
          gboolean chosen = plan_unit->osa_alue_ids == NULL || plan_unit->osa_alue_ids->len == 0;
          g_autofree char *label = NULL;

          for (guint k = 0; !chosen && k < plan_unit->osa_alue_ids->len; k++)
            chosen = g_array_index (plan_unit->osa_alue_ids, gint64, k) == osa_alue->osa_alue_id;
          if (!chosen || find_unit (self, plan_unit->unit_id, osa_alue->osa_alue_id) != NULL)
            continue;
          label = g_strdup_printf (_("%s: %s"), title,
                                   polku_catalogue_pick_text (osa_alue->nimi_fi, osa_alue->nimi_sv, self->language));
          gtk_string_list_append (strings, label);
          g_array_append_val (self->add_unit_ids, plan_unit->unit_id);
          g_array_append_val (self->add_unit_ids, osa_alue->osa_alue_id);
        }
    }
  if (self->add_unit_ids->len == 0)
    gtk_string_list_append (strings, _("None"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->add_unit_expander),
                                 self->add_unit_ids->len > 0 ? ""
                                 : plan_units != NULL && plan_units->len > 0
                                 ? _("All planned units are added")
                                 : _("Choose units in the pathway plan first"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->add_unit_combo), G_LIST_MODEL (strings));
  gtk_widget_set_sensitive (self->add_unit_button, self->add_unit_ids->len > 0);
}

static void
add_unit_cb (PolkuDemonstrationEditor *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->add_unit_combo));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (2 * selected + 1 >= self->add_unit_ids->len)
    return;
  ok = polku_demonstration_set_unit (self->demonstration,
                                     g_array_index (self->add_unit_ids, gint64, 2 * selected),
                                     g_array_index (self->add_unit_ids, gint64, 2 * selected + 1),
                                     POLKU_OUTCOME_PENDING, 0, NULL, &error);
  report_result (self, ok, error);
}

/* Assessors */

static char *
dup_assessor_subtitle (PolkuDemonstrationEditor  *self,
                       const PolkuAssessorRecord *assessor)
{
  GString *text = g_string_new (polku_assessor_side_get_label (assessor->side));

  if (assessor->organisation != NULL && *assessor->organisation != '\0')
    g_string_append_printf (text, " · %s", assessor->organisation);
  if (assessor->role != NULL)
    g_string_append_printf (text, " · %s", code_name (self, POLKU_KOODISTO_ASSESSOR_ROLE, assessor->role));
  return g_string_free (text, FALSE);
}

static void
assessor_update (PolkuDemonstrationEditor *self,
                 GtkWidget                *widget,
                 const char               *name,
                 const char               *organisation,
                 const char               *role,
                 gboolean                  set_role)
{
  const PolkuAssessorRecord *current = find_assessor (self, data_id (widget, "assessor-id"));
  g_autoptr(PolkuAssessorRecord) changed = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->updating || current == NULL)
    return;
  changed = polku_assessor_record_copy (current);
  if (name != NULL)
    {
      g_free (changed->name);
      changed->name = g_strdup (name);
    }
  if (organisation != NULL)
    {
      g_free (changed->organisation);
      changed->organisation = *organisation != '\0' ? g_strdup (organisation) : NULL;
    }
  if (set_role)
    {
      g_free (changed->role);
      changed->role = g_strdup (role);
    }
  ok = polku_demonstration_update_assessor (self->demonstration, changed, &error);
  report_result (self, ok, error);
}

static void
assessor_name_applied_cb (GtkWidget                *row,
                          PolkuDemonstrationEditor *self)
{
  const PolkuAssessorRecord *current = find_assessor (self, data_id (row, "assessor-id"));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (current != NULL && g_strcmp0 (current->name, text) != 0)
    assessor_update (self, row, text, NULL, NULL, FALSE);
}

static void
assessor_organisation_applied_cb (GtkWidget                *row,
                                  PolkuDemonstrationEditor *self)
{
  const PolkuAssessorRecord *current = find_assessor (self, data_id (row, "assessor-id"));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (current != NULL && g_strcmp0 (current->organisation != NULL ? current->organisation : "", text) != 0)
    assessor_update (self, row, NULL, text, NULL, FALSE);
}

typedef void (*RowSaveFunc) (GtkWidget                *row,
                             PolkuDemonstrationEditor *self);

static void
row_leave_cb (GtkEventController       *focus,
              PolkuDemonstrationEditor *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (focus);
  RowSaveFunc save = (RowSaveFunc) g_object_get_data (G_OBJECT (row), "save");

  save (row, self);
}

/* Saved with Enter or the apply button, and when the field is left: not while
 * typing, since saving rebuilds the rows. */
static void
save_row_on_apply (PolkuDemonstrationEditor *self,
                   GtkWidget                *row,
                   RowSaveFunc               save)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect (row, "apply", G_CALLBACK (save), self);
  g_object_set_data (G_OBJECT (row), "save", (gpointer) save);
  g_signal_connect (focus, "leave", G_CALLBACK (row_leave_cb), self);
  gtk_widget_add_controller (row, focus);
}

static void
assessor_role_cb (GtkWidget                *combo,
                  GParamSpec               *pspec,
                  PolkuDemonstrationEditor *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (combo));

  if (selected < self->role_codes->len)
    assessor_update (self, combo, NULL, NULL, g_ptr_array_index (self->role_codes, selected), TRUE);
}

typedef struct
{
  PolkuDemonstrationEditor *self;
  PolkuAssessorRecord      *assessor;
} UndoAssessor;

static void
undo_assessor_free (gpointer data)
{
  UndoAssessor *undo = data;

  g_object_unref (undo->self);
  polku_assessor_record_free (undo->assessor);
  g_free (undo);
}

static void
undo_assessor_cb (gpointer data)
{
  UndoAssessor *undo = data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  undo->assessor->assessor_id = 0;
  ok = polku_demonstration_add_assessor (undo->self->demonstration, undo->assessor, &error) != 0;
  report_result (undo->self, ok, error);
}

static void
assessor_remove_cb (GtkWidget                *button,
                    PolkuDemonstrationEditor *self)
{
  const PolkuAssessorRecord *current = find_assessor (self, data_id (button, "assessor-id"));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  AdwToast *toast;
  UndoAssessor *undo;

  if (current == NULL)
    return;
  undo = g_new0 (UndoAssessor, 1);
  undo->self = g_object_ref (self);
  undo->assessor = polku_assessor_record_copy (current);
  if (!polku_demonstration_remove_assessor (self->demonstration, undo->assessor->assessor_id, &error))
    {
      undo_assessor_free (undo);
      report_result (self, FALSE, error);
      return;
    }
  schedule_rebuild (self);
  /* Translators: %s is an assessor's name */
  message = g_strdup_printf (_("%s removed"), undo->assessor->name);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_swapped (toast, "button-clicked", G_CALLBACK (undo_assessor_cb), undo);
  g_object_set_data_full (G_OBJECT (toast), "undo", undo, undo_assessor_free);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static GtkWidget *
create_assessor_row (PolkuDemonstrationEditor  *self,
                     const PolkuAssessorRecord *assessor)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *row, *button;
  g_autofree char *subtitle = dup_assessor_subtitle (self, assessor);
  g_autoptr(GtkStringList) roles = NULL;
  guint selected = 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), assessor->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);

  row = new_entry_row (_("Name"));
  gtk_editable_set_text (GTK_EDITABLE (row), assessor->name);
  set_data_id (row, "assessor-id", assessor->assessor_id);
  save_row_on_apply (self, row, assessor_name_applied_cb);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);

  row = new_entry_row (_("Organisation"));
  gtk_editable_set_text (GTK_EDITABLE (row), assessor->organisation != NULL ? assessor->organisation : "");
  set_data_id (row, "assessor-id", assessor->assessor_id);
  save_row_on_apply (self, row, assessor_organisation_applied_cb);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);

  roles = new_code_strings (self, POLKU_KOODISTO_ASSESSOR_ROLE, self->role_codes, assessor->role, &selected);
  row = polku_learner_new_combo_row (_("Role"), roles, selected);
  set_data_id (row, "assessor-id", assessor->assessor_id);
  g_signal_connect (row, "notify::selected", G_CALLBACK (assessor_role_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);

  button = gtk_button_new_with_mnemonic (_("_Remove Assessor"));
  set_data_id (button, "assessor-id", assessor->assessor_id);
  g_signal_connect (button, "clicked", G_CALLBACK (assessor_remove_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), polku_learner_new_button_row ("", NULL, button));

  polku_learner_track_expanded (expander, self->expanded, g_strdup_printf ("assessor:%" G_GINT64_FORMAT, assessor->assessor_id));
  return expander;
}

static void
add_assessor_cb (PolkuDemonstrationEditor *self)
{
  PolkuAssessorRecord record = { 0, };
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->assessor_name_row))));
  g_autofree char *organisation = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->assessor_organisation_row))));
  guint role = adw_combo_row_get_selected (ADW_COMBO_ROW (self->assessor_role_combo));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (*name == '\0')
    {
      gtk_widget_add_css_class (self->assessor_name_row, "error");
      gtk_widget_grab_focus (self->assessor_name_row);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("An assessor needs a name.")));
      return;
    }
  gtk_widget_remove_css_class (self->assessor_name_row, "error");
  record.demonstration_id = polku_demonstration_get_id (self->demonstration);
  record.side = adw_combo_row_get_selected (ADW_COMBO_ROW (self->assessor_side_combo));
  record.name = name;
  record.organisation = *organisation != '\0' ? organisation : NULL;
  if (record.side == POLKU_ASSESSOR_PROVIDER)
    {
      record.provider_id = get_record (self)->provider_id;
      /* The teacher's organisation is the provider unless the coach says otherwise. */
      if (record.organisation == NULL)
        record.organisation = get_record (self)->provider_name;
    }
  if (role < self->role_codes->len)
    record.role = g_ptr_array_index (self->role_codes, role);
  ok = polku_demonstration_add_assessor (self->demonstration, &record, &error) != 0;
  if (ok)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->assessor_name_row), "");
      gtk_editable_set_text (GTK_EDITABLE (self->assessor_organisation_row), "");
    }
  report_result (self, ok, error);
}

/* Individual criteria */

static void
criterion_remove_cb (GtkWidget                *button,
                     PolkuDemonstrationEditor *self)
{
  GPtrArray *criteria = get_record (self)->criteria;
  gint64 id = data_id (button, "criterion-id");
  g_autoptr(GError) error = NULL;
  UndoItem *undo = g_new0 (UndoItem, 1);

  for (guint i = 0; criteria != NULL && i < criteria->len; i++)
    {
      PolkuIndividualCriterionRecord *criterion = g_ptr_array_index (criteria, i);

      if (criterion->criterion_id == id)
        {
          undo->criterion = g_strdup (criterion->text);
          undo->requirement_id = criterion->requirement_id;
        }
    }
  if (undo->criterion == NULL || !polku_demonstration_remove_criterion (self->demonstration, id, &error))
    {
      g_free (undo->criterion);
      g_free (undo);
      report_result (self, FALSE, error);
      return;
    }
  schedule_rebuild (self);
  offer_undo (self, _("Criterion removed"), undo);
}

static void
criterion_add_cb (PolkuDemonstrationEditor *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->criterion_row))));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (*text == '\0')
    return;
  ok = polku_demonstration_add_criterion (self->demonstration, 0, text, &error) != 0;
  if (ok)
    gtk_editable_set_text (GTK_EDITABLE (self->criterion_row), "");
  report_result (self, ok, error);
}

/* Assessment discussion */

static void
participant_toggled_cb (PolkuDemonstrationEditor *self)
{
  g_autoptr(GPtrArray) uris = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  if (self->updating)
    return;
  for (guint i = 0; i < self->participant_checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (self->participant_checks, i);

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_ptr_array_add (uris, g_object_get_data (G_OBJECT (check), "koodi-uri"));
    }
  g_ptr_array_add (uris, NULL);
  if (!polku_demonstration_set_participants (self->demonstration, (const char * const *) uris->pdata, &error))
    report_error (self, error);
}

/* Building */

static void
rebuild_lists (PolkuDemonstrationEditor *self)
{
  const PolkuDemonstrationRecord *record = get_record (self);

  self->updating = TRUE;

  polku_learner_clear_rows (self->units_list);
  for (guint i = 0; record->units != NULL && i < record->units->len; i++)
    polku_learner_insert_row (self->units_list, create_unit_row (self, g_ptr_array_index (record->units, i)));
  if (record->units == NULL || record->units->len == 0)
    polku_learner_insert_row (self->units_list, polku_learner_new_button_row (_("No units yet"),
                                                  _("Add the units or osa-alueet this demonstration shows."), NULL));
  fill_add_unit_combo (self);

  polku_learner_clear_rows (self->assessors_list);
  for (guint i = 0; record->assessors != NULL && i < record->assessors->len; i++)
    polku_learner_insert_row (self->assessors_list, create_assessor_row (self, g_ptr_array_index (record->assessors, i)));

  polku_learner_clear_rows (self->criteria_list);
  for (guint i = 0; record->criteria != NULL && i < record->criteria->len; i++)
    {
      PolkuIndividualCriterionRecord *criterion = g_ptr_array_index (record->criteria, i);
      GtkWidget *button = polku_learner_new_icon_button ("user-trash-symbolic", _("Remove criterion"));
      GtkWidget *row;

      set_data_id (button, "criterion-id", criterion->criterion_id);
      g_signal_connect (button, "clicked", G_CALLBACK (criterion_remove_cb), self);
      row = polku_learner_new_button_row (criterion->text, NULL, button);
      adw_preferences_row_set_title_selectable (ADW_PREFERENCES_ROW (row), TRUE);
      polku_learner_insert_row (self->criteria_list, row);
    }

  for (guint i = 0; i < self->participant_checks->len; i++)
    {
      GtkWidget *check = g_ptr_array_index (self->participant_checks, i);
      const char *uri = g_object_get_data (G_OBJECT (check), "koodi-uri");
      gboolean active = FALSE;

      for (guint j = 0; record->participants != NULL && j < record->participants->len; j++)
        active = active || g_strcmp0 (g_ptr_array_index (record->participants, j), uri) == 0;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
    }

  update_title (self);
  self->updating = FALSE;
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  PolkuDemonstrationEditor *self = data;

  self->rebuild_id = 0;
  rebuild_lists (self);
  return G_SOURCE_REMOVE;
}

/* After the widget that asked for it has finished its signal. */
static void
schedule_rebuild (PolkuDemonstrationEditor *self)
{
  if (self->rebuild_id == 0 && !self->disposed)
    self->rebuild_id = g_idle_add (rebuild_idle_cb, self);
}

static void
build (PolkuDemonstrationEditor *self)
{
  const PolkuDemonstrationRecord *record = get_record (self);
  GtkWidget *group, *row, *list, *expander, *button, *frame, *view;
  g_autoptr(GtkStringList) states = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) providers = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) places = NULL;
  g_autoptr(GtkStringList) sides = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) roles = NULL;
  g_autoptr(GPtrArray) provider_records = NULL;
  g_autoptr(GPtrArray) codes = NULL;
  g_autoptr(GPtrArray) role_codes = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;

  self->updating = TRUE;

  /* When and by whom */
  group = polku_learner_new_group (self->content_box, _("Demonstration"), NULL);
  for (int state = POLKU_DEMONSTRATION_PLANNED; state <= POLKU_DEMONSTRATION_CANCELLED; state++)
    gtk_string_list_append (states, polku_demonstration_state_get_label (state));
  self->state_combo = polku_learner_new_combo_row (_("State"), states, record->state);
  gtk_widget_set_name (self->state_combo, "state");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->state_combo);
  row = polku_learner_new_date_row (_("Starts"), record->starts_on, &self->starts_entry);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  row = polku_learner_new_date_row (_("Ends"), record->ends_on, &self->ends_entry);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  gtk_string_list_append (providers, _("None"));
  g_array_append_val (self->provider_ids, (gint64) { 0 });
  provider_records = polku_store_list_providers (get_store (self), FALSE, NULL);
  for (guint i = 0; provider_records != NULL && i < provider_records->len; i++)
    {
      PolkuProviderRecord *provider = g_ptr_array_index (provider_records, i);

      gtk_string_list_append (providers, provider->name);
      g_array_append_val (self->provider_ids, provider->provider_id);
      if (provider->provider_id == record->provider_id)
        selected = i + 1;
    }
  self->provider_combo = polku_learner_new_combo_row (_("Education provider"), providers, selected);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->provider_combo);
  places = new_code_strings (self, POLKU_KOODISTO_SUORITUSPAIKKA, self->place_codes, record->place, &selected);
  self->place_combo = polku_learner_new_combo_row (_("Place"), places, selected);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->place_combo), _("Where the demonstration is done (Koski code)"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->place_combo);

  /* Units */
  group = polku_learner_new_group (self->content_box, _("Units and Outcomes"),
                     _("The grade is given on each unit’s own scale; the criteria of the chosen level are shown."));
  self->units_list = polku_learner_new_list (group);
  expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Add Unit"));
  self->add_unit_expander = expander;
  polku_learner_keep_row (self->units_list, expander);
  self->add_unit_combo = adw_combo_row_new ();
  polku_learner_use_wide_list (self->add_unit_combo);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_unit_combo), _("Unit or osa-alue"));
  gtk_widget_set_name (self->add_unit_combo, "add-unit");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), self->add_unit_combo);
  self->add_unit_button = gtk_button_new_with_mnemonic (_("_Add to Demonstration"));
  gtk_widget_set_name (self->add_unit_button, "add-unit-button");
  g_signal_connect_swapped (self->add_unit_button, "clicked", G_CALLBACK (add_unit_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), polku_learner_new_button_row ("", NULL, self->add_unit_button));

  /* Environment and content */
  group = polku_learner_new_group (self->content_box, _("Environment"),
                     _("Where the demonstration takes place; the workshop unless you change it."));
  row = new_entry_row (_("Name"));
  polku_field_saver_add (self->saver, row, "environment-name", set_environment_name);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  row = new_entry_row (_("Business ID (optional)"));
  polku_field_saver_add (self->saver, row, "environment-business-id", set_environment_business_id);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  row = new_entry_row (_("Description"));
  polku_field_saver_add (self->saver, row, "environment-description", set_environment_description);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  group = polku_learner_new_group (self->content_box, _("Content"),
                     _("The work situations in which the requirements are shown, one per line."));
  frame = gtk_frame_new (NULL);
  gtk_widget_add_css_class (frame, "view");
  view = gtk_text_view_new ();
  gtk_widget_set_name (view, "content");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 96);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Content"), -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "card");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
  polku_field_saver_add (self->saver, view, "content", (PolkuFieldSetter) polku_demonstration_set_content);

  /* Assessors */
  group = polku_learner_new_group (self->content_box, _("Assessors"),
                     _("From working life and from the education provider, with their role in the assessment."));
  self->assessors_list = polku_learner_new_list (group);
  expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Add Assessor"));
  gtk_widget_set_name (expander, "add-assessor");
  polku_learner_keep_row (self->assessors_list, expander);
  gtk_string_list_append (sides, polku_assessor_side_get_label (POLKU_ASSESSOR_WORKING_LIFE));
  gtk_string_list_append (sides, polku_assessor_side_get_label (POLKU_ASSESSOR_PROVIDER));
  self->assessor_side_combo = polku_learner_new_combo_row (_("From"), sides, 0);
  gtk_widget_set_name (self->assessor_side_combo, "assessor-side");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), self->assessor_side_combo);
  self->assessor_name_row = new_entry_row (_("Name"));
  gtk_widget_set_name (self->assessor_name_row, "assessor-name");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), self->assessor_name_row);
  self->assessor_organisation_row = new_entry_row (_("Organisation"));
  gtk_widget_set_name (self->assessor_organisation_row, "assessor-organisation");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), self->assessor_organisation_row);
  roles = new_code_strings (self, POLKU_KOODISTO_ASSESSOR_ROLE, role_codes, NULL, &selected);
  g_ptr_array_set_size (self->role_codes, 0);
  for (guint i = 0; i < role_codes->len; i++)
    g_ptr_array_add (self->role_codes, g_strdup (g_ptr_array_index (role_codes, i)));
  self->assessor_role_combo = polku_learner_new_combo_row (_("Role"), roles, 0);
  gtk_widget_set_name (self->assessor_role_combo, "assessor-role");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), self->assessor_role_combo);
  button = gtk_button_new_with_mnemonic (_("Add _Assessor"));
  gtk_widget_set_name (button, "add-assessor-button");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_assessor_cb), self);
  g_signal_connect_swapped (self->assessor_name_row, "entry-activated", G_CALLBACK (add_assessor_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), polku_learner_new_button_row ("", NULL, button));

  /* Deviations and individual criteria */
  group = polku_learner_new_group (self->content_box, _("Deviations and Individual Criteria"),
                     _("Only when the requirements or criteria are adapted for this learner."));
  list = polku_learner_new_list (group);
  row = new_entry_row (_("Deviations from the requirements"));
  polku_field_saver_add (self->saver, row, "deviations", (PolkuFieldSetter) polku_demonstration_set_deviations);
  polku_learner_keep_row (list, row);
  self->criteria_list = polku_learner_new_list (group);
  gtk_widget_set_margin_top (self->criteria_list, 12);
  self->criterion_row = new_entry_row (_("Add an individual criterion"));
  gtk_widget_set_name (self->criterion_row, "add-criterion");
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self->criterion_row), TRUE);
  g_signal_connect_swapped (self->criterion_row, "apply", G_CALLBACK (criterion_add_cb), self);
  polku_learner_keep_row (self->criteria_list, self->criterion_row);

  /* Assessment discussion */
  group = polku_learner_new_group (self->content_box, _("Assessment Discussion"), _("When it was held and who took part."));
  row = polku_learner_new_date_row (_("Held on"), record->assessment_discussion_on, &self->discussion_entry);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  codes = polku_store_list_codes (get_store (self), POLKU_KOODISTO_DISCUSSION_PARTICIPANT, NULL);
  for (guint i = 0; codes != NULL && i < codes->len; i++)
    {
      PolkuCodeRecord *code = g_ptr_array_index (codes, i);
      GtkWidget *check = gtk_check_button_new ();

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), polku_code_record_get_name (code, self->language));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (check), "koodi-uri", g_strdup (code->koodi_uri), g_free);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      polku_code_record_get_name (code, self->language), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (self->participant_checks, check);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (participant_toggled_cb), self);
    }

  group = polku_learner_new_group (self->content_box, _("Notes"), NULL);
  row = new_entry_row (_("Notes"));
  polku_field_saver_add (self->saver, row, "notes", (PolkuFieldSetter) polku_demonstration_set_notes);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  g_signal_connect_swapped (self->state_combo, "notify::selected", G_CALLBACK (state_selected_cb), self);
  g_signal_connect_swapped (self->starts_entry, "notify::date", G_CALLBACK (dates_changed_cb), self);
  g_signal_connect_swapped (self->ends_entry, "notify::date", G_CALLBACK (dates_changed_cb), self);
  g_signal_connect_swapped (self->discussion_entry, "notify::date", G_CALLBACK (discussion_changed_cb), self);
  g_signal_connect_swapped (self->provider_combo, "notify::selected", G_CALLBACK (provider_selected_cb), self);
  g_signal_connect_swapped (self->place_combo, "notify::selected", G_CALLBACK (place_selected_cb), self);

  polku_field_saver_set_object (self->saver, self->demonstration);
  self->updating = FALSE;
  rebuild_lists (self);
}

/* Delete */

static void
delete_confirmed_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PolkuDemonstrationEditor) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!polku_dialogs_confirm_finish (result, NULL))
    return;
  polku_field_saver_discard (self->saver);
  if (!polku_store_delete_demonstration (get_store (self), polku_demonstration_get_id (self->demonstration), &error))
    {
      report_error (self, error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PolkuDemonstrationEditor *self = POLKU_DEMONSTRATION_EDITOR (widget);

  polku_dialogs_confirm_async (GTK_WINDOW (self), _("Delete This Demonstration?"),
                               _("Its units, outcomes, assessors and criteria are deleted with it."),
                               _("_Delete"), TRUE, NULL, delete_confirmed_cb, g_object_ref (self));
}

/* GObject overrides */

static gboolean
polku_demonstration_editor_close_request (GtkWindow *window)
{
  PolkuDemonstrationEditor *self = POLKU_DEMONSTRATION_EDITOR (window);

  if (self->saver != NULL)
    polku_field_saver_flush (self->saver);
  return GTK_WINDOW_CLASS (polku_demonstration_editor_parent_class)->close_request (window);
}

static void
polku_demonstration_editor_dispose (GObject *object)
{
  PolkuDemonstrationEditor *self = (PolkuDemonstrationEditor *)object;

  if (self->saver != NULL)
    {
      polku_field_saver_flush (self->saver);
      polku_field_saver_discard (self->saver);
    }
  g_clear_object (&self->saver);
  /* Rows leaving focus as they go may still save; nothing is rebuilt after this. */
  self->disposed = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_DEMONSTRATION_EDITOR);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);

  G_OBJECT_CLASS (polku_demonstration_editor_parent_class)->dispose (object);
}

static void
polku_demonstration_editor_finalize (GObject *object)
{
  PolkuDemonstrationEditor *self = (PolkuDemonstrationEditor *)object;

  g_clear_object (&self->demonstration);
  g_clear_object (&self->context);
  g_free (self->language);
  g_array_unref (self->provider_ids);
  g_array_unref (self->add_unit_ids);
  g_ptr_array_unref (self->place_codes);
  g_ptr_array_unref (self->role_codes);
  g_ptr_array_unref (self->participant_checks);
  g_hash_table_unref (self->expanded);

  G_OBJECT_CLASS (polku_demonstration_editor_parent_class)->finalize (object);
}

static void
polku_demonstration_editor_class_init (PolkuDemonstrationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = polku_demonstration_editor_dispose;
  object_class->finalize = polku_demonstration_editor_finalize;
  window_class->close_request = polku_demonstration_editor_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-demonstration-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuDemonstrationEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PolkuDemonstrationEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, PolkuDemonstrationEditor, content_box);

  gtk_widget_class_install_action (widget_class, "demonstration.delete", NULL, delete_action_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
polku_demonstration_editor_init (PolkuDemonstrationEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->provider_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->add_unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->place_codes = g_ptr_array_new_with_free_func (g_free);
  self->role_codes = g_ptr_array_new_with_free_func (g_free);
  self->participant_checks = g_ptr_array_new ();
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->saver = polku_field_saver_new ();
}

static void
saver_failed_cb (PolkuDemonstrationEditor *self,
                 GtkWidget                *field,
                 const GError             *error)
{
  report_error (self, error);
}

/**
 * polku_demonstration_editor_new:
 * @context: the context (its settings choose Finnish or Swedish catalogue texts)
 * @demonstration: the demonstration to edit
 *
 * Returns: (transfer floating): a window; present it transient for the main window
 */
GtkWidget *
polku_demonstration_editor_new (PolkuContext       *context,
                                PolkuDemonstration *demonstration)
{
  PolkuDemonstrationEditor *self;

  g_return_val_if_fail (POLKU_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION (demonstration), NULL);

  self = g_object_new (POLKU_TYPE_DEMONSTRATION_EDITOR, NULL);
  self->context = g_object_ref (context);
  self->demonstration = g_object_ref (demonstration);
  self->language = g_strdup (g_settings_get_boolean (polku_context_get_settings (context), "show-swedish") ? "sv" : "fi");
  polku_demonstration_set_language (demonstration, self->language);
  g_signal_connect_swapped (self->saver, "failed", G_CALLBACK (saver_failed_cb), self);
  build (self);
  return GTK_WIDGET (self);
}

PolkuDemonstration *
polku_demonstration_editor_get_demonstration (PolkuDemonstrationEditor *self)
{
  g_return_val_if_fail (POLKU_IS_DEMONSTRATION_EDITOR (self), NULL);

  return self->demonstration;
}

/**
 * polku_demonstration_editor_rebuild:
 *
 * Rebuilds the lists now instead of when idle (for tests and after outside changes).
 */
void
polku_demonstration_editor_rebuild (PolkuDemonstrationEditor *self)
{
  g_return_if_fail (POLKU_IS_DEMONSTRATION_EDITOR (self));

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  rebuild_lists (self);
}
