/* polku-package-export-dialog.c: a learner's competence package for an
 * education provider: the coach chooses the receiver (only one the learner
 * has an active consent for), the units and what to include, and the dialog
 * says plainly which personal data leaves the machine before the file is
 * saved.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-package-export-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-dialogs.h"
#include "polku-exchange-xml.h"
#include "polku-package-export-dialog.h"
#include "polku-store-learners.h"
#include "polku-window.h"

struct _PolkuPackageExportDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  GtkButton           *export_button;
  GtkLabel            *heading_label;
  AdwComboRow         *provider_row;
  GtkLabel            *no_consent_label;
  AdwPreferencesGroup *units_group;
  GtkSwitch           *student_number_switch;
  GtkSwitch           *observations_switch;
  GtkSwitch           *own_views_switch;
  GtkSwitch           *evidence_switch;
  GtkLabel            *description_label;

  /* Owned */
  PolkuContext        *context;
  gint64               learner_id;
  char                *learner_name;
  GArray              *provider_ids;   /* gint64, as in provider_row */
  GArray              *unit_ids;       /* gint64, as unit_checks */
  GPtrArray           *unit_checks;    /* GtkCheckButton, not owned */
  gboolean             can_export;
  gboolean             has_student_number;
  gint64               own_provider_id;  /* the learner's education provider, 0: none */
};

G_DEFINE_FINAL_TYPE (PolkuPackageExportDialog, polku_package_export_dialog, ADW_TYPE_WINDOW)

/* Auxiliary methods */

static void
read_options (PolkuPackageExportDialog *self,
              PolkuPackageOptions      *options,
              GArray                   *unit_ids)
{
  guint selected = adw_combo_row_get_selected (self->provider_row);

  polku_package_options_init (options);
  options->learner_id = self->learner_id;
  options->provider_id = selected < self->provider_ids->len ? g_array_index (self->provider_ids, gint64, selected) : 0;
  options->include_student_number = gtk_switch_get_active (self->student_number_switch);
  options->include_observations = gtk_switch_get_active (self->observations_switch);
  options->include_own_views = gtk_switch_get_active (self->own_views_switch);
  options->include_evidence = gtk_switch_get_active (self->evidence_switch);

  for (guint i = 0; i < self->unit_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->unit_checks, i)))
      g_array_append_val (unit_ids, g_array_index (self->unit_ids, gint64, i));

  options->unit_ids = (const gint64 *) unit_ids->data;
  options->n_unit_ids = unit_ids->len;
}

/* A student number is the number at the learner's own provider: the package
 * carries it to that provider only (polku-exchange-xml.c). */
static void
update_student_number_row (PolkuPackageExportDialog *self,
                           gint64                    provider_id)
{
  gboolean own = self->own_provider_id == 0 || self->own_provider_id == provider_id;
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (self->student_number_switch), ADW_TYPE_ACTION_ROW);

  gtk_widget_set_sensitive (row, self->has_student_number && own && provider_id != 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                               self->has_student_number && !own && provider_id != 0
                               ? _("Sent only to the learner’s own education provider")
                               : NULL);
}

static void
changed_cb (PolkuPackageExportDialog *self)
{
  g_autoptr(GArray) unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  PolkuPackageOptions options;
  g_autofree char *description = NULL;
  g_autoptr(GError) error = NULL;

  if (self->context == NULL || self->provider_ids->len == 0)
    {
      update_student_number_row (self, 0);
      self->can_export = FALSE;
      gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), FALSE);
      gtk_label_set_text (self->description_label, _("Nothing leaves this computer until a receiver is chosen."));
      return;
    }

  read_options (self, &options, unit_ids);

  update_student_number_row (self, options.provider_id);

  if (unit_ids->len == 0)
    {
      self->can_export = FALSE;
      gtk_label_set_text (self->description_label, _("Choose at least one unit."));
    }
  else
    {
      description = polku_exchange_describe_package (polku_context_get_store (self->context), &options, &error);
      self->can_export = description != NULL;
      gtk_label_set_text (self->description_label, description != NULL ? description : error->message);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), self->can_export);
}

static gboolean
fill (PolkuPackageExportDialog  *self,
      GError                   **error)
{
  PolkuStore *store = polku_context_get_store (self->context);
  g_autoptr(PolkuLearnerRecord) learner = NULL;
  g_autoptr(GPtrArray) consents = NULL;
  g_autoptr(GPtrArray) units = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) today = g_date_new_dmy ((GDateDay) g_date_time_get_day_of_month (now),
                                           (GDateMonth) g_date_time_get_month (now),
                                           (GDateYear) g_date_time_get_year (now));
  gboolean swedish = g_settings_get_boolean (polku_context_get_settings (self->context), "show-swedish");
  g_autofree char *heading = NULL;

  learner = polku_store_get_learner (store, self->learner_id, error);
  if (learner == NULL)
    return FALSE;

  self->learner_name = g_strdup_printf ("%s %s",
                                        learner->preferred_name != NULL ? learner->preferred_name
                                                                        : learner->first_names,
                                        learner->last_name != NULL ? learner->last_name : "");
  g_strstrip (self->learner_name);
  /* Translators: the heading of the package export dialog; %s is the learner's name. */
  heading = g_strdup_printf (_("Competence package of %s"), self->learner_name);
  gtk_label_set_text (self->heading_label, heading);

  /* Receivers: the providers with an active consent, each once. */
  consents = polku_store_list_consents (store, self->learner_id, error);
  if (consents == NULL)
    return FALSE;
  for (guint i = 0; i < consents->len; i++)
    {
      PolkuConsentRecord *consent = g_ptr_array_index (consents, i);
      gboolean seen = FALSE;

      if (consent->provider_id == 0 || !polku_consent_record_is_active (consent, today))
        continue;
      for (guint j = 0; j < self->provider_ids->len; j++)
        seen |= g_array_index (self->provider_ids, gint64, j) == consent->provider_id;
      if (seen)
        continue;

      g_array_append_val (self->provider_ids, consent->provider_id);
      gtk_string_list_append (names, consent->provider_name != NULL ? consent->provider_name : "");
    }
  adw_combo_row_set_model (self->provider_row, G_LIST_MODEL (names));
  gtk_widget_set_sensitive (GTK_WIDGET (self->provider_row), self->provider_ids->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_consent_label), self->provider_ids->len == 0);

  /* Units of the plan, all chosen at first. */
  units = polku_store_list_plan_units (store, self->learner_id, error);
  if (units == NULL)
    return FALSE;
  for (guint i = 0; i < units->len; i++)
    {
      PolkuPlanUnitRecord *unit = g_ptr_array_index (units, i);
      const char *name = swedish && unit->nimi_sv != NULL ? unit->nimi_sv : unit->nimi_fi;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name != NULL ? name : "");
      if (unit->koodi_arvo != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), unit->koodi_arvo);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      name != NULL ? name : "", -1);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (changed_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->units_group, row);

      g_array_append_val (self->unit_ids, unit->unit_id);
      g_ptr_array_add (self->unit_checks, check);
    }
  if (units->len == 0)
    adw_preferences_group_set_description (self->units_group, _("The learner’s plan has no units yet."));

  /* A trainee has no student number to send. */
  self->has_student_number = learner->status == POLKU_LEARNER_STATUS_OPISKELIJA && learner->student_number != NULL;
  self->own_provider_id = learner->provider_id;
  if (!self->has_student_number)
    gtk_switch_set_active (self->student_number_switch, FALSE);

  return TRUE;
}

/* Callbacks */

static void
save_chosen_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PolkuPackageExportDialog) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;

  file = polku_dialogs_save_file_finish (result, &error);
  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        polku_dialogs_alert (GTK_WINDOW (self), _("Could Not Open the File Chooser"), error->message);
      return;
    }

  if (!polku_package_export_dialog_export_to (self, file, &error))
    {
      polku_dialogs_alert (GTK_WINDOW (self), _("Could Not Export the Package"), error->message);
      return;
    }

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (POLKU_IS_WINDOW (parent))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: after exporting a competence package; %s is the file name. */
      g_autofree char *title = g_strdup_printf (_("Competence package saved in “%s”"), name);

      polku_window_add_toast (POLKU_WINDOW (parent), adw_toast_new (title));
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
export_clicked_cb (PolkuPackageExportDialog *self)
{
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) xml = gtk_file_filter_new ();
  g_autofree char *name = g_strdup (self->learner_name);
  g_autofree char *file_name = NULL;

  if (!self->can_export)
    return;

  gtk_file_filter_set_name (xml, _("Polku exchange files (XML)"));
  gtk_file_filter_add_suffix (xml, "xml");
  g_list_store_append (filters, xml);
  g_strdelimit (name, "/\\:", '-');
  /* Translators: the suggested file name of a competence package; %s is the learner's name. */
  file_name = g_strdup_printf (_("Competence package %s.xml"), name);
  polku_dialogs_save_file_async (GTK_WINDOW (self), _("Export Competence Package"), file_name,
                                 G_LIST_MODEL (filters), NULL, save_chosen_cb, g_object_ref (self));
}

/* GObject */

static void
polku_package_export_dialog_dispose (GObject *object)
{
  PolkuPackageExportDialog *self = (PolkuPackageExportDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_PACKAGE_EXPORT_DIALOG);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_package_export_dialog_parent_class)->dispose (object);
}

static void
polku_package_export_dialog_finalize (GObject *object)
{
  PolkuPackageExportDialog *self = (PolkuPackageExportDialog *)object;

  g_free (self->learner_name);
  g_clear_pointer (&self->provider_ids, g_array_unref);
  g_clear_pointer (&self->unit_ids, g_array_unref);
  g_clear_pointer (&self->unit_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (polku_package_export_dialog_parent_class)->finalize (object);
}

static void
polku_package_export_dialog_class_init (PolkuPackageExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_package_export_dialog_dispose;
  object_class->finalize = polku_package_export_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-package-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuPackageExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuPackageExportDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuPackageExportDialog, provider_row);
  gtk_widget_class_bind_template_child (widget_class, PolkuPackageExportDialog, no_consent_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuPackageExportDialog, units_group);
  gtk_widget_class_bind_template_child (widget_class, PolkuPackageExportDialog, student_number_switch);
  gtk_widget_class_bind_template_child (widget_class, PolkuPackageExportDialog, observations_switch);
  gtk_widget_class_bind_template_child (widget_class, PolkuPackageExportDialog, own_views_switch);
  gtk_widget_class_bind_template_child (widget_class, PolkuPackageExportDialog, evidence_switch);
  gtk_widget_class_bind_template_child (widget_class, PolkuPackageExportDialog, description_label);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
polku_package_export_dialog_init (PolkuPackageExportDialog *self)
{
  self->provider_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->unit_checks = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * polku_package_export_dialog_new:
 *
 * Returns: (transfer floating): the dialog for @learner_id; when the learner
 *   cannot be read it says so instead
 */
GtkWidget *
polku_package_export_dialog_new (PolkuContext *context,
                                 gint64        learner_id)
{
  PolkuPackageExportDialog *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (POLKU_IS_CONTEXT (context), NULL);

  self = g_object_new (POLKU_TYPE_PACKAGE_EXPORT_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->learner_id = learner_id;

  if (!fill (self, &error))
    {
      gtk_label_set_text (self->heading_label, error->message);
      g_array_set_size (self->provider_ids, 0);
    }

  changed_cb (self);
  return GTK_WIDGET (self);
}

gboolean
polku_package_export_dialog_can_export (PolkuPackageExportDialog *self)
{
  g_return_val_if_fail (POLKU_IS_PACKAGE_EXPORT_DIALOG (self), FALSE);

  return self->can_export;
}

/**
 * polku_package_export_dialog_export_to:
 *
 * Writes the package as chosen in the dialog to @file.
 */
gboolean
polku_package_export_dialog_export_to (PolkuPackageExportDialog  *self,
                                       GFile                     *file,
                                       GError                   **error)
{
  g_autoptr(GArray) unit_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  PolkuPackageOptions options;

  g_return_val_if_fail (POLKU_IS_PACKAGE_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  read_options (self, &options, unit_ids);
  return polku_exchange_export_package (polku_context_get_store (self->context), &options, file, error);
}
