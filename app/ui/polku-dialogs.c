/* polku-dialogs.c: file choosers and alerts behind async/finish pairs.
 *
 * On GTK 4.8 these are GtkFileChooserNative and AdwMessageDialog. When Polku can
 * require GTK 4.10 and libadwaita 1.5, only this file changes (GtkFileDialog,
 * AdwAlertDialog); callers already see "cancelled" as G_IO_ERROR_CANCELLED.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "polku-dialogs"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "polku-dialogs.h"

/* Confirmation */

static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     GTask            *task)
{
  if (g_strcmp0 (response, "confirm") == 0)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("Cancelled"));

  g_object_unref (task);
}

void
polku_dialogs_confirm_async (GtkWindow           *parent,
                             const char          *heading,
                             const char          *body,
                             const char          *confirm_label,
                             gboolean             destructive,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GtkWidget *dialog;
  GTask *task;

  g_return_if_fail (!parent || GTK_IS_WINDOW (parent));
  g_return_if_fail (heading != NULL);
  g_return_if_fail (confirm_label != NULL);

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_dialogs_confirm_async);

  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "confirm", confirm_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "confirm",
                                              destructive ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), task);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * polku_dialogs_confirm_finish:
 *
 * Returns: %TRUE when confirmed; %FALSE with %G_IO_ERROR_CANCELLED otherwise
 */
gboolean
polku_dialogs_confirm_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
polku_dialogs_alert (GtkWindow  *parent,
                     const char *heading,
                     const char *body)
{
  GtkWidget *dialog;

  g_return_if_fail (!parent || GTK_IS_WINDOW (parent));

  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* File choosers */

static void
add_filters (GtkFileChooser *chooser,
             GListModel     *filters)
{
  guint n;

  if (filters == NULL)
    return;

  n = g_list_model_get_n_items (filters);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, i);

      gtk_file_chooser_add_filter (chooser, filter);
    }
}

static void
open_response_cb (GtkNativeDialog *native,
                  int              response,
                  GTask           *task)
{
  if (response == GTK_RESPONSE_ACCEPT)
    g_task_return_pointer (task, gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native)), g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("Cancelled"));

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (task);
}

void
polku_dialogs_open_file_async (GtkWindow           *parent,
                               const char          *title,
                               GListModel          *filters,
                               gboolean             multiple,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GtkFileChooserNative *native;
  GTask *task;

  g_return_if_fail (!parent || GTK_IS_WINDOW (parent));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_dialogs_open_file_async);

  native = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), multiple);
  add_filters (GTK_FILE_CHOOSER (native), filters);
  g_signal_connect (native, "response", G_CALLBACK (open_response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/**
 * polku_dialogs_open_file_finish:
 *
 * Returns: (transfer full): a list of #GFile, or %NULL with @error set
 */
GListModel *
polku_dialogs_open_file_finish (GAsyncResult  *result,
                                GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
save_response_cb (GtkNativeDialog *native,
                  int              response,
                  GTask           *task)
{
  if (response == GTK_RESPONSE_ACCEPT)
    g_task_return_pointer (task, gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native)), g_object_unref);
  else
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "%s", _("Cancelled"));

  gtk_native_dialog_destroy (native);
  g_object_unref (native);
  g_object_unref (task);
}

void
polku_dialogs_save_file_async (GtkWindow           *parent,
                               const char          *title,
                               const char          *initial_name,
                               GListModel          *filters,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GtkFileChooserNative *native;
  const char *documents;
  GTask *task;

  g_return_if_fail (!parent || GTK_IS_WINDOW (parent));

  task = g_task_new (parent, cancellable, callback, user_data);
  g_task_set_source_tag (task, polku_dialogs_save_file_async);

  native = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  /* Exports are documents: start in Documents rather than wherever Polku was
   * started from (GTK's default is the current folder). */
  documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }
  if (initial_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), initial_name);
  add_filters (GTK_FILE_CHOOSER (native), filters);
  g_signal_connect (native, "response", G_CALLBACK (save_response_cb), task);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

GFile *
polku_dialogs_save_file_finish (GAsyncResult  *result,
                                GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
