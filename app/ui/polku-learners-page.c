/* polku-learners-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-learners-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "polku-autosave.h"
#include "polku-catalogue-format.h"
#include "polku-competence-view.h"
#include "polku-credits.h"
#include "polku-date-entry.h"
#include "polku-demonstration-editor.h"
#include "polku-demonstration-list.h"
#include "polku-dialogs.h"
#include "polku-document-window.h"
#include "polku-field-saver.h"
#include "polku-learner-widgets.h"
#include "polku-learners-page.h"
#include "polku-peruste-combo-row.h"
#include "polku-plan.h"
#include "polku-plan-unit.h"
#include "polku-store-catalogue-read.h"
#include "polku-store-review.h"
#include "polku-store-workshop.h"
#include "polku-timeline.h"

struct _PolkuLearnersPage
{
  GtkWidget           parent_instance;

  PolkuContext       *context;
  PolkuLearnerList   *list;
  GtkSingleSelection *selection;
  PolkuLearner       *learner;
  PolkuPlan          *plan;
  PolkuFieldSaver    *saver;
  PolkuFieldSaver    *plan_saver;
  gulong              store_changed_id;
  guint               rebuild_id;
  PolkuDemonstrationList *demonstrations;
  GtkWidget          *demonstrations_box;
  gboolean            updating;

  GArray             *filter_workshop_ids;   /* gint64, per row of workshop_row */
  GPtrArray          *filter_coaches;        /* char*, per row of coach_row */
  GArray             *workshop_ids;          /* gint64, per row of the learner's workshop */
  GArray             *provider_ids;
  GPtrArray          *career_codes;          /* char* koodi_uri, NULL for "not set" */
  GArray             *unit_ids;              /* gint64 catalogue unit ids, per row of competence_unit_row */

  /* Person widgets, rebuilt for each learner */
  GtkWidget          *status_combo;
  GtkWidget          *workshop_combo;
  GtkWidget          *provider_combo;
  GtkWidget          *student_row;
  GtkWidget          *career_combo;
  GtkWidget          *support_switch;
  GtkWidget          *archive_row;
  GtkWidget          *archive_button;
  GtkWidget          *consents_box;
  GtkWidget          *periods_box;
  GtkWidget          *checkins_box;
  GtkWidget          *credits_box;
  GtkWidget          *units_box;
  GtkWidget          *target_combo;
  GtkWidget          *target_button;
  GtkWidget          *support_box;
  GtkWidget          *timeline;
  GtkWidget          *add_unit_combo;
  GtkWidget          *add_unit_button;
  GArray             *add_unit_ids;          /* gint64, per row of add_unit_combo */
  GHashTable         *expanded_units;        /* unit ids whose rows are open */
  GHashTable         *expanded_records;      /* "consent:ID", "checkin:ID", "support:ID" rows open */

  /* Template widgets */
  AdwToastOverlay    *toast_overlay;
  AdwLeaflet         *leaflet;
  GtkWidget          *sidebar;
  GtkSearchEntry     *search_entry;
  GtkLabel           *count_label;
  GtkStack           *list_stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;
  GtkWidget          *back_bar;
  GtkStack           *content_stack;
  GtkBox             *person_box;
  GtkBox             *plan_box;
  AdwViewStack       *view_stack;
  AdwComboRow        *competence_unit_row;
  PolkuCompetenceView *competence_view;
  AdwExpanderRow     *decisions_row;
  GPtrArray          *decision_rows;         /* rows in decisions_row, unowned */
  GtkPopover         *filter_popover;
  AdwComboRow        *show_row;
  AdwComboRow        *status_row;
  AdwComboRow        *coach_row;
  AdwComboRow        *workshop_row;
  GtkPopover         *add_popover;
  AdwEntryRow        *add_first_row;
  AdwEntryRow        *add_last_row;
};

G_DEFINE_FINAL_TYPE (PolkuLearnersPage, polku_learners_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void rebuild_records (PolkuLearnersPage *self);
static void ensure_list (PolkuLearnersPage *self);
static void update_decisions (PolkuLearnersPage *self);
static void rebuild_plan_lists (PolkuLearnersPage *self);

/* Auxiliary */

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

static void
report_error (PolkuLearnersPage *self,
              const GError      *error)
{
  if (error != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
}

static PolkuStore *
get_store (PolkuLearnersPage *self)
{
  return self->context != NULL ? polku_context_get_store (self->context) : NULL;
}

/* Catalogue texts (unit names, requirements, code names) follow the
 * `show-swedish` setting, falling back to Finnish. */
static const char *
catalogue_language (PolkuLearnersPage *self)
{
  if (self->context == NULL)
    return "fi";
  return g_settings_get_boolean (polku_context_get_settings (self->context), "show-swedish") ? "sv" : "fi";
}

static GtkWidget *
new_entry_row (GtkWidget  *group,
               const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

/* Filters */

static void
update_count (PolkuLearnersPage *self)
{
  guint n, total;
  g_autofree char *text = NULL;

  if (self->list == NULL)
    {
      gtk_label_set_text (self->count_label, "");
      gtk_stack_set_visible_child_name (self->list_stack, "empty");
      return;
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  total = polku_learner_list_get_n_total (self->list);
  /* Translators: the count under the learner search; the second number is everyone */
  text = g_strdup_printf (ngettext ("%u of %u learner", "%u of %u learners", total), n, total);
  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");
  adw_status_page_set_title (self->empty_page,
                             total == 0 ? _("No Learners") : _("No Matching Learners"));
  adw_status_page_set_description (self->empty_page,
                                   total == 0 ? _("Add the first learner with the + button.")
                                              : _("Try another name or change the filters."));
}

static void
search_changed_cb (PolkuLearnersPage *self)
{
  if (self->list != NULL)
    polku_learner_list_set_query (self->list, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
fill_filter_rows (PolkuLearnersPage *self)
{
  g_autoptr(GtkStringList) coaches = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) workshops = gtk_string_list_new (NULL);
  g_auto(GStrv) names = NULL;
  g_autoptr(GPtrArray) records = NULL;
  const char *coach = NULL;
  gint64 workshop_id = 0;
  guint selected_coach = 0, selected_workshop = 0;

  if (self->list == NULL)
    return;

  coach = polku_learner_list_get_coach (self->list);
  workshop_id = polku_learner_list_get_workshop_id (self->list);
  self->updating = TRUE;

  g_ptr_array_set_size (self->filter_coaches, 0);
  gtk_string_list_append (coaches, _("Any coach"));
  g_ptr_array_add (self->filter_coaches, NULL);
  gtk_string_list_append (coaches, _("No coach"));
  g_ptr_array_add (self->filter_coaches, g_strdup (""));
  names = polku_learner_list_dup_coaches (self->list);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      gtk_string_list_append (coaches, names[i]);
      g_ptr_array_add (self->filter_coaches, g_strdup (names[i]));
    }
  for (guint i = 0; i < self->filter_coaches->len; i++)
    if (i > 0 && g_strcmp0 (coach, g_ptr_array_index (self->filter_coaches, i)) == 0)
      selected_coach = i;
  adw_combo_row_set_model (self->coach_row, G_LIST_MODEL (coaches));
  adw_combo_row_set_selected (self->coach_row, selected_coach);

  g_array_set_size (self->filter_workshop_ids, 0);
  gtk_string_list_append (workshops, _("Any workshop"));
  g_array_append_val (self->filter_workshop_ids, (gint64) { 0 });
  gtk_string_list_append (workshops, _("No workshop"));
  g_array_append_val (self->filter_workshop_ids, (gint64) { -1 });
  records = polku_store_list_workshops (get_store (self), FALSE, NULL);
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      PolkuWorkshopRecord *record = g_ptr_array_index (records, i);

      gtk_string_list_append (workshops, record->name);
      g_array_append_val (self->filter_workshop_ids, record->workshop_id);
      if (record->workshop_id == workshop_id)
        selected_workshop = self->filter_workshop_ids->len - 1;
    }
  if (workshop_id == -1)
    selected_workshop = 1;
  adw_combo_row_set_model (self->workshop_row, G_LIST_MODEL (workshops));
  adw_combo_row_set_selected (self->workshop_row, selected_workshop);

  self->updating = FALSE;
}

static void
filter_changed_cb (PolkuLearnersPage *self)
{
  guint selected;

  if (self->updating || self->list == NULL)
    return;

  polku_learner_list_set_show (self->list, adw_combo_row_get_selected (self->show_row));
  selected = adw_combo_row_get_selected (self->status_row);
  polku_learner_list_set_status (self->list, selected == 0 || selected == GTK_INVALID_LIST_POSITION
                                             ? -1 : (int) selected - 1);
  selected = adw_combo_row_get_selected (self->coach_row);
  polku_learner_list_set_coach (self->list, selected < self->filter_coaches->len
                                            ? g_ptr_array_index (self->filter_coaches, selected) : NULL);
  selected = adw_combo_row_get_selected (self->workshop_row);
  polku_learner_list_set_workshop_id (self->list, selected < self->filter_workshop_ids->len
                                                  ? g_array_index (self->filter_workshop_ids, gint64, selected) : 0);
}

/* Person */

static void
status_selected_cb (PolkuLearnersPage *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->status_combo));
  gboolean student = selected == POLKU_LEARNER_STATUS_OPISKELIJA;

  gtk_widget_set_visible (self->provider_combo, student);
  gtk_widget_set_visible (self->student_row, student);
  if (self->updating || self->learner == NULL)
    return;
  if (!polku_learner_set_status (self->learner, selected, &error))
    report_error (self, error);
}

static void
workshop_selected_cb (PolkuLearnersPage *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->workshop_combo));

  if (self->updating || self->learner == NULL || selected >= self->workshop_ids->len)
    return;
  if (!polku_learner_set_workshop_id (self->learner, g_array_index (self->workshop_ids, gint64, selected), &error))
    report_error (self, error);
}

static void
provider_selected_cb (PolkuLearnersPage *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->provider_combo));

  if (self->updating || self->learner == NULL || selected >= self->provider_ids->len)
    return;
  if (!polku_learner_set_provider_id (self->learner, g_array_index (self->provider_ids, gint64, selected), &error))
    report_error (self, error);
}

static void
career_selected_cb (PolkuLearnersPage *self)
{
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->career_combo));

  if (self->updating || self->learner == NULL || selected >= self->career_codes->len)
    return;
  if (!polku_learner_set_urasuunnitelma (self->learner, g_ptr_array_index (self->career_codes, selected), &error))
    report_error (self, error);
}

static void
support_switched_cb (PolkuLearnersPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->updating || self->learner == NULL)
    return;
  if (!polku_learner_set_special_support (self->learner,
                                          gtk_switch_get_active (GTK_SWITCH (self->support_switch)),
                                          &error))
    report_error (self, error);
}

static void
update_archive_row (PolkuLearnersPage *self)
{
  gboolean archived = self->learner != NULL && polku_learner_get_archived (self->learner);
  g_autofree char *on = NULL;
  g_autofree char *subtitle = NULL;

  if (self->archive_row == NULL)
    return;
  if (archived)
    {
      on = polku_learner_format_date (polku_learner_get_archived_on (self->learner));
      /* Translators: %s is a date */
      subtitle = g_strdup_printf (_("Archived on %s; kept out of the list of active learners."), on);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->archive_row),
                                 archived ? _("Archived") : _("Archive When Done"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->archive_row),
                               archived ? subtitle
                                        : _("Keeps everything but hides the learner from the active list."));
  gtk_button_set_label (GTK_BUTTON (self->archive_button), archived ? _("_Restore") : _("_Archive"));
}

static void
archive_clicked_cb (PolkuLearnersPage *self)
{
  g_autoptr(GError) error = NULL;
  gboolean archived;

  if (self->learner == NULL)
    return;
  archived = !polku_learner_get_archived (self->learner);
  if (!polku_learner_set_archived (self->learner, archived, &error))
    {
      report_error (self, error);
      return;
    }
  update_archive_row (self);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (archived ? _("Learner archived") : _("Learner restored")));
}

static void
erase_clicked_cb (PolkuLearnersPage *self)
{
  polku_learners_page_erase_learner (self);
}

/* Consents, check-ins and support measures: each row opens to edit it;
 * withdrawing and deleting offer Undo. */

typedef enum
{
  RECORD_CONSENT,
  RECORD_CHECKIN,
  RECORD_SUPPORT,
} RecordKind;

typedef struct
{
  PolkuStore *store;
  RecordKind  kind;
  gpointer    record;
  gboolean    update;   /* put the old values back instead of adding the record again */
} UndoRecord;

static void
undo_record_free (gpointer data)
{
  UndoRecord *undo = data;

  g_object_unref (undo->store);
  switch (undo->kind)
    {
    case RECORD_CONSENT:
      polku_consent_record_free (undo->record);
      break;
    case RECORD_CHECKIN:
      polku_checkin_record_free (undo->record);
      break;
    case RECORD_SUPPORT:
      polku_support_record_free (undo->record);
      break;
    default:
      g_assert_not_reached ();
    }
  g_free (undo);
}

static void
undo_record_cb (gpointer data)
{
  UndoRecord *undo = data;

  switch (undo->kind)
    {
    case RECORD_CONSENT:
      if (undo->update)
        polku_store_update_consent (undo->store, undo->record, NULL);
      else
        polku_store_add_consent (undo->store, undo->record, NULL);
      break;
    case RECORD_CHECKIN:
      polku_store_add_checkin (undo->store, undo->record, NULL);
      break;
    case RECORD_SUPPORT:
      polku_store_add_support (undo->store, undo->record, NULL);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
offer_undo (PolkuLearnersPage *self,
            const char        *message,
            RecordKind         kind,
            gpointer           record,
            gboolean           update)
{
  UndoRecord *undo = g_new0 (UndoRecord, 1);

  undo->store = g_object_ref (get_store (self));
  undo->kind = kind;
  undo->record = record;
  undo->update = update;
  polku_show_undo_toast (GTK_WIDGET (self->person_box), message, undo_record_cb, undo, undo_record_free);
}

static gint64
record_id_of (GtkWidget *widget)
{
  return (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), "record-id"));
}

static GtkWidget *
new_record_expander (PolkuLearnersPage *self,
                     const char        *title,
                     const char        *subtitle,
                     const char        *kind,
                     gint64             id)
{
  GtkWidget *expander = adw_expander_row_new ();
  char *key = g_strdup_printf ("%s:%" G_GINT64_FORMAT, kind, id);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title != NULL ? title : "");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  if (subtitle != NULL)
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  polku_learner_track_expanded (expander, self->expanded_records, key);
  return expander;
}

typedef void (*RecordSaveFunc) (GtkWidget         *row,
                                PolkuLearnersPage *self);

static void
record_entry_leave_cb (GtkEventController *focus,
                       PolkuLearnersPage  *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (focus);
  RecordSaveFunc save = (RecordSaveFunc) g_object_get_data (G_OBJECT (row), "save");

  save (row, self);
}

/* Saved with Enter or the apply button, and when the field is left: not while
 * typing, since saving rebuilds the rows. */
static GtkWidget *
new_record_entry (PolkuLearnersPage *self,
                  const char        *title,
                  const char        *text,
                  gint64             id,
                  GCallback          save)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "record-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect (row, "apply", save, self);
  g_object_set_data (G_OBJECT (row), "save", (gpointer) save);
  g_signal_connect (focus, "leave", G_CALLBACK (record_entry_leave_cb), self);
  gtk_widget_add_controller (row, focus);
  return row;
}

static GtkWidget *
new_record_button (const char *mnemonic,
                   gint64      id,
                   gboolean    destructive)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (destructive)
    gtk_widget_add_css_class (button, "destructive-action");
  g_object_set_data (G_OBJECT (button), "record-id", GSIZE_TO_POINTER ((gsize) id));
  return button;
}

static PolkuConsentRecord *
dup_consent (PolkuLearnersPage *self,
             gint64             id)
{
  return polku_store_get_consent (get_store (self), id, NULL);
}

static void
consent_scope_cb (GtkWidget         *row,
                  PolkuLearnersPage *self)
{
  g_autoptr(PolkuConsentRecord) consent = dup_consent (self, record_id_of (row));
  g_autoptr(GError) error = NULL;

  if (consent == NULL || g_strcmp0 (consent->scope, gtk_editable_get_text (GTK_EDITABLE (row))) == 0)
    return;
  g_free (consent->scope);
  consent->scope = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
  if (!polku_store_update_consent (get_store (self), consent, &error))
    report_error (self, error);
}

static void
consent_withdraw_cb (GtkWidget         *button,
                     PolkuLearnersPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = record_id_of (button);
  PolkuDateEntry *date = g_object_get_data (G_OBJECT (button), "date");
  g_autofree char *today = polku_learner_dup_today ();
  PolkuConsentRecord *before = dup_consent (self, id);
  const char *on;

  polku_date_entry_commit (date);
  on = polku_date_entry_get_date (date) != NULL ? polku_date_entry_get_date (date) : today;
  if (before == NULL || !polku_store_withdraw_consent (get_store (self), id, on, &error))
    {
      g_clear_pointer (&before, polku_consent_record_free);
      report_error (self, error);
      return;
    }
  offer_undo (self, _("Consent withdrawn"), RECORD_CONSENT, before, TRUE);
}

static void
consent_delete_cb (GtkWidget         *button,
                   PolkuLearnersPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = record_id_of (button);
  PolkuConsentRecord *before = dup_consent (self, id);

  if (before == NULL || !polku_store_delete_consent (get_store (self), id, &error))
    {
      g_clear_pointer (&before, polku_consent_record_free);
      report_error (self, error);
      return;
    }
  before->consent_id = 0;
  offer_undo (self, _("Consent record deleted"), RECORD_CONSENT, before, FALSE);
}

static PolkuCheckinRecord *
dup_checkin (PolkuLearnersPage *self,
             gint64             id)
{
  g_autoptr(GPtrArray) checkins = NULL;

  if (self->learner == NULL)
    return NULL;
  checkins = polku_store_list_checkins (get_store (self), polku_learner_get_id (self->learner), NULL);
  for (guint i = 0; checkins != NULL && i < checkins->len; i++)
    {
      PolkuCheckinRecord *record = g_ptr_array_index (checkins, i);

      if (record->checkin_id == id)
        return polku_checkin_record_copy (record);
    }
  return NULL;
}

static void
checkin_record_cb (GtkWidget         *row,
                   PolkuLearnersPage *self)
{
  g_autoptr(PolkuCheckinRecord) checkin = dup_checkin (self, record_id_of (row));
  g_autoptr(GError) error = NULL;

  if (checkin == NULL || g_strcmp0 (checkin->record != NULL ? checkin->record : "",
                                    gtk_editable_get_text (GTK_EDITABLE (row))) == 0)
    return;
  g_free (checkin->record);
  checkin->record = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
  if (!polku_store_update_checkin (get_store (self), checkin, &error))
    report_error (self, error);
}

static void
checkin_date_cb (GtkWidget         *entry,
                 GParamSpec        *pspec,
                 PolkuLearnersPage *self)
{
  g_autoptr(PolkuCheckinRecord) checkin = dup_checkin (self, record_id_of (entry));
  const char *date = polku_date_entry_get_date (POLKU_DATE_ENTRY (entry));
  g_autoptr(GError) error = NULL;

  if (checkin == NULL || date == NULL || !polku_date_entry_get_valid (POLKU_DATE_ENTRY (entry)) ||
      g_strcmp0 (date, checkin->held_on) == 0)
    return;
  g_free (checkin->held_on);
  checkin->held_on = g_strdup (date);
  if (!polku_store_update_checkin (get_store (self), checkin, &error))
    report_error (self, error);
}

static void
checkin_delete_cb (GtkWidget         *button,
                   PolkuLearnersPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = record_id_of (button);
  PolkuCheckinRecord *before = dup_checkin (self, id);

  if (before == NULL || !polku_store_delete_checkin (get_store (self), id, &error))
    {
      g_clear_pointer (&before, polku_checkin_record_free);
      report_error (self, error);
      return;
    }
  before->checkin_id = 0;
  offer_undo (self, _("Check-in deleted"), RECORD_CHECKIN, before, FALSE);
}

static PolkuSupportRecord *
dup_support (PolkuLearnersPage *self,
             gint64             id)
{
  g_autoptr(GPtrArray) measures = NULL;

  if (self->learner == NULL)
    return NULL;
  measures = polku_store_list_support (get_store (self), polku_learner_get_id (self->learner), NULL);
  for (guint i = 0; measures != NULL && i < measures->len; i++)
    {
      PolkuSupportRecord *record = g_ptr_array_index (measures, i);

      if (record->measure_id == id)
        return polku_support_record_copy (record);
    }
  return NULL;
}

static void
support_text_cb (GtkWidget         *row,
                 PolkuLearnersPage *self)
{
  g_autoptr(PolkuSupportRecord) measure = dup_support (self, record_id_of (row));
  g_autoptr(GError) error = NULL;

  if (measure == NULL || g_strcmp0 (measure->description, gtk_editable_get_text (GTK_EDITABLE (row))) == 0)
    return;
  g_free (measure->description);
  measure->description = g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
  if (!polku_store_update_support (get_store (self), measure, &error))
    report_error (self, error);
}

static void
consent_add_cb (GtkWidget         *button,
                PolkuLearnersPage *self)
{
  GtkWidget *provider = g_object_get_data (G_OBJECT (button), "provider");
  GtkWidget *scope = g_object_get_data (G_OBJECT (button), "scope");
  PolkuDateEntry *given = g_object_get_data (G_OBJECT (button), "given");
  PolkuConsentRecord record = { 0, };
  g_autofree char *today = polku_learner_dup_today ();
  g_autofree char *scope_text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (scope)));
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (provider));

  if (self->learner == NULL)
    return;
  record.learner_id = polku_learner_get_id (self->learner);
  if (selected < self->provider_ids->len)
    record.provider_id = g_array_index (self->provider_ids, gint64, selected);
  polku_date_entry_commit (given);
  record.given_on = polku_date_entry_get_date (given) != NULL ? (char *) polku_date_entry_get_date (given) : today;
  record.scope = scope_text;
  if (polku_store_add_consent (get_store (self), &record, &error) == 0)
    report_error (self, error);
  else
    gtk_editable_set_text (GTK_EDITABLE (scope), "");
}

typedef struct
{
  PolkuStore        *store;
  PolkuPeriodRecord *period;
} UndoPeriod;

static void
undo_period_free (gpointer data)
{
  UndoPeriod *undo = data;

  g_object_unref (undo->store);
  polku_period_record_free (undo->period);
  g_free (undo);
}

static void
undo_period_cb (gpointer data)
{
  UndoPeriod *undo = data;

  polku_store_add_period (undo->store, undo->period, NULL);
}

static void
period_delete_cb (GtkWidget         *button,
                  PolkuLearnersPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "period-id"));
  g_autoptr(PolkuPeriodRecord) period = polku_store_get_period (get_store (self), id, NULL);
  UndoPeriod *undo;

  if (!polku_store_delete_period (get_store (self), id, &error))
    {
      report_error (self, error);
      return;
    }
  if (period == NULL)
    return;
  undo = g_new0 (UndoPeriod, 1);
  undo->store = g_object_ref (get_store (self));
  undo->period = g_steal_pointer (&period);
  polku_show_undo_toast (GTK_WIDGET (self->person_box), _("Period removed"), undo_period_cb, undo, undo_period_free);
}

static void
period_add_cb (GtkWidget         *button,
               PolkuLearnersPage *self)
{
  GtkWidget *kind = g_object_get_data (G_OBJECT (button), "kind");
  PolkuDateEntry *starts = g_object_get_data (G_OBJECT (button), "starts");
  PolkuDateEntry *ends = g_object_get_data (G_OBJECT (button), "ends");
  PolkuPeriodRecord record = { 0, };
  g_autoptr(GError) error = NULL;

  if (self->learner == NULL)
    return;
  polku_date_entry_commit (starts);
  polku_date_entry_commit (ends);
  record.learner_id = polku_learner_get_id (self->learner);
  record.kind = adw_combo_row_get_selected (ADW_COMBO_ROW (kind));
  record.workshop_id = polku_learner_get_workshop_id (self->learner);
  record.starts_on = (char *) polku_date_entry_get_date (starts);
  record.ends_on = (char *) polku_date_entry_get_date (ends);
  if (polku_store_add_period (get_store (self), &record, &error) == 0)
    report_error (self, error);
}

static GtkStringList *
new_provider_strings (PolkuLearnersPage *self,
                      gint64             current,
                      guint             *out_selected)
{
  GtkStringList *strings = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) providers = polku_store_list_providers (get_store (self), FALSE, NULL);

  *out_selected = 0;
  g_array_set_size (self->provider_ids, 0);
  gtk_string_list_append (strings, _("None"));
  g_array_append_val (self->provider_ids, (gint64) { 0 });
  for (guint i = 0; providers != NULL && i < providers->len; i++)
    {
      PolkuProviderRecord *record = g_ptr_array_index (providers, i);

      gtk_string_list_append (strings, record->name);
      g_array_append_val (self->provider_ids, record->provider_id);
      if (record->provider_id == current)
        *out_selected = i + 1;
    }
  return strings;
}

static void
build_person (PolkuLearnersPage *self)
{
  PolkuLearner *learner = self->learner;
  PolkuStore *store = get_store (self);
  GtkWidget *group, *row, *title, *button, *expander;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) workshops = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) providers = NULL;
  g_autoptr(GtkStringList) careers = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) workshop_records = NULL;
  g_autoptr(GPtrArray) codes = NULL;
  guint selected = 0;
  GtkWidget *date_entry;
  g_autofree char *today = polku_learner_dup_today ();

  self->updating = TRUE;

  title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-1");
  g_object_bind_property (learner, "full-name", title, "label", G_BINDING_SYNC_CREATE);
  gtk_box_append (self->person_box, title);

  /* Names and contact details */
  group = polku_learner_new_group (self->person_box, _("Person"), NULL);
  row = new_entry_row (group, _("First names"));
  polku_field_saver_add (self->saver, row, "first-names", (PolkuFieldSetter) polku_learner_set_first_names);
  row = new_entry_row (group, _("Last name"));
  polku_field_saver_add (self->saver, row, "last-name", (PolkuFieldSetter) polku_learner_set_last_name);
  row = new_entry_row (group, _("Preferred name"));
  polku_field_saver_add (self->saver, row, "preferred-name", (PolkuFieldSetter) polku_learner_set_preferred_name);
  row = new_entry_row (group, _("Email (optional)"));
  polku_field_saver_add (self->saver, row, "email", (PolkuFieldSetter) polku_learner_set_email);
  row = new_entry_row (group, _("Phone (optional)"));
  polku_field_saver_add (self->saver, row, "phone", (PolkuFieldSetter) polku_learner_set_phone);

  /* Status, coach, workshop, provider */
  group = polku_learner_new_group (self->person_box, _("Status"), NULL);
  gtk_string_list_append (statuses, polku_learner_status_get_label (POLKU_LEARNER_STATUS_VALMENTAUTUJA));
  gtk_string_list_append (statuses, polku_learner_status_get_label (POLKU_LEARNER_STATUS_OPISKELIJA));
  self->status_combo = polku_learner_new_combo_row (_("Status"), statuses, polku_learner_get_status (learner));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->status_combo);

  row = new_entry_row (group, _("Coach"));
  polku_field_saver_add (self->saver, row, "coach", (PolkuFieldSetter) polku_learner_set_coach);

  g_array_set_size (self->workshop_ids, 0);
  gtk_string_list_append (workshops, _("None"));
  g_array_append_val (self->workshop_ids, (gint64) { 0 });
  workshop_records = polku_store_list_workshops (store, FALSE, NULL);
  for (guint i = 0; workshop_records != NULL && i < workshop_records->len; i++)
    {
      PolkuWorkshopRecord *record = g_ptr_array_index (workshop_records, i);

      gtk_string_list_append (workshops, record->name);
      g_array_append_val (self->workshop_ids, record->workshop_id);
      if (record->workshop_id == polku_learner_get_workshop_id (learner))
        selected = i + 1;
    }
  self->workshop_combo = polku_learner_new_combo_row (_("Workshop"), workshops, selected);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->workshop_combo);

  providers = new_provider_strings (self, polku_learner_get_provider_id (learner), &selected);
  self->provider_combo = polku_learner_new_combo_row (_("Education provider"), providers, selected);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->provider_combo);
  self->student_row = new_entry_row (group, _("Student number"));
  polku_field_saver_add (self->saver, self->student_row, "student-number",
                         (PolkuFieldSetter) polku_learner_set_student_number);

  g_ptr_array_set_size (self->career_codes, 0);
  gtk_string_list_append (careers, _("Not set"));
  g_ptr_array_add (self->career_codes, NULL);
  selected = 0;
  codes = polku_store_list_codes (store, POLKU_KOODISTO_URASUUNNITELMA, NULL);
  for (guint i = 0; codes != NULL && i < codes->len; i++)
    {
      PolkuCodeRecord *code = g_ptr_array_index (codes, i);

      gtk_string_list_append (careers, polku_code_record_get_name (code, catalogue_language (self)));
      g_ptr_array_add (self->career_codes, g_strdup (code->koodi_uri));
      if (g_strcmp0 (code->koodi_uri, polku_learner_get_urasuunnitelma (learner)) == 0)
        selected = i + 1;
    }
  self->career_combo = polku_learner_new_combo_row (_("Career goal"), careers, selected);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->career_combo);

  g_signal_connect_swapped (self->status_combo, "notify::selected", G_CALLBACK (status_selected_cb), self);
  g_signal_connect_swapped (self->workshop_combo, "notify::selected", G_CALLBACK (workshop_selected_cb), self);
  g_signal_connect_swapped (self->provider_combo, "notify::selected", G_CALLBACK (provider_selected_cb), self);
  g_signal_connect_swapped (self->career_combo, "notify::selected", G_CALLBACK (career_selected_cb), self);
  status_selected_cb (self);

  /* Workshop periods */
  group = polku_learner_new_group (self->person_box, _("Workshop Periods"), NULL);
  self->periods_box = polku_learner_new_list (group);
  expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Add Period"));
  polku_learner_keep_row (self->periods_box, expander);
  for (int kind = POLKU_PERIOD_KIND_TRAINEE; kind <= POLKU_PERIOD_KIND_OPPISOPIMUS; kind++)
    gtk_string_list_append (kinds, polku_period_kind_get_label (kind));
  row = polku_learner_new_combo_row (_("Kind"), kinds, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  button = gtk_button_new_with_mnemonic (_("Add _Period"));
  g_object_set_data (G_OBJECT (button), "kind", row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), polku_learner_new_date_row (_("Starts"), NULL, &date_entry));
  g_object_set_data (G_OBJECT (button), "starts", date_entry);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), polku_learner_new_date_row (_("Ends"), NULL, &date_entry));
  g_object_set_data (G_OBJECT (button), "ends", date_entry);
  row = adw_action_row_new ();
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  g_signal_connect (button, "clicked", G_CALLBACK (period_add_cb), self);

  /* Consent */
  group = polku_learner_new_group (self->person_box, _("Consent to Share"),
                     _("What the learner has agreed to share with a named education provider."));
  self->consents_box = polku_learner_new_list (group);
  expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Record Consent"));
  polku_learner_keep_row (self->consents_box, expander);
  g_clear_object (&providers);
  providers = new_provider_strings (self, 0, &selected);
  row = polku_learner_new_combo_row (_("Provider"), providers, 0);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  button = gtk_button_new_with_mnemonic (_("Record _Consent"));
  g_object_set_data (G_OBJECT (button), "provider", row);
  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Scope: what may be shared"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  g_object_set_data (G_OBJECT (button), "scope", row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), polku_learner_new_date_row (_("Given on"), NULL, &date_entry));
  polku_date_entry_set_date (POLKU_DATE_ENTRY (date_entry), today);
  g_object_set_data (G_OBJECT (button), "given", date_entry);
  row = adw_action_row_new ();
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  g_signal_connect (button, "clicked", G_CALLBACK (consent_add_cb), self);

  /* Special support */
  group = polku_learner_new_group (self->person_box, _("Special Support"),
                     _("Write the support measures that help, not diagnoses."));
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Needs special support"));
  self->support_switch = gtk_switch_new ();
  gtk_widget_set_valign (self->support_switch, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (self->support_switch), polku_learner_get_special_support (learner));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->support_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->support_switch);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_signal_connect_swapped (self->support_switch, "notify::active", G_CALLBACK (support_switched_cb), self);
  row = new_entry_row (group, _("Support measures"));
  polku_field_saver_add (self->saver, row, "support-measures", (PolkuFieldSetter) polku_learner_set_support_measures);

  group = polku_learner_new_group (self->person_box, _("Notes"), NULL);
  row = new_entry_row (group, _("Notes"));
  polku_field_saver_add (self->saver, row, "notes", (PolkuFieldSetter) polku_learner_set_notes);

  /* Archive and erase */
  group = polku_learner_new_group (self->person_box, _("When Done"), NULL);
  self->archive_row = adw_action_row_new ();
  self->archive_button = gtk_button_new_with_mnemonic (_("_Archive"));
  gtk_widget_set_valign (self->archive_button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->archive_row), self->archive_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->archive_row);
  g_signal_connect_swapped (self->archive_button, "clicked", G_CALLBACK (archive_clicked_cb), self);
  update_archive_row (self);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Erase Permanently"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               _("Removes the person and everything about them, also from backups. There is no undo."));
  button = gtk_button_new_with_mnemonic (_("_Erase…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_widget_set_name (button, "erase-button");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (erase_clicked_cb), self);

  polku_field_saver_set_object (self->saver, learner);
  self->updating = FALSE;
}

/* Records beside the learner (periods, consents, check-ins), re-read after
 * every change: they are short lists. */
static void
rebuild_records (PolkuLearnersPage *self)
{
  PolkuStore *store = get_store (self);
  g_autoptr(GPtrArray) periods = NULL;
  g_autoptr(GPtrArray) consents = NULL;
  gint64 learner_id;

  if (self->learner == NULL || self->periods_box == NULL)
    return;

  learner_id = polku_learner_get_id (self->learner);
  polku_learner_clear_rows (self->periods_box);
  periods = polku_store_list_periods (store, learner_id, NULL);
  for (guint i = 0; periods != NULL && i < periods->len; i++)
    {
      PolkuPeriodRecord *record = g_ptr_array_index (periods, i);
      g_autofree char *starts = polku_learner_format_date (record->starts_on);
      g_autofree char *ends = polku_learner_format_date (record->ends_on);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = polku_learner_new_icon_button ("user-trash-symbolic", _("Remove period"));

      /* Translators: a period's dates and workshop, e.g. "1.9.2026 – 31.12.2026 · Puupaja" */
      subtitle = g_strdup_printf (_("%s – %s · %s"), starts, ends,
                                  record->workshop_name != NULL ? record->workshop_name : "");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), polku_period_kind_get_label (record->kind));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      g_object_set_data (G_OBJECT (button), "period-id", GSIZE_TO_POINTER (record->period_id));
      g_signal_connect (button, "clicked", G_CALLBACK (period_delete_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      polku_learner_insert_row (self->periods_box, row);
    }

  polku_learner_clear_rows (self->consents_box);
  consents = polku_store_list_consents (store, learner_id, NULL);
  for (guint i = 0; consents != NULL && i < consents->len; i++)
    {
      PolkuConsentRecord *record = g_ptr_array_index (consents, i);
      g_autofree char *given = polku_learner_format_date (record->given_on);
      g_autofree char *withdrawn = polku_learner_format_date (record->withdrawn_on);
      g_autofree char *subtitle = NULL;
      GtkWidget *row, *child, *button, *date_entry;
      gboolean active = polku_consent_record_is_active (record, NULL);

      if (active)
        /* Translators: a consent: the date it was given and what may be shared */
        subtitle = g_strdup_printf (_("Given %s · %s"), given, record->scope);
      else
        /* Translators: a withdrawn consent: the dates and what was shared */
        subtitle = g_strdup_printf (_("Given %s, withdrawn %s · %s"), given, withdrawn, record->scope);
      row = new_record_expander (self, record->provider_name != NULL ? record->provider_name
                                       : record->recipient != NULL ? record->recipient : "",
                                 subtitle, "consent", record->consent_id);
      child = new_record_entry (self, _("Scope: what may be shared"), record->scope, record->consent_id,
                                G_CALLBACK (consent_scope_cb));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
      if (active)
        {
          g_autofree char *today = polku_learner_dup_today ();

          child = polku_learner_new_date_row (_("Withdrawn on"), NULL, &date_entry);
          polku_date_entry_set_date (POLKU_DATE_ENTRY (date_entry), today);
          button = new_record_button (_("_Withdraw"), record->consent_id, FALSE);
          g_object_set_data (G_OBJECT (button), "date", date_entry);
          g_signal_connect (button, "clicked", G_CALLBACK (consent_withdraw_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (child), button);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
        }
      button = new_record_button (_("_Delete Record"), record->consent_id, TRUE);
      g_signal_connect (button, "clicked", G_CALLBACK (consent_delete_cb), self);
      child = polku_learner_new_button_row ("", _("Only for a record made by mistake: a withdrawal keeps the history."), button);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
      polku_learner_insert_row (self->consents_box, row);
    }

  rebuild_plan_lists (self);
  update_decisions (self);
}

/* Plan */

/* The combo always shows some qualification; until the plan has one, say so
 * and offer to take the one shown. */
static void
update_target_row (PolkuLearnersPage *self)
{
  gboolean chosen = self->plan != NULL && polku_plan_get_peruste_id (self->plan) > 0;

  if (self->target_combo == NULL)
    return;
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->target_combo),
                               chosen ? NULL : _("Not chosen yet: pick one, or confirm the one shown"));
  gtk_widget_set_visible (self->target_button, !chosen);
}

static void
target_selected_cb (PolkuLearnersPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 peruste_id;

  if (self->updating || self->plan == NULL)
    return;
  peruste_id = polku_peruste_combo_row_get_peruste_id (POLKU_PERUSTE_COMBO_ROW (self->target_combo));
  if (peruste_id == polku_plan_get_peruste_id (self->plan))
    return;
  if (!polku_plan_set_target (self->plan, peruste_id, NULL, &error))
    report_error (self, error);
  update_target_row (self);
}

static void
target_confirm_cb (PolkuLearnersPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 peruste_id;

  if (self->plan == NULL)
    return;
  peruste_id = polku_peruste_combo_row_get_peruste_id (POLKU_PERUSTE_COMBO_ROW (self->target_combo));
  if (peruste_id > 0 && !polku_plan_set_target (self->plan, peruste_id, NULL, &error))
    report_error (self, error);
  update_target_row (self);
}

static void
checkin_add_cb (GtkWidget         *button,
                PolkuLearnersPage *self)
{
  PolkuDateEntry *held = g_object_get_data (G_OBJECT (button), "held");
  GtkWidget *text = g_object_get_data (G_OBJECT (button), "record");
  PolkuCheckinRecord record = { 0, };
  g_autofree char *record_text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (text)));
  g_autofree char *today = polku_learner_dup_today ();
  g_autoptr(GError) error = NULL;

  if (self->learner == NULL)
    return;
  polku_date_entry_commit (held);
  record.learner_id = polku_learner_get_id (self->learner);
  record.held_on = (char *) polku_date_entry_get_date (held);
  if (record.held_on == NULL)
    record.held_on = today;
  record.record = record_text;
  if (polku_store_add_checkin (get_store (self), &record, &error) == 0)
    report_error (self, error);
  else
    gtk_editable_set_text (GTK_EDITABLE (text), "");
}

/* Competence */

static gint64
selected_competence_unit (PolkuLearnersPage *self)
{
  guint selected = adw_combo_row_get_selected (self->competence_unit_row);

  return selected < self->unit_ids->len ? g_array_index (self->unit_ids, gint64, selected) : 0;
}

/* The teacher's decisions on the unit shown, newest first: who decided what
 * and when, and why a decision was reopened. */
static void
update_decisions (PolkuLearnersPage *self)
{
  g_autoptr(GPtrArray) history = NULL;
  g_autoptr(GError) error = NULL;
  gint64 unit_id = selected_competence_unit (self);
  gboolean expanded = adw_expander_row_get_expanded (self->decisions_row);
  gboolean swedish = self->plan != NULL && g_strcmp0 (polku_plan_get_language (self->plan), "sv") == 0;
  guint n = 0;

  for (guint i = 0; i < self->decision_rows->len; i++)
    adw_expander_row_remove (self->decisions_row, g_ptr_array_index (self->decision_rows, i));
  g_ptr_array_set_size (self->decision_rows, 0);

  if (self->learner != NULL && unit_id != 0)
    {
      history = polku_store_list_decision_history (get_store (self), polku_learner_get_id (self->learner), 0, &error);
      if (history == NULL)
        g_warning ("Could not read the decision history: %s", error->message);
    }
  for (guint i = history != NULL ? history->len : 0; i > 0; i--)
    {
      PolkuDecisionHistoryRecord *record = g_ptr_array_index (history, i - 1);
      const char *text = swedish && record->text_sv != NULL ? record->text_sv : record->text_fi;
      const char *note = record->event == POLKU_REVIEW_EVENT_REOPENED ? record->reason : record->comment;
      g_autofree char *date = NULL;
      g_autoptr(GString) subtitle = NULL;
      GtkWidget *row;

      if (record->unit_id != unit_id)
        continue;
      date = polku_learner_format_date (record->decided_on != NULL ? record->decided_on : record->recorded_at);
      subtitle = g_string_new (polku_review_event_get_label (record->event));
      if (date[0] != '\0')
        g_string_append_printf (subtitle, " · %s", date);
      if (record->teacher_name != NULL && record->teacher_name[0] != '\0')
        g_string_append_printf (subtitle, " · %s", record->teacher_name);
      if (record->teacher_organisation != NULL && record->teacher_organisation[0] != '\0')
        g_string_append_printf (subtitle, ", %s", record->teacher_organisation);
      if (note != NULL && note[0] != '\0')
        g_string_append_printf (subtitle, "\n%s", note);

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text != NULL ? text : "");
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      adw_expander_row_add_row (self->decisions_row, row);
      g_ptr_array_add (self->decision_rows, row);
      n++;
    }

  if (n == 0)
    adw_expander_row_set_subtitle (self->decisions_row, _("None yet for this unit"));
  else
    {
      g_autofree char *subtitle = NULL;

      /* Translators: the number of teacher decisions (and reopenings) on a unit */
      subtitle = g_strdup_printf (ngettext ("%u event", "%u events", n), n);
      adw_expander_row_set_subtitle (self->decisions_row, subtitle);
    }
  /* Enabling expands the row: keep it as the user left it, folded at first. */
  if (adw_expander_row_get_enable_expansion (self->decisions_row) != (n > 0))
    adw_expander_row_set_enable_expansion (self->decisions_row, n > 0);
  adw_expander_row_set_expanded (self->decisions_row, n > 0 && expanded);
}

static void
competence_unit_selected_cb (PolkuLearnersPage *self)
{
  gint64 unit_id;

  if (self->updating)
    return;
  unit_id = selected_competence_unit (self);
  update_decisions (self);
  if (self->learner == NULL || unit_id == 0)
    {
      polku_competence_view_set_unit (self->competence_view, NULL, 0, 0, NULL);
      return;
    }
  if (polku_competence_view_get_list (self->competence_view) != NULL &&
      polku_competence_list_get_unit_id (polku_competence_view_get_list (self->competence_view)) == unit_id &&
      polku_competence_list_get_learner_id (polku_competence_view_get_list (self->competence_view)) ==
      polku_learner_get_id (self->learner))
    return;
  polku_competence_view_set_unit (self->competence_view, get_store (self), polku_learner_get_id (self->learner),
                                  unit_id, self->plan != NULL ? polku_plan_get_language (self->plan) : "fi");
}

static void
fill_competence_units (PolkuLearnersPage *self)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  gint64 current = 0;
  guint selected = 0, n;
  guint old = adw_combo_row_get_selected (self->competence_unit_row);

  if (old < self->unit_ids->len)
    current = g_array_index (self->unit_ids, gint64, old);
  g_array_set_size (self->unit_ids, 0);
  n = self->plan != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->plan)) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuPlanUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->plan), i);
      gint64 unit_id = polku_plan_unit_get_unit_id (unit);
      g_autofree char *title = g_strdup_printf ("%s %s", polku_plan_unit_get_code (unit) != NULL
                                                         ? polku_plan_unit_get_code (unit) : "",
                                                polku_plan_unit_get_name (unit));

      gtk_string_list_append (strings, g_strstrip (title));
      g_array_append_val (self->unit_ids, unit_id);
      if (unit_id == current)
        selected = i;
    }
  if (n == 0)
    gtk_string_list_append (strings, _("No units in the plan"));
  self->updating = TRUE;
  adw_combo_row_set_model (self->competence_unit_row, G_LIST_MODEL (strings));
  adw_combo_row_set_selected (self->competence_unit_row, selected);
  self->updating = FALSE;
  competence_unit_selected_cb (self);
}

static PolkuPlanUnit *
plan_unit_of (PolkuLearnersPage *self,
              GtkWidget         *widget)
{
  gint64 unit_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), "unit-id"));

  return self->plan != NULL ? polku_plan_find_unit (self->plan, unit_id) : NULL;
}

static void
unit_expanded_cb (AdwExpanderRow    *row,
                  GParamSpec        *pspec,
                  PolkuLearnersPage *self)
{
  gpointer unit_id = g_object_get_data (G_OBJECT (row), "unit-id");

  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (self->expanded_units, unit_id);
  else
    g_hash_table_remove (self->expanded_units, unit_id);
}

static void
unit_period_cb (GtkWidget         *entry,
                GParamSpec        *pspec,
                PolkuLearnersPage *self)
{
  PolkuPlanUnit *unit = plan_unit_of (self, entry);
  PolkuDateEntry *starts = g_object_get_data (G_OBJECT (entry), "starts");
  PolkuDateEntry *ends = g_object_get_data (G_OBJECT (entry), "ends");
  g_autoptr(GError) error = NULL;

  if (unit == NULL || self->updating ||
      !polku_date_entry_get_valid (starts) || !polku_date_entry_get_valid (ends))
    return;
  if (g_strcmp0 (polku_date_entry_get_date (starts), polku_plan_unit_get_starts_on (unit)) == 0 &&
      g_strcmp0 (polku_date_entry_get_date (ends), polku_plan_unit_get_ends_on (unit)) == 0)
    return;
  if (!polku_plan_unit_set_period (unit, polku_date_entry_get_date (starts), polku_date_entry_get_date (ends), &error))
    report_error (self, error);
}

static void
unit_task_add_cb (GtkWidget         *button,
                  PolkuLearnersPage *self)
{
  PolkuPlanUnit *unit = plan_unit_of (self, button);
  gint64 task_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "task-id"));
  g_autoptr(GError) error = NULL;

  if (unit != NULL && !polku_plan_unit_add_task (unit, task_id, &error))
    report_error (self, error);
}

static void
unit_other_task_cb (GtkWidget         *button,
                    PolkuLearnersPage *self)
{
  PolkuPlanUnit *unit = plan_unit_of (self, button);
  GtkWidget *combo = g_object_get_data (G_OBJECT (button), "combo");
  GArray *task_ids = g_object_get_data (G_OBJECT (button), "task-ids");
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (combo));
  g_autoptr(GError) error = NULL;

  if (unit != NULL && selected < task_ids->len &&
      !polku_plan_unit_add_task (unit, g_array_index (task_ids, gint64, selected), &error))
    report_error (self, error);
}

static void
unit_task_remove_cb (GtkWidget         *button,
                     PolkuLearnersPage *self)
{
  PolkuPlanUnit *unit = plan_unit_of (self, button);
  gint64 task_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "task-id"));
  g_autoptr(GError) error = NULL;

  if (unit != NULL && !polku_plan_unit_remove_task (unit, task_id, &error))
    report_error (self, error);
}

static void
unit_identify_cb (GtkWidget         *button,
                  PolkuLearnersPage *self)
{
  gint64 unit_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "unit-id"));

  for (guint i = 0; i < self->unit_ids->len; i++)
    if (g_array_index (self->unit_ids, gint64, i) == unit_id)
      adw_combo_row_set_selected (self->competence_unit_row, i);
  adw_view_stack_set_visible_child_name (self->view_stack, "competence");
}

typedef struct
{
  PolkuPlan *plan;
  gint64     unit_id;
} UndoUnit;

static void
undo_unit_free (gpointer data)
{
  UndoUnit *undo = data;

  g_object_unref (undo->plan);
  g_free (undo);
}

static void
undo_unit_cb (gpointer data)
{
  UndoUnit *undo = data;
  g_autoptr(PolkuPlanUnit) unit = polku_plan_add_unit (undo->plan, undo->unit_id, NULL);
}

static void
unit_remove_cb (GtkWidget         *button,
                PolkuLearnersPage *self)
{
  PolkuPlanUnit *unit = plan_unit_of (self, button);
  g_autoptr(GError) error = NULL;

  g_autofree char *message = NULL;
  UndoUnit *undo;

  if (unit == NULL)
    return;
  /* Translators: %s is a unit's name */
  message = g_strdup_printf (_("%s removed from the plan"), polku_plan_unit_get_name (unit));
  undo = g_new0 (UndoUnit, 1);
  undo->plan = g_object_ref (self->plan);
  undo->unit_id = polku_plan_unit_get_unit_id (unit);
  /* Competence records stay with the learner: adding the unit back shows them. */
  if (!polku_plan_remove_unit (self->plan, unit, &error))
    {
      undo_unit_free (undo);
      report_error (self, error);
      return;
    }
  polku_show_undo_toast (GTK_WIDGET (self->plan_box), message, undo_unit_cb, undo, undo_unit_free);
}

static GtkWidget *
create_unit_row (PolkuLearnersPage *self,
                 PolkuPlanUnit     *unit)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 1);
  GtkWidget *row, *button, *starts, *ends;
  gpointer unit_id = GSIZE_TO_POINTER (polku_plan_unit_get_unit_id (unit));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autoptr(PolkuTaskSuggestionRecord) suggestion = NULL;
  GPtrArray *tasks = polku_plan_unit_get_tasks (unit);

  title = g_strdup_printf ("%s %s", polku_plan_unit_get_code (unit) != NULL ? polku_plan_unit_get_code (unit) : "",
                           polku_plan_unit_get_name (unit));
  /* Translators: progress of a unit: requirements identified of all, and its credits */
  subtitle = g_strdup_printf (_("%u of %u requirements identified · %g credits"),
                              polku_plan_unit_get_n_identified (unit),
                              polku_plan_unit_get_n_total (unit),
                              polku_plan_unit_get_credits (unit));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), g_strstrip (title));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), polku_plan_unit_get_fraction (unit));
  gtk_widget_set_size_request (bar, 80, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, subtitle, -1);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), bar);
  g_object_set_data (G_OBJECT (expander), "unit-id", unit_id);

  /* Planned period */
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Planned period"));
  starts = polku_date_entry_new ();
  ends = polku_date_entry_new ();
  polku_date_entry_set_label (POLKU_DATE_ENTRY (starts), _("Planned start"));
  polku_date_entry_set_label (POLKU_DATE_ENTRY (ends), _("Planned end"));
  polku_date_entry_set_date (POLKU_DATE_ENTRY (starts), polku_plan_unit_get_starts_on (unit));
  polku_date_entry_set_date (POLKU_DATE_ENTRY (ends), polku_plan_unit_get_ends_on (unit));
  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *entry = i == 0 ? starts : ends;

      gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (entry), "unit-id", unit_id);
      g_object_set_data (G_OBJECT (entry), "starts", starts);
      g_object_set_data (G_OBJECT (entry), "ends", ends);
      g_signal_connect (entry, "notify::date", G_CALLBACK (unit_period_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
    }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);

  /* Planned tasks */
  for (guint i = 0; tasks != NULL && i < tasks->len; i++)
    {
      PolkuPlannedTaskRecord *task = g_ptr_array_index (tasks, i);

      button = polku_learner_new_icon_button ("list-remove-symbolic", _("Remove task from the plan"));
      g_object_set_data (G_OBJECT (button), "unit-id", unit_id);
      g_object_set_data (G_OBJECT (button), "task-id", GSIZE_TO_POINTER (task->task_id));
      g_signal_connect (button, "clicked", G_CALLBACK (unit_task_remove_cb), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                polku_learner_new_button_row (task->title, _("Planned task"), button));
    }

  /* Polku's suggestions, and what no task covers */
  suggestion = polku_plan_unit_suggest_tasks (unit, polku_learner_get_workshop_id (self->learner), NULL);
  for (guint i = 0; suggestion != NULL && i < suggestion->tasks->len; i++)
    {
      PolkuSuggestedTaskRecord *task = g_ptr_array_index (suggestion->tasks, i);
      g_autofree char *covers = NULL;

      if (task->planned)
        continue;
      /* Translators: a suggested task: how many of the unit's requirements it covers */
      covers = g_strdup_printf (_("Suggested: covers %u of %u requirements"), task->n_covered,
                                suggestion->n_requirements);
      button = gtk_button_new_with_mnemonic (_("_Plan"));
      g_object_set_data (G_OBJECT (button), "unit-id", unit_id);
      g_object_set_data (G_OBJECT (button), "task-id", GSIZE_TO_POINTER (task->task_id));
      g_signal_connect (button, "clicked", G_CALLBACK (unit_task_add_cb), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), polku_learner_new_button_row (task->title, covers, button));
    }
  /* Any other task of the workshop, for what the mapping does not know */
  {
    g_autoptr(GPtrArray) workshop_tasks = NULL;
    g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
    GArray *other_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    g_autoptr(GHashTable) shown = g_hash_table_new (g_int64_hash, g_int64_equal);
    g_autoptr(GArray) covered = g_array_new (FALSE, FALSE, sizeof (gint64));

    for (guint i = 0; tasks != NULL && i < tasks->len; i++)
      g_hash_table_add (shown, &((PolkuPlannedTaskRecord *) g_ptr_array_index (tasks, i))->task_id);
    for (guint i = 0; suggestion != NULL && i < suggestion->tasks->len; i++)
      {
        PolkuSuggestedTaskRecord *task = g_ptr_array_index (suggestion->tasks, i);

        g_hash_table_add (shown, &task->task_id);
        /* What the planned tasks cover, counted once each */
        for (guint j = 0; task->planned && j < task->requirement_ids->len; j++)
          {
            gint64 id = g_array_index (task->requirement_ids, gint64, j);
            gboolean seen = FALSE;

            for (guint k = 0; !seen && k < covered->len; k++)
              seen = g_array_index (covered, gint64, k) == id;
            if (!seen)
              g_array_append_val (covered, id);
          }
      }
    if (suggestion != NULL && tasks != NULL && tasks->len > 0 && suggestion->n_requirements > 0)
      {
        g_autofree char *text = NULL;

        /* Translators: how many of a unit's requirements the learner's planned tasks cover */
        text = g_strdup_printf (_("The planned tasks cover %u of %u requirements"), covered->len,
                                suggestion->n_requirements);
        row = polku_learner_new_button_row (text, covered->len < suggestion->n_requirements
                                    ? _("Plan more tasks, or practise the rest some other way.") : NULL, NULL);
        adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
      }

    workshop_tasks = polku_store_list_tasks (get_store (self), polku_learner_get_workshop_id (self->learner), FALSE, NULL);
    for (guint i = 0; workshop_tasks != NULL && i < workshop_tasks->len; i++)
      {
        PolkuTaskRecord *task = g_ptr_array_index (workshop_tasks, i);

        if (g_hash_table_contains (shown, &task->task_id))
          continue;
        gtk_string_list_append (titles, task->title);
        g_array_append_val (other_ids, task->task_id);
      }
    if (other_ids->len > 0)
      {
        GtkWidget *combo = polku_learner_new_combo_row (_("Other workshop task"), titles, 0);

        button = gtk_button_new_with_mnemonic (_("P_lan Task"));
        gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
        g_object_set_data (G_OBJECT (button), "unit-id", unit_id);
        g_object_set_data (G_OBJECT (button), "combo", combo);
        g_object_set_data_full (G_OBJECT (button), "task-ids", g_array_ref (other_ids), (GDestroyNotify) g_array_unref);
        g_signal_connect (button, "clicked", G_CALLBACK (unit_other_task_cb), self);
        adw_action_row_add_suffix (ADW_ACTION_ROW (combo), button);
        adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), combo);
      }
    g_array_unref (other_ids);
  }

  if (suggestion != NULL && suggestion->uncovered->len > 0)
    {
      g_autoptr(GString) texts = g_string_new (NULL);
      g_autofree char *heading = NULL;

      for (guint i = 0; i < suggestion->uncovered->len; i++)
        {
          PolkuCoverageRowRecord *uncovered = g_ptr_array_index (suggestion->uncovered, i);

          g_string_append_printf (texts, "%s• %s", i > 0 ? "\n" : "",
                                  polku_catalogue_pick_text (uncovered->text_fi, uncovered->text_sv,
                                                             catalogue_language (self)));
        }
      /* Translators: requirements of a unit that no workshop task covers */
      heading = g_strdup_printf (ngettext ("%u requirement not covered by any task",
                                           "%u requirements not covered by any task",
                                           suggestion->uncovered->len),
                                 suggestion->uncovered->len);
      row = polku_learner_new_button_row (heading, texts->str, NULL);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-information-symbolic"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }

  button = gtk_button_new_with_mnemonic (_("_Identify Competence"));
  g_object_set_data (G_OBJECT (button), "unit-id", unit_id);
  g_signal_connect (button, "clicked", G_CALLBACK (unit_identify_cb), self);
  row = polku_learner_new_button_row (_("Requirements"), NULL, button);
  button = gtk_button_new_with_mnemonic (_("_Remove from Plan"));
  g_object_set_data (G_OBJECT (button), "unit-id", unit_id);
  g_signal_connect (button, "clicked", G_CALLBACK (unit_remove_cb), self);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander),
                                 g_hash_table_contains (self->expanded_units, unit_id));
  g_signal_connect (expander, "notify::expanded", G_CALLBACK (unit_expanded_cb), self);
  return expander;
}

static void
fill_add_unit_row (PolkuLearnersPage *self)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) structure = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  gint64 peruste_id = polku_plan_get_peruste_id (self->plan);

  g_array_set_size (self->add_unit_ids, 0);
  if (peruste_id > 0)
    structure = polku_store_list_structure (get_store (self), peruste_id, polku_plan_get_suoritustapa (self->plan), NULL);
  for (guint i = 0; structure != NULL && i < structure->len; i++)
    {
      PolkuStructureNodeRecord *node = g_ptr_array_index (structure, i);
      g_autofree char *title = NULL;

      if (!node->is_unit || node->retired || node->unit_id == 0 ||
          g_hash_table_contains (seen, GSIZE_TO_POINTER (node->unit_id)) ||
          polku_plan_find_unit (self->plan, node->unit_id) != NULL)
        continue;
      g_hash_table_add (seen, GSIZE_TO_POINTER (node->unit_id));
      title = g_strdup_printf ("%s %s", node->koodi_arvo != NULL ? node->koodi_arvo : "",
                               polku_catalogue_pick_text (node->nimi_fi, node->nimi_sv, catalogue_language (self)));
      gtk_string_list_append (strings, g_strstrip (title));
      g_array_append_val (self->add_unit_ids, node->unit_id);
    }
  if (self->add_unit_ids->len == 0)
    gtk_string_list_append (strings, peruste_id > 0 ? _("Every unit is in the plan")
                                                    : _("Choose the target qualification first"));
  adw_combo_row_set_model (ADW_COMBO_ROW (self->add_unit_combo), G_LIST_MODEL (strings));
  gtk_widget_set_sensitive (self->add_unit_button, self->add_unit_ids->len > 0);
}

static void
add_unit_cb (PolkuLearnersPage *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->add_unit_combo));
  g_autoptr(PolkuPlanUnit) unit = NULL;
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL || selected >= self->add_unit_ids->len)
    return;
  unit = polku_plan_add_unit (self->plan, g_array_index (self->add_unit_ids, gint64, selected), &error);
  if (unit == NULL)
    report_error (self, error);
}

static void
support_delete_cb (GtkWidget         *button,
                   PolkuLearnersPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = record_id_of (button);
  PolkuSupportRecord *before = dup_support (self, id);

  if (before == NULL || !polku_store_delete_support (get_store (self), id, &error))
    {
      g_clear_pointer (&before, polku_support_record_free);
      report_error (self, error);
      return;
    }
  before->measure_id = 0;
  offer_undo (self, _("Measure removed"), RECORD_SUPPORT, before, FALSE);
}

static void
support_add_cb (GtkWidget         *button,
                PolkuLearnersPage *self)
{
  GtkWidget *kind = g_object_get_data (G_OBJECT (button), "kind");
  GtkWidget *text = g_object_get_data (G_OBJECT (button), "description");
  PolkuSupportRecord record = { 0, };
  g_autofree char *description = g_strdup (gtk_editable_get_text (GTK_EDITABLE (text)));
  g_autoptr(GError) error = NULL;

  if (self->learner == NULL)
    return;
  record.learner_id = polku_learner_get_id (self->learner);
  record.kind = adw_combo_row_get_selected (ADW_COMBO_ROW (kind));
  record.description = description;
  if (polku_store_add_support (get_store (self), &record, &error) == 0)
    report_error (self, error);
  else
    gtk_editable_set_text (GTK_EDITABLE (text), "");
}

static void
open_demonstration (PolkuLearnersPage  *self,
                    PolkuDemonstration *demonstration)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *editor;

  if (self->context == NULL || demonstration == NULL)
    return;
  editor = polku_demonstration_editor_new (self->context, demonstration);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  gtk_window_present (GTK_WINDOW (editor));
}

static void
demonstration_open_cb (GtkWidget         *row,
                       PolkuLearnersPage *self)
{
  gint64 id = (gint64) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "demonstration-id"));

  if (self->demonstrations != NULL)
    open_demonstration (self, polku_demonstration_list_find (self->demonstrations, id));
}

static void
demonstration_add_cb (GtkWidget         *button,
                      PolkuLearnersPage *self)
{
  PolkuDateEntry *starts = g_object_get_data (G_OBJECT (button), "starts");
  PolkuDateEntry *ends = g_object_get_data (G_OBJECT (button), "ends");
  g_autoptr(PolkuDemonstration) demonstration = NULL;
  g_autoptr(GError) error = NULL;

  if (self->demonstrations == NULL)
    return;
  polku_date_entry_commit (starts);
  polku_date_entry_commit (ends);
  demonstration = polku_demonstration_list_add (self->demonstrations, polku_date_entry_get_date (starts),
                                                polku_date_entry_get_date (ends), &error);
  if (demonstration == NULL)
    {
      report_error (self, error);
      return;
    }
  /* The rest (units, assessors, …) is filled in the editor. */
  open_demonstration (self, demonstration);
}

static void
rebuild_demonstrations (PolkuLearnersPage *self)
{
  guint n;

  if (self->demonstrations == NULL || self->demonstrations_box == NULL)
    return;
  polku_learner_clear_rows (self->demonstrations_box);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->demonstrations));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuDemonstration) demonstration = g_list_model_get_item (G_LIST_MODEL (self->demonstrations), i);
      g_autofree char *starts = polku_learner_format_date (polku_demonstration_get_starts_on (demonstration));
      g_autofree char *ends = polku_learner_format_date (polku_demonstration_get_ends_on (demonstration));
      g_autofree char *title = NULL;
      const char *units = polku_demonstration_get_units_text (demonstration);
      const char *environment = polku_demonstration_get_environment_name (demonstration);
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      /* Translators: a skills demonstration: dates and state, e.g. "1.3.2027 – 5.3.2027 · Planned" */
      title = g_strdup_printf (_("%s – %s · %s"), starts, ends,
                               polku_demonstration_state_get_label (polku_demonstration_get_state (demonstration)));
      subtitle = g_strdup_printf ("%s%s%s", units != NULL ? units : "",
                                  units != NULL && environment != NULL ? " · " : "",
                                  environment != NULL ? environment : "");
      row = polku_learner_new_button_row (title, subtitle, gtk_image_new_from_icon_name ("go-next-symbolic"));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Plan or record this demonstration"));
      g_object_set_data (G_OBJECT (row), "demonstration-id",
                         GSIZE_TO_POINTER ((gsize) polku_demonstration_get_id (demonstration)));
      g_signal_connect (row, "activated", G_CALLBACK (demonstration_open_cb), self);
      polku_learner_insert_row (self->demonstrations_box, row);
    }
}

static void
rebuild_plan_lists (PolkuLearnersPage *self)
{
  const PolkuCreditSummary *summary;
  g_autoptr(GPtrArray) checkins = NULL;
  g_autoptr(GPtrArray) support = NULL;
  guint n, n_lines = 0;

  if (self->plan == NULL || self->credits_box == NULL)
    return;

  polku_learner_clear_rows (self->credits_box);
  summary = polku_plan_get_credit_summary (self->plan);
  for (guint i = 0; summary != NULL && i < summary->lines->len; i++)
    {
      const PolkuCreditLine *line = g_ptr_array_index (summary->lines, i);
      g_autofree char *text = NULL;
      GtkWidget *row;

      if (line->state == POLKU_CREDIT_STATE_NO_RULE && line->n_chosen == 0)
        continue;
      text = polku_credit_line_format (line, polku_plan_get_credit_unit (self->plan),
                                       polku_plan_get_language (self->plan));
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_margin_start (gtk_widget_get_first_child (row), 12 * (int) MIN (line->depth, 4));
      if (line->state == POLKU_CREDIT_STATE_MET || line->state == POLKU_CREDIT_STATE_OVER)
        {
          GtkWidget *icon = gtk_image_new_from_icon_name (line->state == POLKU_CREDIT_STATE_MET
                                                          ? "emblem-ok-symbolic" : "dialog-warning-symbolic");

          gtk_widget_set_tooltip_text (icon, line->state == POLKU_CREDIT_STATE_MET
                                             ? _("The rule is met") : _("More than the rule allows"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          gtk_widget_get_tooltip_text (icon), -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
        }
      polku_learner_insert_row (self->credits_box, row);
      n_lines++;
    }
  if (n_lines == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Choose a target qualification and units."));
      polku_learner_insert_row (self->credits_box, row);
    }

  polku_learner_clear_rows (self->units_box);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->plan));
  if (n > 0)
    {
      g_autofree char *progress = NULL;
      g_autofree char *credits = NULL;
      GtkWidget *row, *bar = gtk_level_bar_new_for_interval (0, 1);

      /* Translators: progress of the whole plan: units fully identified of all units */
      progress = g_strdup_printf (ngettext ("%u of %u unit complete", "%u of %u units complete", n),
                                  polku_plan_get_n_units_complete (self->plan), n);
      /* Translators: credits of the units fully identified, of the credits chosen */
      credits = g_strdup_printf (_("%g of %g credits identified"), polku_plan_get_credits_complete (self->plan),
                                 polku_plan_get_credits_chosen (self->plan));
      row = polku_learner_new_button_row (progress, credits, NULL);
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), CLAMP (polku_plan_get_fraction (self->plan), 0, 1));
      gtk_widget_set_size_request (bar, 80, -1);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, progress, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
      gtk_widget_add_css_class (row, "property");
      polku_learner_insert_row (self->units_box, row);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PolkuPlanUnit) unit = g_list_model_get_item (G_LIST_MODEL (self->plan), i);

      polku_learner_insert_row (self->units_box, create_unit_row (self, unit));
    }
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No units chosen yet"));
      polku_learner_insert_row (self->units_box, row);
    }
  fill_add_unit_row (self);
  rebuild_demonstrations (self);
  polku_timeline_reload (POLKU_TIMELINE (self->timeline));

  polku_learner_clear_rows (self->support_box);
  support = polku_store_list_support (get_store (self), polku_learner_get_id (self->learner), NULL);
  for (guint i = 0; support != NULL && i < support->len; i++)
    {
      PolkuSupportRecord *record = g_ptr_array_index (support, i);
      GtkWidget *row = new_record_expander (self, record->description, polku_support_kind_get_label (record->kind),
                                            "support", record->measure_id);
      GtkWidget *child = new_record_entry (self, _("What helps"), record->description, record->measure_id,
                                           G_CALLBACK (support_text_cb));
      GtkWidget *button = new_record_button (_("_Remove Measure"), record->measure_id, FALSE);

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
      g_signal_connect (button, "clicked", G_CALLBACK (support_delete_cb), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), polku_learner_new_button_row ("", NULL, button));
      polku_learner_insert_row (self->support_box, row);
    }

  polku_learner_clear_rows (self->checkins_box);
  checkins = polku_store_list_checkins (get_store (self), polku_learner_get_id (self->learner), NULL);
  for (guint i = 0; checkins != NULL && i < checkins->len; i++)
    {
      PolkuCheckinRecord *record = g_ptr_array_index (checkins, i);
      g_autofree char *held = polku_learner_format_date (record->held_on);
      GtkWidget *row = new_record_expander (self, held, record->record, "checkin", record->checkin_id);
      GtkWidget *child, *button, *date_entry;

      child = polku_learner_new_date_row (_("Held on"), NULL, &date_entry);
      polku_date_entry_set_date (POLKU_DATE_ENTRY (date_entry), record->held_on);
      g_object_set_data (G_OBJECT (date_entry), "record-id", GSIZE_TO_POINTER ((gsize) record->checkin_id));
      g_signal_connect (date_entry, "notify::date", G_CALLBACK (checkin_date_cb), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
      child = new_record_entry (self, _("Short record"), record->record, record->checkin_id,
                                G_CALLBACK (checkin_record_cb));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), child);
      button = new_record_button (_("_Delete Check-in"), record->checkin_id, FALSE);
      g_signal_connect (button, "clicked", G_CALLBACK (checkin_delete_cb), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), polku_learner_new_button_row ("", NULL, button));
      polku_learner_insert_row (self->checkins_box, row);
    }
}

static void
plan_changed_cb (PolkuLearnersPage *self)
{
  rebuild_plan_lists (self);
  fill_competence_units (self);
}

static void
build_plan (PolkuLearnersPage *self)
{
  GtkWidget *group, *row, *expander, *button, *date_entry;

  self->updating = TRUE;
  self->plan = polku_plan_new (get_store (self), polku_learner_get_id (self->learner));
  polku_plan_set_language (self->plan, catalogue_language (self));
  g_signal_connect_object (self->plan, "items-changed", G_CALLBACK (plan_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->plan, "notify::credits-chosen", G_CALLBACK (plan_changed_cb), self, G_CONNECT_SWAPPED);

  group = polku_learner_new_group (self->plan_box, _("Pathway Plan"), NULL);
  row = new_entry_row (group, _("Goal in the learner’s own words"));
  polku_field_saver_add (self->plan_saver, row, "goal", (PolkuFieldSetter) polku_plan_set_goal);
  self->target_combo = polku_peruste_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->target_combo), _("Target qualification"));
  polku_peruste_combo_row_set_workshop (POLKU_PERUSTE_COMBO_ROW (self->target_combo), self->context,
                                        polku_learner_get_workshop_id (self->learner));
  polku_peruste_combo_row_set_peruste_id (POLKU_PERUSTE_COMBO_ROW (self->target_combo),
                                          polku_plan_get_peruste_id (self->plan));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->target_combo);
  g_signal_connect_swapped (self->target_combo, "notify::selected", G_CALLBACK (target_selected_cb), self);
  self->target_button = gtk_button_new_with_mnemonic (_("C_hoose"));
  gtk_widget_set_valign (self->target_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->target_button, "suggested-action");
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->target_combo), self->target_button);
  g_signal_connect_swapped (self->target_button, "clicked", G_CALLBACK (target_confirm_cb), self);
  update_target_row (self);


  group = polku_learner_new_group (self->plan_box, _("Timeline"), NULL);
  self->timeline = polku_timeline_new ();
  gtk_widget_add_css_class (self->timeline, "card");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->timeline);
  polku_timeline_set_swedish (POLKU_TIMELINE (self->timeline), g_str_equal (catalogue_language (self), "sv"));
  polku_timeline_set_learner (POLKU_TIMELINE (self->timeline), get_store (self), polku_learner_get_id (self->learner));

  group = polku_learner_new_group (self->plan_box, _("Units"),
                     _("Competence smaller than a whole unit counts too: progress is shown per requirement."));
  self->units_box = polku_learner_new_list (group);
  expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Add Unit"));
  polku_learner_keep_row (self->units_box, expander);
  self->add_unit_combo = adw_combo_row_new ();
  polku_learner_use_wide_list (self->add_unit_combo);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_unit_combo), _("Unit"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), self->add_unit_combo);
  self->add_unit_button = gtk_button_new_with_mnemonic (_("_Add to Plan"));
  g_signal_connect_swapped (self->add_unit_button, "clicked", G_CALLBACK (add_unit_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), polku_learner_new_button_row ("", NULL, self->add_unit_button));

  group = polku_learner_new_group (self->plan_box, _("Credits"), NULL);
  self->credits_box = polku_learner_new_list (group);

  group = polku_learner_new_group (self->plan_box, _("Guidance and Support"),
                     _("Write the support measures that help, not diagnoses."));
  self->support_box = polku_learner_new_list (group);
  expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Add Measure"));
  polku_learner_keep_row (self->support_box, expander);
  {
    g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

    gtk_string_list_append (kinds, polku_support_kind_get_label (POLKU_SUPPORT_KIND_GUIDANCE));
    gtk_string_list_append (kinds, polku_support_kind_get_label (POLKU_SUPPORT_KIND_SUPPORT));
    row = polku_learner_new_combo_row (_("Kind"), kinds, 0);
  }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  button = gtk_button_new_with_mnemonic (_("Add _Measure"));
  g_object_set_data (G_OBJECT (button), "kind", row);
  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("What helps"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  g_object_set_data (G_OBJECT (button), "description", row);
  g_signal_connect (button, "clicked", G_CALLBACK (support_add_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), polku_learner_new_button_row ("", NULL, button));

  group = polku_learner_new_group (self->plan_box, _("Skills Demonstrations"), NULL);
  self->demonstrations = polku_demonstration_list_new (get_store (self), polku_learner_get_id (self->learner),
                                                       polku_plan_get_language (self->plan));
  g_signal_connect_object (self->demonstrations, "items-changed", G_CALLBACK (plan_changed_cb), self,
                           G_CONNECT_SWAPPED);
  self->demonstrations_box = polku_learner_new_list (group);
  expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Plan a Demonstration"));
  polku_learner_keep_row (self->demonstrations_box, expander);
  button = gtk_button_new_with_mnemonic (_("Plan _Demonstration"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), polku_learner_new_date_row (_("Starts"), NULL, &date_entry));
  g_object_set_data (G_OBJECT (button), "starts", date_entry);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), polku_learner_new_date_row (_("Ends"), NULL, &date_entry));
  g_object_set_data (G_OBJECT (button), "ends", date_entry);
  g_signal_connect (button, "clicked", G_CALLBACK (demonstration_add_cb), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), polku_learner_new_button_row ("", NULL, button));

  group = polku_learner_new_group (self->plan_box, _("Check-in Meetings"), NULL);
  self->checkins_box = polku_learner_new_list (group);
  expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Record a Check-in"));
  polku_learner_keep_row (self->checkins_box, expander);
  button = gtk_button_new_with_mnemonic (_("Add _Check-in"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), polku_learner_new_date_row (_("Held on"), NULL, &date_entry));
  g_object_set_data (G_OBJECT (button), "held", date_entry);
  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Short record"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  g_object_set_data (G_OBJECT (button), "record", row);
  row = adw_action_row_new ();
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  g_signal_connect (button, "clicked", G_CALLBACK (checkin_add_cb), self);

  polku_field_saver_set_object (self->plan_saver, self->plan);
  self->updating = FALSE;
}

static void
clear_learner (PolkuLearnersPage *self)
{
  if (self->saver != NULL)
    {
      polku_field_saver_flush (self->saver);
      polku_field_saver_discard (self->saver);
    }
  if (self->plan_saver != NULL)
    {
      polku_field_saver_flush (self->plan_saver);
      polku_field_saver_discard (self->plan_saver);
    }
  g_clear_object (&self->saver);
  g_clear_object (&self->plan_saver);
  self->status_combo = self->workshop_combo = self->provider_combo = NULL;
  self->student_row = self->career_combo = self->support_switch = NULL;
  self->archive_row = self->archive_button = NULL;
  self->consents_box = self->periods_box = self->checkins_box = NULL;
  self->credits_box = self->units_box = self->target_combo = self->target_button = NULL;
  self->support_box = self->add_unit_combo = self->add_unit_button = self->timeline = NULL;
  g_hash_table_remove_all (self->expanded_units);
  g_hash_table_remove_all (self->expanded_records);
  clear_box (GTK_WIDGET (self->person_box));
  clear_box (GTK_WIDGET (self->plan_box));
  g_clear_object (&self->plan);
  g_clear_object (&self->demonstrations);
  self->demonstrations_box = NULL;
  g_clear_object (&self->learner);
  g_array_set_size (self->unit_ids, 0);
  if (self->competence_view != NULL)
    polku_competence_view_set_unit (self->competence_view, NULL, 0, 0, NULL);
  if (self->decisions_row != NULL)
    update_decisions (self);
  gtk_stack_set_visible_child_name (self->content_stack, "none");
}

static void
saver_failed_cb (PolkuLearnersPage *self,
                 GtkWidget         *field,
                 const GError      *error)
{
  report_error (self, error);
}

static void
show_learner (PolkuLearnersPage *self,
              PolkuLearner      *learner)
{
  if (learner == self->learner)
    return;
  clear_learner (self);
  if (learner == NULL)
    return;

  self->learner = g_object_ref (learner);
  self->saver = polku_field_saver_new ();
  self->plan_saver = polku_field_saver_new ();
  g_signal_connect_swapped (self->saver, "failed", G_CALLBACK (saver_failed_cb), self);
  g_signal_connect_swapped (self->plan_saver, "failed", G_CALLBACK (saver_failed_cb), self);
  build_person (self);
  build_plan (self);
  rebuild_records (self);
  fill_competence_units (self);
  gtk_stack_set_visible_child_name (self->content_stack, "learner");
  adw_leaflet_set_visible_child_name (self->leaflet, "content");

  /* The list shows who is open. */
  if (self->selection != NULL && gtk_single_selection_get_selected_item (self->selection) != (gpointer) learner)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
      guint position = GTK_INVALID_LIST_POSITION;

      for (guint i = 0; i < n && position == GTK_INVALID_LIST_POSITION; i++)
        {
          g_autoptr(PolkuLearner) item = g_list_model_get_item (G_LIST_MODEL (self->list), i);

          if (item == learner)
            position = i;
        }
      gtk_single_selection_set_selected (self->selection, position);
    }
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  PolkuLearnersPage *self = data;

  self->rebuild_id = 0;
  rebuild_records (self);
  return G_SOURCE_REMOVE;
}

/* After the models have followed the store (they listen to the same signal). */
static void
store_changed_cb (PolkuLearnersPage *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle_cb, self);
}

/* Print / Export: the document window previews, prints and exports. */
static void
document_action_cb (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PolkuLearnersPage *self = POLKU_LEARNERS_PAGE (widget);
  PolkuDocumentKind kind;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->learner == NULL || self->context == NULL ||
      !polku_document_kind_from_string (g_variant_get_string (parameter, NULL), &kind))
    return;
  /* What is being typed belongs in the document. */
  if (self->saver != NULL)
    polku_field_saver_flush (self->saver);
  if (self->plan_saver != NULL)
    polku_field_saver_flush (self->plan_saver);
  polku_document_window_present (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->context, kind,
                                 polku_learner_get_id (self->learner));
}

/* Shows the learner again with the catalogue texts in the other language. */
/* The window owns the export dialog (it also imports). */
static void
export_package_action_cb (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PolkuLearnersPage *self = POLKU_LEARNERS_PAGE (widget);

  if (self->learner == NULL)
    return;
  if (self->saver != NULL)
    polku_field_saver_flush (self->saver);
  if (self->plan_saver != NULL)
    polku_field_saver_flush (self->plan_saver);
  gtk_widget_activate_action (widget, "win.export-package", "x", polku_learner_get_id (self->learner));
}

static void
show_swedish_changed_cb (PolkuLearnersPage *self)
{
  g_autoptr(PolkuLearner) learner = self->learner != NULL ? g_object_ref (self->learner) : NULL;
  const char *tab;

  if (learner == NULL)
    return;
  tab = adw_view_stack_get_visible_child_name (self->view_stack);
  {
    g_autofree char *visible = g_strdup (tab);

    clear_learner (self);
    show_learner (self, learner);
    if (visible != NULL)
      adw_view_stack_set_visible_child_name (self->view_stack, visible);
  }
}

/* List */

static void
list_activate_cb (PolkuLearnersPage *self,
                  guint              position)
{
  g_autoptr(PolkuLearner) learner = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  show_learner (self, learner);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

static void
selection_changed_cb (PolkuLearnersPage *self)
{
  PolkuLearner *learner = gtk_single_selection_get_selected_item (self->selection);

  if (learner != NULL)
    show_learner (self, learner);
}

static void
list_items_changed_cb (PolkuLearnersPage *self)
{
  update_count (self);
}

static void
leaflet_changed_cb (PolkuLearnersPage *self)
{
  gtk_widget_set_visible (self->back_bar, adw_leaflet_get_folded (self->leaflet));
}

static void
back_clicked_cb (PolkuLearnersPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
add_popover_shown_cb (PolkuLearnersPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->add_first_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->add_last_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->add_first_row));
}

static void
add_learner_cb (PolkuLearnersPage *self)
{
  g_autoptr(PolkuLearner) learner = NULL;
  g_autoptr(GError) error = NULL;

  if (self->list == NULL)
    return;
  learner = polku_learner_list_add (self->list,
                                    gtk_editable_get_text (GTK_EDITABLE (self->add_first_row)),
                                    gtk_editable_get_text (GTK_EDITABLE (self->add_last_row)),
                                    &error);
  if (learner == NULL)
    {
      report_error (self, error);
      return;
    }
  gtk_popover_popdown (self->add_popover);
  show_learner (self, learner);
}

static void
filter_popover_shown_cb (PolkuLearnersPage *self)
{
  fill_filter_rows (self);
}

/* Erase */

typedef struct
{
  PolkuLearnersPage *self;
  PolkuLearner      *learner;
} EraseData;

static void
erase_data_free (EraseData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->learner);
  g_free (data);
}

static void
erase_confirmed_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  EraseData *data = user_data;
  PolkuLearnersPage *self = data->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup (polku_learner_get_full_name (data->learner));

  if (!polku_dialogs_confirm_finish (result, NULL) || self->list == NULL)
    {
      erase_data_free (data);
      return;
    }

  if (self->learner == data->learner)
    clear_learner (self);
  if (!polku_learner_list_erase (self->list, data->learner, &error))
    {
      if (g_error_matches (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_BUSY) ||
          g_error_matches (error, POLKU_STORE_ERROR, POLKU_STORE_ERROR_IO))
        polku_dialogs_alert (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                             _("Erased, but Copies Remain"), error->message);
      else
        polku_dialogs_alert (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                             _("Could Not Erase"), error->message);
    }
  else
    {
      g_autofree char *message = NULL;

      /* Translators: %s is a person's name */
      message = g_strdup_printf (_("%s was erased"), name);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
    }
  erase_data_free (data);
}

static void
polku_learners_page_map (GtkWidget *widget)
{
  ensure_list (POLKU_LEARNERS_PAGE (widget));
  GTK_WIDGET_CLASS (polku_learners_page_parent_class)->map (widget);
}

/* GObject */

static void
polku_learners_page_dispose (GObject *object)
{
  PolkuLearnersPage *self = POLKU_LEARNERS_PAGE (object);

  polku_learners_page_set_context (self, NULL);
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_LEARNERS_PAGE);

  G_OBJECT_CLASS (polku_learners_page_parent_class)->dispose (object);
}

static void
polku_learners_page_finalize (GObject *object)
{
  PolkuLearnersPage *self = POLKU_LEARNERS_PAGE (object);

  g_array_unref (self->filter_workshop_ids);
  g_ptr_array_unref (self->filter_coaches);
  g_array_unref (self->workshop_ids);
  g_array_unref (self->provider_ids);
  g_ptr_array_unref (self->career_codes);
  g_array_unref (self->unit_ids);
  g_array_unref (self->add_unit_ids);
  g_hash_table_unref (self->expanded_units);
  g_hash_table_unref (self->expanded_records);
  g_ptr_array_unref (self->decision_rows);

  G_OBJECT_CLASS (polku_learners_page_parent_class)->finalize (object);
}

static void
polku_learners_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PolkuLearnersPage *self = POLKU_LEARNERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_learners_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PolkuLearnersPage *self = POLKU_LEARNERS_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      polku_learners_page_set_context (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static char *
learner_subtitle (GtkListItem *item,
                  const char  *status_label,
                  const char  *workshop_name,
                  gboolean     archived)
{
  GString *text = g_string_new (status_label);

  if (workshop_name != NULL && *workshop_name != '\0')
    g_string_append_printf (text, " · %s", workshop_name);
  if (archived)
    g_string_append_printf (text, " · %s", _("archived"));
  return g_string_free (text, FALSE);
}

static const char list_item_ui[] =
  "<interface>"
  "<template class='GtkListItem'><property name='child'>"
  "<object class='GtkBox'><property name='orientation'>vertical</property>"
  "<property name='margin-top'>6</property><property name='margin-bottom'>6</property>"
  "<child><object class='GtkLabel'><property name='xalign'>0</property>"
  "<property name='ellipsize'>end</property>"
  "<binding name='label'><lookup name='display-name' type='PolkuLearner'>"
  "<lookup name='item'>GtkListItem</lookup></lookup></binding></object></child>"
  "<child><object class='GtkLabel'><property name='xalign'>0</property>"
  "<property name='ellipsize'>end</property>"
  "<style><class name='caption'/><class name='dim-label'/></style>"
  "<binding name='label'><closure type='gchararray' function='learner_subtitle'>"
  "<lookup name='status-label' type='PolkuLearner'><lookup name='item'>GtkListItem</lookup></lookup>"
  "<lookup name='workshop-name' type='PolkuLearner'><lookup name='item'>GtkListItem</lookup></lookup>"
  "<lookup name='archived' type='PolkuLearner'><lookup name='item'>GtkListItem</lookup></lookup>"
  "</closure></binding></object></child>"
  "</object></property></template></interface>";

static void
polku_learners_page_class_init (PolkuLearnersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_learners_page_dispose;
  object_class->finalize = polku_learners_page_finalize;
  object_class->get_property = polku_learners_page_get_property;
  object_class->set_property = polku_learners_page_set_property;
  widget_class->map = polku_learners_page_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (POLKU_TYPE_LEARNER);
  g_type_ensure (POLKU_TYPE_COMPETENCE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-learners-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, add_first_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, add_last_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, add_popover);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, back_bar);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, coach_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, competence_unit_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, competence_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, decisions_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, filter_popover);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, person_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, plan_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, show_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuLearnersPage, workshop_row);
  gtk_widget_class_bind_template_callback (widget_class, add_learner_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_popover_shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_install_action (widget_class, "learner.document", "s", document_action_cb);
  gtk_widget_class_install_action (widget_class, "learner.export-package", NULL, export_package_action_cb);
  gtk_widget_class_bind_template_callback (widget_class, competence_unit_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
polku_learners_page_init (PolkuLearnersPage *self)
{
  g_autoptr(GtkStringList) show = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) status = gtk_string_list_new (NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static (list_item_ui, sizeof list_item_ui - 1);
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GtkListItemFactory) factory = NULL;

  self->filter_workshop_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->filter_coaches = g_ptr_array_new_with_free_func (g_free);
  self->workshop_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->provider_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->career_codes = g_ptr_array_new_with_free_func (g_free);
  self->unit_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->add_unit_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->expanded_units = g_hash_table_new (NULL, NULL);
  self->expanded_records = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->decision_rows = g_ptr_array_new ();

  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (show, _("Active"));
  gtk_string_list_append (show, _("Archived"));
  gtk_string_list_append (show, _("All"));
  adw_combo_row_set_model (self->show_row, G_LIST_MODEL (show));
  gtk_string_list_append (status, _("Any status"));
  gtk_string_list_append (status, polku_learner_status_get_label (POLKU_LEARNER_STATUS_VALMENTAUTUJA));
  gtk_string_list_append (status, polku_learner_status_get_label (POLKU_LEARNER_STATUS_OPISKELIJA));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (status));
  self->updating = FALSE;

  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "learner_subtitle",
                                          G_CALLBACK (learner_subtitle));
  factory = gtk_builder_list_item_factory_new_from_bytes (scope, bytes);
  gtk_list_view_set_factory (self->list_view, factory);
  g_signal_connect_swapped (self->filter_popover, "show", G_CALLBACK (filter_popover_shown_cb), self);
  update_count (self);
}

/**
 * polku_learners_page_new:
 *
 * Returns: (transfer floating): a new learners page
 */
GtkWidget *
polku_learners_page_new (void)
{
  return g_object_new (POLKU_TYPE_LEARNERS_PAGE, NULL);
}

/* Reading every learner (with the count of identified competences) costs
 * tens of milliseconds on a large database, and the page is not shown at
 * start-up: the list is loaded on the first map, or when asked for. */
static void
ensure_list (PolkuLearnersPage *self)
{
  if (self->list != NULL || self->context == NULL)
    return;

  self->list = polku_learner_list_new (polku_context_get_store (self->context));
  g_signal_connect_swapped (self->list, "items-changed", G_CALLBACK (list_items_changed_cb), self);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  filter_changed_cb (self);
  search_changed_cb (self);
  update_count (self);
}

/**
 * polku_learners_page_set_context:
 * @self: a #PolkuLearnersPage
 * @context: (nullable): the context
 *
 * Shows the learners of @context's database.
 */
void
polku_learners_page_set_context (PolkuLearnersPage *self,
                                 PolkuContext      *context)
{
  g_return_if_fail (POLKU_IS_LEARNERS_PAGE (self));
  g_return_if_fail (context == NULL || POLKU_IS_CONTEXT (context));

  if (self->context == context)
    return;

  clear_learner (self);
  if (self->context != NULL)
    g_clear_signal_handler (&self->store_changed_id, polku_context_get_store (self->context));
  if (self->selection != NULL)
    gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  g_clear_object (&self->list);
  g_set_object (&self->context, context);

  if (context != NULL)
    {
      PolkuStore *store = polku_context_get_store (context);

      self->store_changed_id = g_signal_connect_swapped (store, "changed::learners",
                                                         G_CALLBACK (store_changed_cb), self);
      g_signal_connect_object (polku_context_get_settings (context), "changed::show-swedish",
                               G_CALLBACK (show_swedish_changed_cb), self, G_CONNECT_SWAPPED);
      /* The list is loaded when the page is first shown (ensure_list). */
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        ensure_list (self);
    }
  update_count (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/**
 * polku_learners_page_get_list:
 *
 * Returns: (transfer none) (nullable): the list shown, with its filters
 */
PolkuLearnerList *
polku_learners_page_get_list (PolkuLearnersPage *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNERS_PAGE (self), NULL);

  ensure_list (self);
  return self->list;
}

/**
 * polku_learners_page_get_learner:
 *
 * Returns: (transfer none) (nullable): the learner shown
 */
PolkuLearner *
polku_learners_page_get_learner (PolkuLearnersPage *self)
{
  g_return_val_if_fail (POLKU_IS_LEARNERS_PAGE (self), NULL);

  return self->learner;
}

void
polku_learners_page_show_learner (PolkuLearnersPage *self,
                                  gint64             learner_id)
{
  g_return_if_fail (POLKU_IS_LEARNERS_PAGE (self));

  ensure_list (self);
  if (self->list == NULL)
    return;
  show_learner (self, polku_learner_list_find (self->list, learner_id));
}

void
polku_learners_page_set_query (PolkuLearnersPage *self,
                               const char        *query)
{
  g_return_if_fail (POLKU_IS_LEARNERS_PAGE (self));

  ensure_list (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query != NULL ? query : "");
  search_changed_cb (self);
}

/**
 * polku_learners_page_erase_learner:
 *
 * Asks whether to erase the learner shown, naming the person, and erases
 * them when confirmed. There is no undo.
 */
void
polku_learners_page_erase_learner (PolkuLearnersPage *self)
{
  EraseData *data;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkRoot *root;

  g_return_if_fail (POLKU_IS_LEARNERS_PAGE (self));

  if (self->learner == NULL)
    return;
  if (self->saver != NULL)
    polku_field_saver_flush (self->saver);

  /* Translators: %s is a person's full name */
  heading = g_strdup_printf (_("Erase %s Permanently?"), polku_learner_get_full_name (self->learner));
  /* Translators: %s is a person's full name */
  body = g_strdup_printf (_("Everything about %s is removed: details, plan, competences, demonstrations, notes and consents, also from the backups. There is no undo."),
                          polku_learner_get_full_name (self->learner));
  data = g_new0 (EraseData, 1);
  data->self = g_object_ref (self);
  data->learner = g_object_ref (self->learner);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  polku_dialogs_confirm_async (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                               heading, body, _("_Erase Permanently"), TRUE,
                               NULL, erase_confirmed_cb, data);
}
