/* polku-document-window.c: preview, print and export one printed document.
 *
 * The window shows the real pages of a document (plan, certificate, review
 * sheet or environment report) in its own language, chosen here and
 * independent of the interface's; Print runs GTK's dialog, Export PDF saves
 * straight to a file. Nothing chosen here is remembered: the defaults come
 * from Preferences each time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-document-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "polku-catalogue-format.h"
#include "polku-dialogs.h"
#include "polku-document-window.h"
#include "polku-pdf-export.h"
#include "polku-print-operation.h"
#include "polku-print-preview.h"
#include "polku-store-learners.h"
#include "polku-store-workshop.h"

/* Store changes come in bursts; the pages follow them after a pause. */
#define REBUILD_DELAY_MS 300

/* Building on the main thread is fine under this; above it, say so. */
#define SLOW_BUILD_MS 100

struct _PolkuDocumentWindow
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  AdwWindowTitle      *window_title;
  GtkDropDown         *language_dropdown;
  GtkDropDown         *period_dropdown;
  GtkStack            *stack;
  GtkSpinner          *spinner;
  PolkuPrintPreview   *preview;
  AdwStatusPage       *error_page;

  /* Owned */
  PolkuContext        *context;
  PolkuDocumentKind    kind;
  gint64               id;
  gint64               peruste_id;
  gint64               period_id;
  char                *language;
  char                *subject;     /* the learner's or workshop's name */
  GArray              *period_ids;  /* of the period dropdown's items */
  PolkuPrintDocument  *document;
  PolkuPrintOperation *print_operation;
  GCancellable        *cancellable;
  char                *pending_action;
  gboolean             choose_period;  /* the first certificate built */
  guint                rebuild_id;
};

G_DEFINE_FINAL_TYPE (PolkuDocumentWindow, polku_document_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_LANGUAGE,
  PROP_PERIOD_ID,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void rebuild (PolkuDocumentWindow *self);

/* Auxiliary methods */

static gboolean
is_learner_document (PolkuDocumentWindow *self)
{
  return self->kind != POLKU_DOCUMENT_ENVIRONMENT_REPORT;
}

static void
update_actions (PolkuDocumentWindow *self)
{
  gboolean ready = self->document != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", ready && self->print_operation == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", ready);
}

static void
show_error (PolkuDocumentWindow *self,
            const char          *heading,
            const GError        *error)
{
  polku_dialogs_alert (GTK_WINDOW (self), heading, error->message);
}

/* Dates only: the header bar has little room, and a learner's periods are
 * told apart by their dates. */
static char *
format_period (const PolkuPeriodRecord *period)
{
  g_autofree char *starts = polku_catalogue_format_date (period->starts_on);
  g_autofree char *ends = period->ends_on != NULL ? polku_catalogue_format_date (period->ends_on) : NULL;

  if (ends != NULL)
    /* Translators: a workshop period's dates, e.g. "1.9.2026 – 30.11.2026". */
    return g_strdup_printf (_("%s – %s"), starts, ends);
  /* Translators: an open-ended workshop period, e.g. "from 1.9.2026". */
  return g_strdup_printf (C_("workshop period", "from %s"), starts);
}

static int
compare_periods_newest_first (gconstpointer a,
                              gconstpointer b)
{
  const PolkuPeriodRecord *pa = *(PolkuPeriodRecord * const *) a;
  const PolkuPeriodRecord *pb = *(PolkuPeriodRecord * const *) b;
  int cmp = g_strcmp0 (pb->starts_on, pa->starts_on);

  return cmp != 0 ? cmp : (pb->period_id > pa->period_id) - (pb->period_id < pa->period_id);
}

/* The certificate's period chooser: the learner's periods, newest first. */
static void
load_periods (PolkuDocumentWindow *self)
{
  g_autoptr(GPtrArray) periods = NULL;
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  guint selected = 0;

  g_array_set_size (self->period_ids, 0);

  if (self->kind != POLKU_DOCUMENT_CERTIFICATE)
    return;

  periods = polku_store_list_periods (polku_context_get_store (self->context), self->id, &error);
  if (periods == NULL)
    g_debug ("No periods for learner %" G_GINT64_FORMAT ": %s", self->id, error->message);
  else
    g_ptr_array_sort (periods, compare_periods_newest_first);

  for (guint i = 0; periods != NULL && i < periods->len; i++)
    {
      const PolkuPeriodRecord *period = g_ptr_array_index (periods, i);
      g_autofree char *label = format_period (period);

      gtk_string_list_append (items, label);
      g_array_append_val (self->period_ids, period->period_id);
      if (period->period_id == self->period_id)
        selected = i;
    }

  if (self->period_ids->len == 0)
    {
      gtk_string_list_append (items, _("No workshop periods"));
      self->period_id = 0;
    }
  else
    self->period_id = g_array_index (self->period_ids, gint64, selected);

  g_signal_handlers_block_matched (self->period_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (items));
  gtk_drop_down_set_selected (self->period_dropdown, selected);
  g_signal_handlers_unblock_matched (self->period_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->period_dropdown), self->period_ids->len > 0);
}

static void
load_subject (PolkuDocumentWindow *self)
{
  PolkuStore *store = polku_context_get_store (self->context);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->subject, g_free);

  if (is_learner_document (self))
    {
      g_autoptr(PolkuLearnerRecord) learner = polku_store_get_learner (store, self->id, &error);

      if (learner != NULL)
        self->subject = g_strjoin (" ", learner->first_names != NULL ? learner->first_names : "",
                                   learner->last_name != NULL ? learner->last_name : "", NULL);
    }
  else
    {
      g_autoptr(PolkuWorkshopRecord) workshop = polku_store_get_workshop (store, self->id, &error);

      if (workshop != NULL)
        self->subject = g_strdup (workshop->name);
    }

  if (self->subject != NULL)
    g_strstrip (self->subject);
  adw_window_title_set_subtitle (self->window_title, self->subject);
}

static void
rebuild (PolkuDocumentWindow *self)
{
  g_autoptr(PolkuPrintDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *coach_name = NULL;
  g_autofree char *coach_title = NULL;
  PolkuDocumentOptions options = { 0 };
  GSettings *settings;
  gint64 started;
  gint64 elapsed_ms;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);

  if (self->context == NULL)
    return;

  settings = polku_context_get_settings (self->context);
  coach_name = g_settings_get_string (settings, "coach-name");
  coach_title = g_settings_get_string (settings, "coach-title");
  g_strstrip (coach_name);
  g_strstrip (coach_title);

  options.coach_name = *coach_name != '\0' ? coach_name : NULL;
  options.coach_title = *coach_title != '\0' ? coach_title : NULL;
  options.period_id = self->period_id;
  options.peruste_id = self->peruste_id;

  started = g_get_monotonic_time ();
  document = polku_document_build (polku_context_get_store (self->context), self->kind, self->id,
                                   self->language, &options, &error);

  /* The newest period may have nothing certified yet (it began today):
   * start at the newest one that has, and keep the first reason if none. */
  if (document == NULL && self->choose_period && g_error_matches (error, POLKU_PRINT_ERROR, POLKU_PRINT_ERROR_FAILED))
    {
      for (guint i = 0; document == NULL && i < self->period_ids->len; i++)
        {
          gint64 period_id = g_array_index (self->period_ids, gint64, i);

          if (period_id == self->period_id)
            continue;
          options.period_id = period_id;
          document = polku_document_build (polku_context_get_store (self->context), self->kind, self->id,
                                           self->language, &options, NULL);
          if (document != NULL)
            {
              self->period_id = period_id;
              g_signal_handlers_block_matched (self->period_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
              gtk_drop_down_set_selected (self->period_dropdown, i);
              g_signal_handlers_unblock_matched (self->period_dropdown, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
              g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERIOD_ID]);
            }
        }
    }
  self->choose_period = FALSE;
  elapsed_ms = (g_get_monotonic_time () - started) / 1000;
  if (elapsed_ms > SLOW_BUILD_MS)
    g_debug ("Building the %s took %" G_GINT64_FORMAT " ms", polku_document_kind_to_string (self->kind), elapsed_ms);

  g_clear_pointer (&self->document, polku_print_document_unref);
  gtk_spinner_set_spinning (self->spinner, FALSE);

  if (document == NULL)
    {
      polku_print_preview_set_document (self->preview, NULL);
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else
    {
      guint page = polku_print_preview_get_page (self->preview);

      self->document = g_steal_pointer (&document);
      polku_print_preview_set_document (self->preview, self->document);
      /* A language switch keeps the reader's place, as far as it goes. */
      polku_print_preview_set_page (self->preview, page);
      gtk_stack_set_visible_child_name (self->stack, "preview");
    }

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOCUMENT]);

  if (self->pending_action != NULL)
    {
      g_autofree char *action = g_steal_pointer (&self->pending_action);

      if (self->document != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
    }
}

static gboolean
rebuild_timeout_cb (gpointer data)
{
  PolkuDocumentWindow *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_rebuild (PolkuDocumentWindow *self,
                  guint                delay_ms)
{
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  self->rebuild_id = g_timeout_add (delay_ms, rebuild_timeout_cb, self);
}

static char *
sanitize_file_name (const char *name)
{
  GString *out = g_string_new (NULL);

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Characters no file system or mail attachment likes. */
      if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
          c == '<' || c == '>' || c == '|' || g_unichar_iscntrl (c))
        g_string_append_c (out, '-');
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Callbacks */

static void
language_selected_cb (PolkuDocumentWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->language_dropdown);

  polku_document_window_set_language (self, selected == 1 ? "sv" : "fi");
}

static void
period_selected_cb (PolkuDocumentWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->period_dropdown);

  if (selected < self->period_ids->len)
    polku_document_window_set_period_id (self, g_array_index (self->period_ids, gint64, selected));
}

static void
store_changed_cb (PolkuDocumentWindow *self)
{
  /* A renamed learner or a new period shows at once; the pages follow. */
  load_subject (self);
  load_periods (self);
  schedule_rebuild (self, REBUILD_DELAY_MS);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gpointer                 user_data)
{
  PolkuDocumentWindow *self = POLKU_DOCUMENT_WINDOW (user_data);
  const GError *layout_error = polku_print_operation_get_layout_error (POLKU_PRINT_OPERATION (operation));
  g_autoptr(GError) error = NULL;

  if (g_cancellable_is_cancelled (self->cancellable))
    ;  /* closed meanwhile: nobody to tell */
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        show_error (self, _("Could Not Print"), error);
    }
  else if (layout_error != NULL)
    show_error (self, _("Could Not Print"), layout_error);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Sent to the printer")));

  g_clear_object (&self->print_operation);
  update_actions (self);
  g_object_unref (self);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  PolkuDocumentWindow *self = POLKU_DOCUMENT_WINDOW (source);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *where = NULL;
  g_autofree char *message = NULL;
  g_autofree char *uri = NULL;
  AdwToast *toast;
  gboolean done = FALSE;

  done = polku_document_window_export_pdf_finish (self, result, &error);

  /* Closed meanwhile: nobody to tell. */
  if (g_cancellable_is_cancelled (self->cancellable))
    return;

  if (!done)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Could Not Export the PDF"), error);
      return;
    }

  where = g_file_get_parse_name (file);
  /* Translators: after exporting a PDF; %s is the file's full path. */
  message = g_strdup_printf (_("Saved as “%s”"), where);
  uri = g_file_get_uri (file);
  toast = adw_toast_new (message);
  adw_toast_set_timeout (toast, 6);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-file");
  adw_toast_set_action_target (toast, "s", uri);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
save_dialog_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PolkuDocumentWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = polku_dialogs_save_file_finish (result, &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Could Not Export the PDF"), error);
      return;
    }

  polku_document_window_export_pdf_async (self, file, self->cancellable, export_done_cb, g_object_ref (file));
}

static void
pdf_export_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!polku_pdf_export_finish (result, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* Actions */

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PolkuDocumentWindow *self = POLKU_DOCUMENT_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (self->document == NULL || self->print_operation != NULL)
    return;

  self->print_operation = polku_print_operation_new (self->document);
  /* "done" comes in every case with allow-async; it lets go of this ref. */
  g_signal_connect (self->print_operation, "done", G_CALLBACK (print_done_cb), g_object_ref (self));
  update_actions (self);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (self->print_operation),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    show_error (self, _("Could Not Print"), error);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PolkuDocumentWindow *self = POLKU_DOCUMENT_WINDOW (widget);
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->document == NULL)
    return;

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  g_list_store_append (filters, filter);

  name = polku_document_window_dup_file_name (self);
  polku_dialogs_save_file_async (GTK_WINDOW (self), _("Export PDF"), name, G_LIST_MODEL (filters),
                                 self->cancellable, save_dialog_cb, g_object_ref (self));
}

/* The toast's Open: the exported file in the desktop's PDF viewer. */
static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_show_uri (GTK_WINDOW (widget), g_variant_get_string (parameter, NULL), GDK_CURRENT_TIME);
}

/* GObject overrides */

static void
polku_document_window_dispose (GObject *object)
{
  PolkuDocumentWindow *self = (PolkuDocumentWindow *)object;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), POLKU_TYPE_DOCUMENT_WINDOW);
  g_clear_pointer (&self->document, polku_print_document_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (polku_document_window_parent_class)->dispose (object);
}

static void
polku_document_window_finalize (GObject *object)
{
  PolkuDocumentWindow *self = (PolkuDocumentWindow *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->period_ids, g_array_unref);
  g_free (self->language);
  g_free (self->subject);
  g_free (self->pending_action);

  G_OBJECT_CLASS (polku_document_window_parent_class)->finalize (object);
}

static void
polku_document_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PolkuDocumentWindow *self = POLKU_DOCUMENT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_PERIOD_ID:
      g_value_set_int64 (value, self->period_id);
      break;

    case PROP_DOCUMENT:
      g_value_set_boxed (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_document_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PolkuDocumentWindow *self = POLKU_DOCUMENT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LANGUAGE:
      polku_document_window_set_language (self, g_value_get_string (value));
      break;

    case PROP_PERIOD_ID:
      polku_document_window_set_period_id (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
polku_document_window_class_init (PolkuDocumentWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = polku_document_window_dispose;
  object_class->finalize = polku_document_window_finalize;
  object_class->get_property = polku_document_window_get_property;
  object_class->set_property = polku_document_window_set_property;

  /* "fi" or "sv": the document's, not the interface's. */
  properties [PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "fi",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* The certificate's workshop period. */
  properties [PROP_PERIOD_ID] =
    g_param_spec_int64 ("period-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DOCUMENT] =
    g_param_spec_boxed ("document", NULL, NULL,
                        POLKU_TYPE_PRINT_DOCUMENT,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/polku-document-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PolkuDocumentWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, PolkuDocumentWindow, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PolkuDocumentWindow, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PolkuDocumentWindow, preview);
  gtk_widget_class_bind_template_child (widget_class, PolkuDocumentWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, PolkuDocumentWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PolkuDocumentWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PolkuDocumentWindow, window_title);
  gtk_widget_class_bind_template_callback (widget_class, language_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, period_selected_cb);

  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
  gtk_widget_class_install_property_action (widget_class, "win.language", "language");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);

  g_type_ensure (POLKU_TYPE_PRINT_PREVIEW);
}

static void
polku_document_window_init (PolkuDocumentWindow *self)
{
  self->language = g_strdup ("fi");
  self->period_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  update_actions (self);
}

/* Public API */

/**
 * polku_document_window_new:
 * @parent: (nullable): the window it belongs to
 * @kind: which document
 * @id: the learner, or for the environment report the workshop
 *
 * The document is built once the main loop runs, so that setters called
 * right after this (the environment report's qualification) build it once.
 */
PolkuDocumentWindow *
polku_document_window_new (GtkWindow         *parent,
                           PolkuContext      *context,
                           PolkuDocumentKind  kind,
                           gint64             id)
{
  PolkuDocumentWindow *self;
  g_autofree char *language = NULL;
  GSettings *settings;

  g_return_val_if_fail (!parent || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (POLKU_IS_CONTEXT (context), NULL);

  self = g_object_new (POLKU_TYPE_DOCUMENT_WINDOW,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));

  /* Before the context: nothing is built yet. */
  settings = polku_context_get_settings (context);
  language = g_settings_get_string (settings, "document-language");
  polku_document_window_set_language (self, language);

  self->context = g_object_ref (context);
  self->kind = kind;
  self->id = id;

  gtk_widget_set_visible (GTK_WIDGET (self->period_dropdown), kind == POLKU_DOCUMENT_CERTIFICATE);
  gtk_window_set_title (GTK_WINDOW (self), polku_document_kind_get_title (kind));
  adw_window_title_set_title (self->window_title, polku_document_kind_get_title (kind));
  load_subject (self);
  load_periods (self);
  self->choose_period = kind == POLKU_DOCUMENT_CERTIFICATE;

  g_signal_connect_object (polku_context_get_store (context), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_spinner_set_spinning (self->spinner, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  schedule_rebuild (self, 0);

  return self;
}

void
polku_document_window_present (GtkWindow         *parent,
                               PolkuContext      *context,
                               PolkuDocumentKind  kind,
                               gint64             id)
{
  PolkuDocumentWindow *self;

  g_return_if_fail (!parent || GTK_IS_WINDOW (parent));
  g_return_if_fail (POLKU_IS_CONTEXT (context));

  self = polku_document_window_new (parent, context, kind, id);
  gtk_window_present (GTK_WINDOW (self));
}

void
polku_document_window_set_peruste_id (PolkuDocumentWindow *self,
                                      gint64               peruste_id)
{
  g_return_if_fail (POLKU_IS_DOCUMENT_WINDOW (self));

  if (peruste_id == self->peruste_id)
    return;

  self->peruste_id = peruste_id;
  if (self->context != NULL)
    schedule_rebuild (self, 0);
}

void
polku_document_window_activate_when_ready (PolkuDocumentWindow *self,
                                           const char          *action_name)
{
  g_return_if_fail (POLKU_IS_DOCUMENT_WINDOW (self));
  g_return_if_fail (action_name != NULL);

  if (self->document != NULL && self->rebuild_id == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), action_name, NULL);
      return;
    }

  g_free (self->pending_action);
  self->pending_action = g_strdup (action_name);
}

const char *
polku_document_window_get_language (PolkuDocumentWindow *self)
{
  g_return_val_if_fail (POLKU_IS_DOCUMENT_WINDOW (self), NULL);

  return self->language;
}

/* @language: "fi" or "sv"; anything else is Finnish. */
void
polku_document_window_set_language (PolkuDocumentWindow *self,
                                    const char          *language)
{
  g_return_if_fail (POLKU_IS_DOCUMENT_WINDOW (self));

  if (g_strcmp0 (language, "sv") != 0)
    language = "fi";

  if (g_strcmp0 (language, self->language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  gtk_drop_down_set_selected (self->language_dropdown, g_str_equal (language, "sv") ? 1 : 0);
  if (self->context != NULL)
    rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LANGUAGE]);
}

gint64
polku_document_window_get_period_id (PolkuDocumentWindow *self)
{
  g_return_val_if_fail (POLKU_IS_DOCUMENT_WINDOW (self), 0);

  return self->period_id;
}

/* @period_id: one of the learner's periods; 0 is the latest. */
void
polku_document_window_set_period_id (PolkuDocumentWindow *self,
                                     gint64               period_id)
{
  g_return_if_fail (POLKU_IS_DOCUMENT_WINDOW (self));

  if (period_id == self->period_id)
    return;

  self->period_id = period_id;
  for (guint i = 0; i < self->period_ids->len; i++)
    if (g_array_index (self->period_ids, gint64, i) == period_id)
      gtk_drop_down_set_selected (self->period_dropdown, i);
  if (self->context != NULL)
    rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PERIOD_ID]);
}

PolkuPrintDocument *
polku_document_window_get_document (PolkuDocumentWindow *self)
{
  g_return_val_if_fail (POLKU_IS_DOCUMENT_WINDOW (self), NULL);

  return self->document;
}

/**
 * polku_document_window_dup_file_name:
 *
 * The name the save dialog offers: the document's title (in its language),
 * whose it is, and today, e.g. "Osaamistodistus – Aino Virtanen – 2026-11-29.pdf".
 */
char *
polku_document_window_dup_file_name (PolkuDocumentWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *clean = NULL;
  const char *title = NULL;

  g_return_val_if_fail (POLKU_IS_DOCUMENT_WINDOW (self), NULL);

  if (self->document != NULL)
    title = polku_print_document_get_title (self->document);
  if (title == NULL || *title == '\0')
    title = polku_document_kind_get_title (self->kind);

  g_string_append (name, title);
  /* Some titles already name the learner or workshop. */
  if (self->subject != NULL && *self->subject != '\0' && strstr (title, self->subject) == NULL)
    g_string_append_printf (name, " – %s", self->subject);
  g_string_append_printf (name, " – %s.pdf", today);

  clean = sanitize_file_name (name->str);
  return g_steal_pointer (&clean);
}

/**
 * polku_document_window_export_pdf_async:
 * @file: a local file; it is replaced
 *
 * Writes the document shown to @file as a PDF, off the main thread.
 */
void
polku_document_window_export_pdf_async (PolkuDocumentWindow *self,
                                        GFile               *file,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (POLKU_IS_DOCUMENT_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_document_window_export_pdf_async);

  path = g_file_get_path (file);
  if (self->document == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED, "%s",
                               _("There is no document to export."));
      return;
    }
  if (path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "%s",
                               _("PDF files can only be saved in a local folder."));
      return;
    }

  polku_pdf_export_async (self->document, path, cancellable, pdf_export_cb, g_steal_pointer (&task));
}

gboolean
polku_document_window_export_pdf_finish (PolkuDocumentWindow  *self,
                                         GAsyncResult         *result,
                                         GError              **error)
{
  g_return_val_if_fail (POLKU_IS_DOCUMENT_WINDOW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
