/* polku-download-dialog.c: search ePerusteet, choose perusteet, download and import them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-download-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "polku-download-dialog.h"
#include "polku-eperusteet-client.h"
#include "polku-eperusteet.h"

/* One chosen peruste on the progress page. */
typedef struct
{
  PolkuPerusteHit *hit;
  AdwActionRow    *row;
  GtkProgressBar  *bar;
  GtkImage        *icon;
  double           fraction;
  gboolean         finished;
  gboolean         succeeded;
} Job;

struct _PolkuDownloadDialog
{
  AdwWindow              parent_instance;

  /* Template widgets */
  AdwWindowTitle        *window_title;
  GtkButton             *cancel_button;
  GtkButton             *download_button;
  GtkButton             *done_button;
  GtkButton             *import_button;
  GtkStack              *main_stack;
  GtkWidget             *welcome_box;
  GtkSearchEntry        *search_entry;
  GtkStack              *results_stack;
  AdwStatusPage         *hint_page;
  GtkSpinner            *spinner;
  GtkListBox            *results_list;
  AdwStatusPage         *error_page;
  GtkLabel              *chosen_label;
  GtkLabel              *overall_label;
  GtkProgressBar        *overall_bar;
  GtkListBox            *jobs_list;

  /* Owned */
  PolkuContext          *context;
  PolkuEperusteetClient *client;
  GCancellable          *search_cancellable;
  GCancellable          *download_cancellable;
  GListModel            *hits;
  GHashTable            *chosen;         /* gint64 id → PolkuPerusteHit */
  GArray                *jobs;           /* Job */
  char                  *last_query;
  guint                  current_job;
  guint                  import_source;

  gboolean               welcome;
  gboolean               downloading;
  gboolean               disposed;
};

G_DEFINE_FINAL_TYPE (PolkuDownloadDialog, polku_download_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_WELCOME,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void run_next_job (PolkuDownloadDialog *self);

/* Auxiliary methods: words */

static const char *
describe_koulutustyyppi (const char *koulutustyyppi)
{
  static const struct {
    const char *value;
    const char *label;
  } types[] = {
    { "koulutustyyppi_1",  N_("Vocational qualification") },
    { "koulutustyyppi_26", N_("Vocational qualification") },
    { "koulutustyyppi_11", N_("Further vocational qualification") },
    { "koulutustyyppi_12", N_("Specialist vocational qualification") },
    { "koulutustyyppi_5",  N_("Preparatory education for work and independent living (TELMA)") },
    { "koulutustyyppi_18", N_("Preparatory education for vocational training (VALMA)") },
    { "koulutustyyppi_40", N_("Preparatory education for an upper secondary qualification (TUVA)") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_strcmp0 (koulutustyyppi, types[i].value) == 0)
      return _(types[i].label);

  return koulutustyyppi != NULL ? koulutustyyppi : "";
}

static char *
format_date (const char *iso)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3)
    return NULL;

  date = g_date_time_new_utc (year, month, day, 0, 0, 0);
  if (date == NULL)
    return NULL;

  /* Translators: a date as g_date_time_format() writes it; Finnish style is 1.8.2022 */
  return g_date_time_format (date, _("%-d.%-m.%Y"));
}

static char *
describe_validity (PolkuPerusteHit *hit)
{
  g_autofree char *from = format_date (polku_peruste_hit_get_valid_from (hit));
  g_autofree char *until = format_date (polku_peruste_hit_get_valid_until (hit));

  if (from != NULL && until != NULL)
    /* Translators: a period of validity, e.g. "valid 1.8.2016–31.7.2018" */
    return g_strdup_printf (_("valid %s–%s"), from, until);
  if (from != NULL)
    /* Translators: %s is a date */
    return g_strdup_printf (_("valid from %s"), from);
  if (until != NULL)
    /* Translators: %s is a date */
    return g_strdup_printf (_("valid until %s"), until);
  return NULL;
}

static char *
describe_hit (PolkuPerusteHit *hit)
{
  g_autofree char *validity = describe_validity (hit);
  GString *text = g_string_new (polku_peruste_hit_get_diaarinumero (hit));

  g_string_append_printf (text, " · %s", describe_koulutustyyppi (polku_peruste_hit_get_koulutustyyppi (hit)));
  if (validity != NULL)
    g_string_append_printf (text, " · %s", validity);

  return g_string_free (text, FALSE);
}

/* Auxiliary methods: state */

static void
update_actions (PolkuDownloadDialog *self)
{
  guint n_chosen = g_hash_table_size (self->chosen);
  gboolean on_search = !self->downloading && self->jobs->len == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "download.start", on_search && n_chosen > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "download.retry", on_search);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "download.import-file", !self->downloading);

  if (n_chosen == 0)
    gtk_label_set_label (self->chosen_label, "");
  else
    {
      g_autofree char *text = NULL;

      /* Translators: how many perusteet the user has ticked for download */
      text = g_strdup_printf (ngettext ("%u chosen", "%u chosen", n_chosen), n_chosen);
      gtk_label_set_label (self->chosen_label, text);
    }
}

static void
update_cancel_label (PolkuDownloadDialog *self)
{
  if (self->downloading)
    gtk_button_set_label (self->cancel_button, _("_Stop"));
  else if (self->welcome)
    gtk_button_set_label (self->cancel_button, _("_Not Now"));
  else
    gtk_button_set_label (self->cancel_button, _("_Cancel"));
}

/* Auxiliary methods: search */

static void
chosen_toggled_cb (GtkCheckButton      *check,
                   PolkuDownloadDialog *self)
{
  PolkuPerusteHit *hit = g_object_get_data (G_OBJECT (check), "polku-hit");
  gint64 id = polku_peruste_hit_get_id (hit);

  if (gtk_check_button_get_active (check))
    g_hash_table_replace (self->chosen, g_memdup2 (&id, sizeof id), g_object_ref (hit));
  else
    g_hash_table_remove (self->chosen, &id);

  update_actions (self);
}

static GtkWidget *
create_result_row (gpointer item,
                   gpointer user_data)
{
  PolkuDownloadDialog *self = user_data;
  PolkuPerusteHit *hit = item;
  g_autofree char *subtitle = describe_hit (hit);
  gint64 id = polku_peruste_hit_get_id (hit);
  GtkWidget *row;
  GtkWidget *check;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), polku_peruste_hit_get_name (hit));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_hash_table_contains (self->chosen, &id));
  g_object_set_data_full (G_OBJECT (check), "polku-hit", g_object_ref (hit), g_object_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, polku_peruste_hit_get_name (hit),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle,
                                  -1);
  g_signal_connect_object (check, "toggled", G_CALLBACK (chosen_toggled_cb), self, 0);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  return row;
}

static void
show_results_page (PolkuDownloadDialog *self,
                   const char          *name)
{
  gtk_spinner_set_spinning (self->spinner, g_str_equal (name, "loading"));
  gtk_stack_set_visible_child_name (self->results_stack, name);
  /* The error page offers the file itself. */
  gtk_widget_set_visible (GTK_WIDGET (self->import_button), !g_str_equal (name, "error"));
}

static void
search_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(PolkuDownloadDialog) self = user_data;
  g_autoptr(GListModel) hits = NULL;
  g_autoptr(GError) error = NULL;

  hits = polku_eperusteet_client_search_finish (POLKU_EPERUSTEET_CLIENT (object), result, &error);
  if (self->disposed || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (error != NULL)
    {
      gboolean offline = g_error_matches (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_NETWORK) ||
                         g_error_matches (error, POLKU_EXCHANGE_ERROR, POLKU_EXCHANGE_ERROR_TIMED_OUT);

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->error_page),
                                     offline ? "network-offline-symbolic" : "dialog-warning-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (self->error_page),
                                 offline ? _("Cannot Reach ePerusteet") : _("ePerusteet Did Not Answer Properly"));
      adw_status_page_set_description (ADW_STATUS_PAGE (self->error_page), error->message);
      show_results_page (self, "error");
      return;
    }

  g_set_object (&self->hits, hits);
  gtk_list_box_bind_model (self->results_list, self->hits, create_result_row, self, NULL);
  show_results_page (self, g_list_model_get_n_items (hits) > 0 ? "results" : "empty");
}

static void
start_search (PolkuDownloadDialog *self,
              const char          *query)
{
  g_autofree char *stripped = g_strstrip (g_strdup (query != NULL ? query : ""));

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_free (self->last_query);
  self->last_query = g_strdup (stripped);

  if (*stripped == '\0')
    {
      show_results_page (self, "hint");
      return;
    }

  self->search_cancellable = g_cancellable_new ();
  show_results_page (self, "loading");
  polku_eperusteet_client_search_async (self->client, stripped, self->search_cancellable,
                                        search_cb, g_object_ref (self));
}

static void
search_changed_cb (PolkuDownloadDialog *self,
                   GtkSearchEntry      *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  /* Typing a space does not ask again. */
  if (g_strcmp0 (stripped, self->last_query) == 0)
    return;

  start_search (self, text);
}

static void
search_activate_cb (PolkuDownloadDialog *self,
                    GtkSearchEntry      *entry)
{
  start_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Auxiliary methods: downloads */

static void
job_clear (Job *job)
{
  g_clear_object (&job->hit);
}

static Job *
current_job (PolkuDownloadDialog *self)
{
  return self->current_job < self->jobs->len ? &g_array_index (self->jobs, Job, self->current_job) : NULL;
}

static void
update_overall (PolkuDownloadDialog *self)
{
  g_autofree char *text = NULL;
  double done = 0;
  guint n_finished = 0, n_succeeded = 0;

  for (guint i = 0; i < self->jobs->len; i++)
    {
      Job *job = &g_array_index (self->jobs, Job, i);

      done += job->finished ? 1.0 : job->fraction;
      n_finished += job->finished;
      n_succeeded += job->succeeded;
    }

  gtk_progress_bar_set_fraction (self->overall_bar, self->jobs->len > 0 ? done / self->jobs->len : 0);

  if (self->downloading)
    /* Translators: progress over all chosen perusteet, e.g. "Downloading 2 of 3" */
    text = g_strdup_printf (_("Downloading %u of %u"), MIN (n_finished + 1, self->jobs->len), self->jobs->len);
  else if (n_succeeded == self->jobs->len)
    text = g_strdup_printf (ngettext ("The qualification is now in the catalogue.",
                                      "All %u qualifications are now in the catalogue.",
                                      self->jobs->len),
                            self->jobs->len);
  else
    /* Translators: e.g. "1 of 3 qualifications is now in the catalogue." */
    text = g_strdup_printf (ngettext ("%u of %u qualification is now in the catalogue.",
                                      "%u of %u qualifications are now in the catalogue.",
                                      self->jobs->len),
                            n_succeeded, self->jobs->len);

  gtk_label_set_label (self->overall_label, text);
}

static void
finish_job (PolkuDownloadDialog *self,
            Job                 *job,
            gboolean             succeeded,
            const char          *text)
{
  job->finished = TRUE;
  job->succeeded = succeeded;
  job->fraction = 1.0;

  gtk_widget_set_visible (GTK_WIDGET (job->bar), FALSE);
  gtk_image_set_from_icon_name (job->icon, succeeded ? "emblem-ok-symbolic" : "dialog-error-symbolic");
  gtk_widget_set_visible (GTK_WIDGET (job->icon), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (job->icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, succeeded ? _("Imported") : _("Failed"),
                                  -1);
  if (!succeeded)
    gtk_widget_add_css_class (GTK_WIDGET (job->icon), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (job->icon), "success");

  adw_action_row_set_subtitle (job->row, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (job->row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

static void
finish_all (PolkuDownloadDialog *self)
{
  self->downloading = FALSE;
  g_clear_object (&self->download_cancellable);

  gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->download_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->done_button), TRUE);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->done_button));

  update_cancel_label (self);
  update_overall (self);
  update_actions (self);
}

/* The command line's summary line begins with the address, which the row does not need. */
static char *
describe_summary (const PolkuImportSummary *summary)
{
  g_autofree char *units = NULL;
  g_autofree char *requirements = NULL;
  g_autofree char *criteria = NULL;
  GString *text = g_string_new (NULL);

  /* Translators: part of an import result, e.g. "78 units" */
  units = g_strdup_printf (ngettext ("%u unit", "%u units", summary->n_units), summary->n_units);
  /* Translators: part of an import result, e.g. "2293 requirements" */
  requirements = g_strdup_printf (ngettext ("%u requirement", "%u requirements", summary->n_requirements),
                                  summary->n_requirements);
  /* Translators: part of an import result, e.g. "614 criteria" */
  criteria = g_strdup_printf (ngettext ("%u criterion", "%u criteria", summary->n_criteria), summary->n_criteria);

  if (summary->updated)
    /* Translators: the result of importing a peruste that was already there, e.g.
     * "Updated OPH-5410-2021: 78 units, 2293 requirements, 614 criteria" */
    g_string_append_printf (text, _("Updated %s: %s, %s, %s"), summary->diaarinumero, units, requirements, criteria);
  else
    /* Translators: the result of importing a new peruste, e.g.
     * "Added OPH-5410-2021: 78 units, 2293 requirements, 614 criteria" */
    g_string_append_printf (text, _("Added %s: %s, %s, %s"), summary->diaarinumero, units, requirements, criteria);

  for (guint i = 0; summary->changes != NULL && i < summary->changes->len; i++)
    g_string_append_printf (text, "\n%s", (const char *) g_ptr_array_index (summary->changes, i));

  return g_string_free (text, FALSE);
}

static gboolean
import_idle_cb (gpointer user_data)
{
  PolkuDownloadDialog *self = user_data;
  g_autoptr(PolkuImportSummary) summary = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *source = NULL;
  Job *job = current_job (self);

  self->import_source = 0;
  bytes = g_object_steal_data (G_OBJECT (self), "polku-download-bytes");
  source = polku_eperusteet_client_dup_peruste_url (self->client, polku_peruste_hit_get_id (job->hit));

  /* The importer emits the store's "changed" itself. */
  summary = polku_eperusteet_import_bytes (polku_context_get_store (self->context), bytes, source, &error);
  if (summary != NULL)
    {
      g_autofree char *text = describe_summary (summary);

      finish_job (self, job, TRUE, text);
    }
  else
    finish_job (self, job, FALSE, error->message);

  self->current_job++;
  run_next_job (self);
  return G_SOURCE_REMOVE;
}

static void
download_progress_cb (goffset  received,
                      goffset  total,
                      gpointer user_data)
{
  PolkuDownloadDialog *self = user_data;
  Job *job = self->disposed ? NULL : current_job (self);
  g_autofree char *got = g_format_size (received);
  g_autofree char *text = NULL;

  if (self->disposed || job == NULL)
    return;

  if (total > 0)
    {
      g_autofree char *all = g_format_size (total);

      job->fraction = (double) received / total;
      gtk_progress_bar_set_fraction (job->bar, job->fraction);
      /* Translators: download progress, e.g. "Downloading 1.2 MB of 3.9 MB" */
      text = g_strdup_printf (_("Downloading %s of %s"), got, all);
    }
  else
    {
      gtk_progress_bar_pulse (job->bar);
      /* Translators: download progress when the size is not known, e.g. "Downloading 1.2 MB" */
      text = g_strdup_printf (_("Downloading %s"), got);
    }

  adw_action_row_set_subtitle (job->row, text);
  update_overall (self);
}

static void
download_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PolkuDownloadDialog) self = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  Job *job;

  bytes = polku_eperusteet_client_download_finish (POLKU_EPERUSTEET_CLIENT (object), result, &error);
  if (self->disposed)
    return;

  job = current_job (self);
  if (bytes == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          /* Everything not yet done stops here. */
          for (guint i = self->current_job; i < self->jobs->len; i++)
            finish_job (self, &g_array_index (self->jobs, Job, i), FALSE, _("Stopped"));
          self->current_job = self->jobs->len;
          finish_all (self);
          return;
        }

      finish_job (self, job, FALSE, error->message);
      self->current_job++;
      run_next_job (self);
      return;
    }

  adw_action_row_set_subtitle (job->row, _("Importing…"));
  gtk_progress_bar_set_fraction (job->bar, 1.0);

  /* Import once the row shows it: the import blocks for a moment. */
  g_object_set_data_full (G_OBJECT (self), "polku-download-bytes", g_steal_pointer (&bytes),
                          (GDestroyNotify) g_bytes_unref);
  self->import_source = g_timeout_add (50, import_idle_cb, self);
}

static void
run_next_job (PolkuDownloadDialog *self)
{
  Job *job = current_job (self);

  if (job == NULL || self->download_cancellable == NULL ||
      g_cancellable_is_cancelled (self->download_cancellable))
    {
      finish_all (self);
      return;
    }

  update_overall (self);
  adw_action_row_set_subtitle (job->row, _("Connecting…"));
  polku_eperusteet_client_download_async (self->client, polku_peruste_hit_get_id (job->hit),
                                          self->download_cancellable,
                                          download_progress_cb, self, NULL,
                                          download_cb, g_object_ref (self));
}

static int
compare_hits_by_name (gconstpointer a,
                      gconstpointer b)
{
  PolkuPerusteHit *hit_a = *(PolkuPerusteHit **) a;
  PolkuPerusteHit *hit_b = *(PolkuPerusteHit **) b;

  return g_utf8_collate (polku_peruste_hit_get_name (hit_a), polku_peruste_hit_get_name (hit_b));
}

static void
add_job_row (PolkuDownloadDialog *self,
             Job                 *job)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *bar = gtk_progress_bar_new ();
  GtkWidget *icon = gtk_image_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), polku_peruste_hit_get_name (job->hit));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Waiting"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (bar, 120, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, polku_peruste_hit_get_name (job->hit),
                                  -1);
  gtk_widget_set_visible (icon, FALSE);
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), icon);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);

  job->row = ADW_ACTION_ROW (row);
  job->bar = GTK_PROGRESS_BAR (bar);
  job->icon = GTK_IMAGE (icon);
  gtk_list_box_append (self->jobs_list, row);
}

/* Actions */

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PolkuDownloadDialog *self = POLKU_DOWNLOAD_DIALOG (widget);
  g_autoptr(GPtrArray) hits = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  if (self->downloading || g_hash_table_size (self->chosen) == 0)
    return;

  g_hash_table_iter_init (&iter, self->chosen);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (hits, value);
  g_ptr_array_sort (hits, compare_hits_by_name);

  g_cancellable_cancel (self->search_cancellable);
  for (guint i = 0; i < hits->len; i++)
    {
      Job job = { .hit = g_object_ref (g_ptr_array_index (hits, i)) };

      g_array_append_val (self->jobs, job);
      add_job_row (self, &g_array_index (self->jobs, Job, self->jobs->len - 1));
    }

  self->downloading = TRUE;
  self->current_job = 0;
  self->download_cancellable = g_cancellable_new ();

  gtk_widget_set_sensitive (GTK_WIDGET (self->download_button), FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "progress");
  update_cancel_label (self);
  update_actions (self);
  run_next_job (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PolkuDownloadDialog *self = POLKU_DOWNLOAD_DIALOG (widget);

  if (self->downloading)
    {
      g_cancellable_cancel (self->download_cancellable);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

static void
retry_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PolkuDownloadDialog *self = POLKU_DOWNLOAD_DIALOG (widget);

  start_search (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
import_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PolkuDownloadDialog *self = POLKU_DOWNLOAD_DIALOG (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  /* The main window owns importing files; hand over to it. */
  if (parent == NULL ||
      !gtk_widget_activate_action (GTK_WIDGET (parent), "win.import-qualifications", NULL))
    {
      g_debug ("No window to import a file with");
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

/* GObject overrides */

static gboolean
polku_download_dialog_close_request (GtkWindow *window)
{
  PolkuDownloadDialog *self = POLKU_DOWNLOAD_DIALOG (window);

  /* Closing stops everything; nothing half-imported remains (each import is one
   * transaction, and the one under way finishes first). */
  g_cancellable_cancel (self->search_cancellable);
  g_cancellable_cancel (self->download_cancellable);

  return GTK_WINDOW_CLASS (polku_download_dialog_parent_class)->close_request (window);
}

static void
polku_download_dialog_constructed (GObject *object)
{
  PolkuDownloadDialog *self = POLKU_DOWNLOAD_DIALOG (object);
  g_autofree char *url = NULL;

  G_OBJECT_CLASS (polku_download_dialog_parent_class)->constructed (object);

  g_return_if_fail (POLKU_IS_CONTEXT (self->context));

  url = g_settings_get_string (polku_context_get_settings (self->context), "eperusteet-url");
  self->client = polku_eperusteet_client_new (url);

  gtk_widget_set_visible (self->welcome_box, self->welcome);
  if (self->welcome)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Welcome to Polku"));
      adw_window_title_set_title (self->window_title, _("Welcome to Polku"));
      adw_window_title_set_subtitle (self->window_title, "");

      /* The greeting above says it already. */
      adw_status_page_set_icon_name (self->hint_page, NULL);
      adw_status_page_set_title (self->hint_page, "");
    }

  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->search_entry));
  update_cancel_label (self);
  update_actions (self);
}

static void
polku_download_dialog_dispose (GObject *object)
{
  PolkuDownloadDialog *self = (PolkuDownloadDialog *)object;

  /* Answers may still arrive (they hold a reference): they find nothing to fill. */
  self->disposed = TRUE;
  g_cancellable_cancel (self->search_cancellable);
  g_cancellable_cancel (self->download_cancellable);
  g_clear_handle_id (&self->import_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_DOWNLOAD_DIALOG);

  g_clear_object (&self->search_cancellable);
  g_clear_object (&self->download_cancellable);
  g_clear_object (&self->hits);
  g_clear_object (&self->client);
  g_clear_object (&self->context);
  g_clear_pointer (&self->chosen, g_hash_table_unref);
  g_clear_pointer (&self->jobs, g_array_unref);

  G_OBJECT_CLASS (polku_download_dialog_parent_class)->dispose (object);
}

static void
polku_download_dialog_finalize (GObject *object)
{
  PolkuDownloadDialog *self = (PolkuDownloadDialog *)object;

  g_free (self->last_query);

  G_OBJECT_CLASS (polku_download_dialog_parent_class)->finalize (object);
}

static void
polku_download_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PolkuDownloadDialog *self = POLKU_DOWNLOAD_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_WELCOME:
      g_value_set_boolean (value, self->welcome);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_download_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PolkuDownloadDialog *self = POLKU_DOWNLOAD_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_WELCOME:
      self->welcome = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_download_dialog_class_init (PolkuDownloadDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = polku_download_dialog_constructed;
  object_class->dispose = polku_download_dialog_dispose;
  object_class->finalize = polku_download_dialog_finalize;
  object_class->get_property = polku_download_dialog_get_property;
  object_class->set_property = polku_download_dialog_set_property;

  window_class->close_request = polku_download_dialog_close_request;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_WELCOME] =
    g_param_spec_boolean ("welcome", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-download-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, chosen_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, done_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, download_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, hint_page);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, jobs_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, overall_bar);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, overall_label);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, results_list);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, results_stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, welcome_box);
  gtk_widget_class_bind_template_child (widget_class, PolkuDownloadDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);

  gtk_widget_class_install_action (widget_class, "download.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "download.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "download.retry", NULL, retry_action);
  gtk_widget_class_install_action (widget_class, "download.import-file", NULL, import_file_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "download.cancel", NULL);
}

static void
polku_download_dialog_init (PolkuDownloadDialog *self)
{
  self->chosen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->jobs = g_array_new (FALSE, TRUE, sizeof (Job));
  g_array_set_clear_func (self->jobs, (GDestroyNotify) job_clear);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

GtkWidget *
polku_download_dialog_new (PolkuContext *context,
                           gboolean      welcome)
{
  g_return_val_if_fail (POLKU_IS_CONTEXT (context), NULL);

  return g_object_new (POLKU_TYPE_DOWNLOAD_DIALOG,
                       "context", context,
                       "welcome", welcome,
                       NULL);
}

void
polku_download_dialog_set_query (PolkuDownloadDialog *self,
                                 const char          *query)
{
  g_return_if_fail (POLKU_IS_DOWNLOAD_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), query != NULL ? query : "");
  start_search (self, query);
}
