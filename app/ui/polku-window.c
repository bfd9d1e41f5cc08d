/* polku-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-window"

#include "config.h"

#include <glib/gi18n.h>

#include "polku-catalogue-page.h"
#include "polku-learners-page.h"
#include "polku-review-page.h"
#include "polku-store-review.h"
#include "polku-workshop-page.h"
#include "polku-dialogs.h"
#include "polku-download-dialog.h"
#include "polku-store-catalogue-read.h"
#include "polku-eperusteet.h"
#include "polku-exchange-import-dialog.h"
#include "polku-exchange-xml.h"
#include "polku-package-export-dialog.h"
#include "polku-start-page.h"
#include "polku-window.h"

struct _PolkuWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
  PolkuStartPage       *start_page;
  PolkuCataloguePage   *catalogue_page;
  PolkuWorkshopPage    *workshop_page;
  PolkuLearnersPage    *learners_page;
  PolkuReviewPage      *review_page;
  AdwViewStackPage     *review_stack_page;

  /* Owned */
  PolkuContext         *context;
};

G_DEFINE_FINAL_TYPE (PolkuWindow, polku_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Auxiliary methods */

static void
restore_state (PolkuWindow *self)
{
  GSettings *settings = polku_context_get_settings (self->context);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

/* Importing peruste files: one after another, then one toast for what went
 * well and one alert for what did not. */

typedef struct
{
  PolkuWindow *self;
  GListModel  *files;
  guint        index;
  GPtrArray   *summaries;   /* PolkuImportSummary */
  GPtrArray   *errors;      /* char * */
} ImportJob;

static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->self);
  g_clear_object (&job->files);
  g_clear_pointer (&job->summaries, g_ptr_array_unref);
  g_clear_pointer (&job->errors, g_ptr_array_unref);
  g_free (job);
}

static const char *
summary_name (const PolkuImportSummary *summary,
              GSettings                *settings)
{
  if (g_settings_get_boolean (settings, "show-swedish") && summary->name_sv != NULL)
    return summary->name_sv;
  if (summary->name_fi != NULL)
    return summary->name_fi;
  if (summary->name_sv != NULL)
    return summary->name_sv;
  return summary->diaarinumero;
}

static char *
describe_changes (const PolkuImportSummary *summary)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; summary->changes != NULL && i < summary->changes->len; i++)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (summary->changes, i));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static AdwToast *
make_import_toast (PolkuWindow *self,
                   GPtrArray   *summaries)
{
  GSettings *settings = polku_context_get_settings (self->context);
  const PolkuImportSummary *summary;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (summaries->len > 1)
    {
      /* Translators: after importing several peruste files at once. */
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u qualification", "Imported %u qualifications",
                                            summaries->len),
                               summaries->len);
      return adw_toast_new (title);
    }

  summary = g_ptr_array_index (summaries, 0);
  if (!summary->updated)
    /* Translators: after importing a peruste file; %s is the qualification's name, %u its number of units. */
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported “%s” with %u unit", "Imported “%s” with %u units",
                                          summary->n_units),
                             summary_name (summary, settings), summary->n_units);
  else if (summary->changes != NULL && summary->changes->len > 0)
    /* Translators: after importing a newer version of a qualification that was in the catalogue. */
    title = g_strdup_printf (_("Updated “%s”"), summary_name (summary, settings));
  else
    /* Translators: after importing a qualification that was in the catalogue as it is. */
    title = g_strdup_printf (_("“%s” was already up to date"), summary_name (summary, settings));

  toast = adw_toast_new (title);
  if (summary->updated && summary->changes != NULL && summary->changes->len > 0)
    {
      g_autofree char *heading = NULL;
      g_autofree char *changes = describe_changes (summary);

      /* Translators: the heading of a list of what changed when a qualification was imported again. */
      heading = g_strdup_printf (_("Changes in “%s”"), summary_name (summary, settings));
      adw_toast_set_button_label (toast, _("Changes"));
      adw_toast_set_action_name (toast, "win.show-import-changes");
      adw_toast_set_action_target_value (toast, g_variant_new ("(ss)", heading, changes));
    }

  return toast;
}

static void
import_finish_job (ImportJob *job)
{
  PolkuWindow *self = job->self;

  /* The window was closed meanwhile: the catalogue has the result, nobody to tell. */
  if (self->toast_overlay == NULL)
    return;

  if (job->summaries->len > 0)
    {
      adw_toast_overlay_add_toast (self->toast_overlay, make_import_toast (self, job->summaries));

      if (job->summaries->len == 1)
        {
          const PolkuImportSummary *summary = g_ptr_array_index (job->summaries, 0);

          polku_window_show_section (self, "catalogue");
          polku_catalogue_page_show_diaarinumero (self->catalogue_page, summary->diaarinumero);
        }
    }

  if (job->errors->len > 0)
    {
      guint n_errors = job->errors->len;
      g_autofree char *body = NULL;

      g_ptr_array_add (job->errors, NULL);
      body = g_strjoinv ("\n\n", (char **) job->errors->pdata);
      polku_dialogs_alert (GTK_WINDOW (self),
                           /* Translators: the heading of an alert about files that could not be imported. */
                           g_dngettext (GETTEXT_PACKAGE, "Could Not Import the File", "Could Not Import the Files",
                                        n_errors),
                           body);
    }
}

static void import_next (ImportJob *job);

static void
import_file_done_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  ImportJob *job = user_data;
  g_autoptr(GError) error = NULL;
  PolkuImportSummary *summary;

  summary = polku_eperusteet_import_file_finish (POLKU_STORE (source), result, &error);
  if (summary != NULL)
    g_ptr_array_add (job->summaries, summary);
  else
    g_ptr_array_add (job->errors, g_strdup (error->message));

  job->index++;
  import_next (job);
}

static void
import_next (ImportJob *job)
{
  g_autoptr(GFile) file = NULL;

  if (job->index >= g_list_model_get_n_items (job->files))
    {
      import_finish_job (job);
      import_job_free (job);
      return;
    }

  file = g_list_model_get_item (job->files, job->index);
  polku_eperusteet_import_file_async (polku_context_get_store (job->self->context), file, NULL,
                                      import_file_done_cb, job);
}

/* An exchange file (package, decisions, task map): read, checked and compared
 * with the database, then shown for the user to apply or not. */
static void
preview_exchange_file (PolkuWindow *self,
                       GFile       *file,
                       GBytes      *bytes)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;
  PolkuExchangeImport *import;
  GtkWidget *dialog;

  import = polku_exchange_import_prepare_bytes (polku_context_get_store (self->context), bytes, name, &error);
  if (import == NULL)
    {
      polku_dialogs_alert (GTK_WINDOW (self), _("Could Not Read the Exchange File"), error->message);
      return;
    }

  dialog = polku_exchange_import_dialog_new (self->context, import, name);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_files (PolkuWindow *self,
              GListModel  *files)
{
  g_autoptr(GListStore) perusteet = g_list_store_new (G_TYPE_FILE);
  ImportJob *job;

  if (files == NULL || g_list_model_get_n_items (files) == 0)
    return;

  /* Exchange files go to their preview; the rest are peruste files. */
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);
      g_autoptr(GBytes) bytes = NULL;

      if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_REGULAR)
        {
          g_autoptr(GFileInputStream) stream = g_file_read (file, NULL, NULL);

          /* The first bytes are enough to tell XML from JSON. */
          if (stream != NULL)
            bytes = g_input_stream_read_bytes (G_INPUT_STREAM (stream), 4096, NULL, NULL);
        }

      if (bytes != NULL && polku_exchange_bytes_look_like_xml (bytes))
        {
          g_autoptr(GBytes) all = NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                         G_FILE_QUERY_INFO_NONE, NULL, NULL);

          /* Too big to read: let the importer say so without reading it all. */
          if (info != NULL && g_file_info_get_size (info) > POLKU_EXCHANGE_MAX_SIZE)
            {
              g_autoptr(PolkuExchangeImport) import = polku_exchange_import_prepare (polku_context_get_store (self->context),
                                                                                     file, &error);

              polku_dialogs_alert (GTK_WINDOW (self), _("Could Not Read the Exchange File"),
                                   error != NULL ? error->message : "");
              continue;
            }

          all = g_file_load_bytes (file, NULL, NULL, &error);
          if (all == NULL)
            polku_dialogs_alert (GTK_WINDOW (self), _("Could Not Read the Exchange File"), error->message);
          else
            preview_exchange_file (self, file, all);
        }
      else
        g_list_store_append (perusteet, file);
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (perusteet)) == 0)
    return;

  job = g_new0 (ImportJob, 1);
  job->self = g_object_ref (self);
  job->files = G_LIST_MODEL (g_object_ref (perusteet));
  job->summaries = g_ptr_array_new_with_free_func ((GDestroyNotify) polku_import_summary_free);
  job->errors = g_ptr_array_new_with_free_func (g_free);

  import_next (job);
}

/* Callbacks */

static void
import_requested_cb (PolkuWindow *self,
                     GListModel  *files)
{
  import_files (self, files);
}

static void
import_chosen_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PolkuWindow) self = user_data;
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GError) error = NULL;

  files = polku_dialogs_open_file_finish (result, &error);
  if (files == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        polku_dialogs_alert (GTK_WINDOW (self), _("Could Not Open the File Chooser"), error->message);
      return;
    }

  import_files (self, files);
}

/* Actions */

static void
polku_window_import_qualifications_action (GtkWidget  *widget,
                                           const char *action_name,
                                           GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  g_autoptr(GtkFileFilter) both = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) xml = gtk_file_filter_new ();

  gtk_file_filter_set_name (both, _("Peruste and exchange files"));
  gtk_file_filter_add_mime_type (both, "application/json");
  gtk_file_filter_add_suffix (both, "json");
  gtk_file_filter_add_suffix (both, "xml");
  gtk_file_filter_set_name (json, _("Peruste files (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_filter_set_name (xml, _("Polku exchange files (XML)"));
  gtk_file_filter_add_suffix (xml, "xml");
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  g_list_store_append (filters, both);
  g_list_store_append (filters, json);
  g_list_store_append (filters, xml);
  g_list_store_append (filters, all);

  polku_dialogs_open_file_async (GTK_WINDOW (self), _("Import Qualifications"), G_LIST_MODEL (filters),
                                 TRUE, NULL, import_chosen_cb, g_object_ref (self));
}

static void
polku_window_download_qualifications_action (GtkWidget  *widget,
                                             const char *action_name,
                                             GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  GtkWidget *dialog = polku_download_dialog_new (self->context, FALSE);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
update_review_badge (PolkuWindow *self)
{
  g_autoptr(GError) error = NULL;
  /* Counting stops at 1000: the badge shows "999+" beyond 999 (libadwaita
   * does), and a full count over a large review slowed every start-up. */
  guint n = polku_store_count_review_waiting_capped (polku_context_get_store (self->context), 1000, &error);

  if (error != NULL)
    g_warning ("Could not count the review: %s", error->message);
  adw_view_stack_page_set_badge_number (self->review_stack_page, n);
}

/* The first-start assistant: offered once, and only while the catalogue is empty. */
static void
offer_welcome (PolkuWindow *self)
{
  GSettings *settings = polku_context_get_settings (self->context);
  PolkuStore *store = polku_context_get_store (self->context);
  GtkWidget *dialog;

  if (g_settings_get_boolean (settings, "welcome-shown") ||
      polku_store_count_perusteet (store, NULL) != 0)
    return;

  g_settings_set_boolean (settings, "welcome-shown", TRUE);
  dialog = polku_download_dialog_new (self->context, TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
polku_window_show_import_changes_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  const char *heading = NULL;
  const char *changes = NULL;

  g_variant_get (parameter, "(&s&s)", &heading, &changes);
  polku_dialogs_alert (GTK_WINDOW (widget), heading, changes);
}

/* The learner page's menu calls this with the learner's id. */
static void
polku_window_export_package_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);
  GtkWidget *dialog = polku_package_export_dialog_new (self->context, g_variant_get_int64 (parameter));

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
polku_window_search_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  PolkuWindow *self = POLKU_WINDOW (widget);

  /* Only the catalogue has a search so far. */
  polku_window_show_section (self, "catalogue");
  polku_catalogue_page_focus_search (self->catalogue_page);
}

static void
polku_window_show_section_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  polku_window_show_section (POLKU_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* GtkWindow overrides */

static gboolean
polku_window_close_request (GtkWindow *window)
{
  PolkuWindow *self = POLKU_WINDOW (window);
  GSettings *settings = polku_context_get_settings (self->context);
  gboolean maximized = gtk_window_is_maximized (window);
  int width, height;

  /* A text still waiting for its pause to be saved is saved now. */
  polku_workshop_page_flush (self->workshop_page);

  /* Remember the unmaximised size, so that unmaximising next time is sensible. */
  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (settings, "window-maximized", maximized);
  if (!maximized && width > 0 && height > 0)
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }

  return GTK_WINDOW_CLASS (polku_window_parent_class)->close_request (window);
}

/* GObject overrides */

static void
polku_window_constructed (GObject *object)
{
  PolkuWindow *self = (PolkuWindow *)object;

  G_OBJECT_CLASS (polku_window_parent_class)->constructed (object);

  g_assert (POLKU_IS_CONTEXT (self->context));

  polku_start_page_set_context (self->start_page, self->context);
  polku_catalogue_page_set_context (self->catalogue_page, self->context);
  polku_workshop_page_set_context (self->workshop_page, self->context);
  polku_learners_page_set_context (self->learners_page, self->context);
  polku_review_page_set_context (self->review_page, self->context);
  /* The section shows how many items wait for the teacher (a count on an
   * index, cheap enough for every change). */
  g_signal_connect_object (polku_context_get_store (self->context), "changed::learners",
                           G_CALLBACK (update_review_badge), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (polku_context_get_store (self->context), "reset",
                           G_CALLBACK (update_review_badge), self, G_CONNECT_SWAPPED);
  update_review_badge (self);
  restore_state (self);
}

static void
polku_window_dispose (GObject *object)
{
  PolkuWindow *self = (PolkuWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_WINDOW);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_window_parent_class)->dispose (object);
}

static void
polku_window_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PolkuWindow *self = POLKU_WINDOW (object);

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
polku_window_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PolkuWindow *self = POLKU_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_window_class_init (PolkuWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = polku_window_constructed;
  object_class->dispose = polku_window_dispose;
  object_class->get_property = polku_window_get_property;
  object_class->set_property = polku_window_set_property;

  window_class->close_request = polku_window_close_request;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         POLKU_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, catalogue_page);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, workshop_page);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, learners_page);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, review_page);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, review_stack_page);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, start_page);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PolkuWindow, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, import_requested_cb);

  gtk_widget_class_install_action (widget_class, "win.show-section", "s", polku_window_show_section_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-section", "s", "start");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-section", "s", "catalogue");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-section", "s", "workshop");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-section", "s", "learners");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_5, GDK_ALT_MASK, "win.show-section", "s", "review");

  gtk_widget_class_install_action (widget_class, "win.import-qualifications", NULL,
                                   polku_window_import_qualifications_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import-qualifications", NULL);
  gtk_widget_class_install_action (widget_class, "win.download-qualifications", NULL,
                                   polku_window_download_qualifications_action);
  gtk_widget_class_install_action (widget_class, "win.show-import-changes", "(ss)",
                                   polku_window_show_import_changes_action);
  gtk_widget_class_install_action (widget_class, "win.export-package", "x", polku_window_export_package_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, polku_window_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);

  g_type_ensure (POLKU_TYPE_CATALOGUE_PAGE);
  g_type_ensure (POLKU_TYPE_START_PAGE);
  g_type_ensure (POLKU_TYPE_WORKSHOP_PAGE);
  g_type_ensure (POLKU_TYPE_LEARNERS_PAGE);
  g_type_ensure (POLKU_TYPE_REVIEW_PAGE);
}

static void
polku_window_init (PolkuWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

PolkuWindow *
polku_window_new (PolkuApplication *application,
                  PolkuContext     *context)
{
  g_return_val_if_fail (POLKU_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (POLKU_IS_CONTEXT (context), NULL);

  return g_object_new (POLKU_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

PolkuContext *
polku_window_get_context (PolkuWindow *self)
{
  g_return_val_if_fail (POLKU_IS_WINDOW (self), NULL);

  return self->context;
}

void
polku_window_show_section (PolkuWindow *self,
                           const char  *name)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/**
 * polku_window_present_first_time:
 *
 * Presents the window and, on a first start with an empty catalogue, the
 * assistant that gets qualifications from ePerusteet.
 */
void
polku_window_present_first_time (PolkuWindow *self)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));

  gtk_window_present (GTK_WINDOW (self));
  offer_welcome (self);
}

void
polku_window_add_toast (PolkuWindow *self,
                        AdwToast    *toast)
{
  g_return_if_fail (POLKU_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
